// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QLabel;
class QPushButton;

namespace enumera::app {

// A new interview starts with the household's identification.
class NewInterviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the households that already have an interview, to warn about a second one.
    NewInterviewDialog(const QStringList &existing, QWidget *parent = nullptr);
    QString household() const;

private:
    void check();

    QStringList m_existing;
    QLineEdit *m_household = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace enumera::app
