// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"
#include "form/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace enumera {
class Store;
}

namespace enumera::app {

class ReviewListScreen;
class ServerControl;
class TeamScreen;

// The supervisor's home: the sync server's state (start, stop, where it listens), the
// interviews received (ReviewListScreen), the team (TeamScreen), and the export.
class SupervisorScreen : public QWidget
{
    Q_OBJECT

public:
    SupervisorScreen(Store &store, ServerControl &server, const Profile &profile,
                     QWidget *parent = nullptr);

    ReviewListScreen *reviewList() const { return m_review; }
    TeamScreen *team() const { return m_team; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *serverButton() const { return m_serverButton; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *serverState() const { return m_serverState; }

    // Reads the interviews and the team again.
    void reload();
    // Writes the export (as `enumera export` does) to `path`, atomically: the number of
    // interviews written, or the error in words.
    Result<int> exportTo(const QString &path);

signals:
    // The supervisor asked to start or stop the server.
    void serverToggleRequested();

private:
    void showServerState();
    void exportInterviews();

    Store &m_store;
    ServerControl &m_server;
    QLabel *m_serverState = nullptr;
    QPushButton *m_serverButton = nullptr;
    QPushButton *m_export = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReviewListScreen *m_review = nullptr;
    TeamScreen *m_team = nullptr;
};

} // namespace enumera::app
