// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/client.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace enumera {
class Store;
}

namespace enumera::app {

// The enumerator's link with the supervisor, above the list of interviews: whether this laptop
// is paired, "Pair with supervisor…", "Sync" (in the background, with its progress and a
// result in words), and the households the supervisor assigned that are not started yet.
class SyncPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPanel(Store &store, QWidget *parent = nullptr);
    ~SyncPanel() override;

    QPushButton *pairButton() const { return m_pair; }
    QPushButton *syncButton() const { return m_sync; }
    QLabel *state() const { return m_state; }
    QLabel *result() const { return m_result; }
    QListWidget *assignments() const { return m_assignments; }
    QPushButton *startButton() const { return m_start; }
    bool syncing() const { return m_syncing; }

    // Reads the pairing and the assignments again.
    void reload();
    void synchronise();
    void pairWithSupervisor();

    // For tests on one machine only: pair with an http:// server.
    void setAllowPlainHttp(bool allow) { m_allowHttp = allow; }

signals:
    // A sync started: until it finishes, the interviews it may change stay closed.
    void syncStarted();
    // A sync finished: interviews may have come back, assignments may have arrived.
    void synced();
    void startAssignmentRequested(const QString &assignment);

private:
    void finished(const sync::SyncReport &report);
    void showResult(const QString &text, const QString &kind);

    Store &m_store;
    sync::SyncClient *m_client = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_pair = nullptr;
    QPushButton *m_sync = nullptr;
    QWidget *m_assigned = nullptr;
    QListWidget *m_assignments = nullptr;
    QPushButton *m_start = nullptr;
    QString m_serverUrl;
    int m_acknowledged = 0;
    bool m_syncing = false;
    bool m_allowHttp = false;
};

} // namespace enumera::app
