// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/interview.h"

#include <QDialog>

class QListWidget;
class QLabel;
class QPushButton;

namespace enumera::app {

// What is missing before an interview is complete, as the engine counts it: errors (which
// block completion), warnings not confirmed, relevant questions without an answer. Each entry
// leads to its question.
class CompleteDialog : public QDialog
{
    Q_OBJECT

public:
    CompleteDialog(const Interview &interview, bool readOnly, QWidget *parent = nullptr);

    // The question chosen to go to, when the dialog ended that way.
    const Instance &chosen() const { return m_chosen; }
    enum Result { GoTo = QDialog::Accepted + 1, Complete };

private:
    void addEntries(const Interview &interview, const std::vector<Instance> &list,
                    const QString &kind, const QString &what);

    QListWidget *m_list = nullptr;
    std::vector<Instance> m_instances;
    Instance m_chosen;
};

} // namespace enumera::app
