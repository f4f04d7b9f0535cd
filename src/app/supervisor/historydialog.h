// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

namespace enumera {
class Store;
}

namespace enumera::app {

// The history of one interview for the supervisor: each revision as it was received, the
// decisions with their reasons, the comments at questions and settled conflicts, in order;
// and every change of its event log (who changed what, and when).
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Store &store, const QString &interview, QWidget *parent = nullptr);

    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *changes() const { return m_changes; }

private:
    QTreeWidget *m_timeline = nullptr;
    QTreeWidget *m_changes = nullptr;
};

} // namespace enumera::app
