// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace enumera::app {

// Sending an interview back to its enumerator: the reason, shown at the top of the interview on
// their laptop, beside the comments already made at questions.
class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    RejectDialog(const QString &household, int comments, QWidget *parent = nullptr);

    QString reason() const;
    QPlainTextEdit *reasonField() const { return m_reason; }
    QPushButton *sendButton() const { return m_send; }

private:
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace enumera::app
