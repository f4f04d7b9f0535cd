// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace enumera {
class Store;
}

namespace enumera::app {

// A conflict side by side: the answers that differ between the server's copy and the
// enumerator's version, each question with both answers; the supervisor keeps the server's copy
// or takes the enumerator's version (sync::Review::resolve). Accepted once it is settled.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(Store &store, qint64 conflict, const QString &supervisor,
                   QWidget *parent = nullptr);

    QTableWidget *differences() const { return m_table; }
    QPushButton *keepServerButton() const { return m_keepServer; }
    QPushButton *keepEnumeratorButton() const { return m_keepEnumerator; }

private:
    void settle(bool enumerator);

    Store &m_store;
    qint64 m_conflict;
    QString m_supervisor;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_keepServer = nullptr;
    QPushButton *m_keepEnumerator = nullptr;
};

} // namespace enumera::app
