// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/appoptions.h"
#include "core/formsource.h"
#include "core/profile.h"
#include "store/session.h"
#include "store/store.h"

#include <QMainWindow>
#include <QSettings>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace enumera::app {

class InterviewListScreen;
class InterviewScreen;
class ProfileScreen;
class ServerControl;
class SupervisorScreen;
class SyncPanel;

// The app's window: who is working (on the first start), the list of interviews with the link
// to the supervisor (pairing, sync, assignments), and the interview screen. On a supervisor's
// data folder: the sync server, the interviews received and the team, and an interview opened
// for review. In a designer's preview (--form FILE), a banner says which file is shown and,
// when it no longer loads, the designer's diagnostics.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppOptions options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the data folder and its database, loads the form, and shows the first screen.
    // False with `error` set when the app cannot work (a database it may not open, ...).
    bool start(QString *error);

    Store &store() { return *m_store; }
    FormSource &formSource() { return *m_form; }
    const Profile &profile() const { return m_profile; }
    const QString &dataDir() const { return m_dataDir; }
    InterviewListScreen *listScreen() const { return m_list; }
    InterviewScreen *interviewScreen() const { return m_interview; }
    ProfileScreen *profileScreen() const { return m_profileScreen; }
    SupervisorScreen *supervisorScreen() const { return m_supervisor; }
    ServerControl *serverControl() const { return m_server.get(); }
    SyncPanel *syncPanel() const { return m_syncPanel; }
    QPlainTextEdit *diagnosticsView() const { return m_diagnostics; }

    // Starts an interview with a household and opens it. False when it could not be created.
    bool startInterview(const QString &household);
    bool openInterview(const QString &id);
    // Supervisor: an interview received from the team, read-only, to comment on, approve or
    // send back.
    bool openReview(const QString &id);
    void showHistory(const QString &id);
    void showConflict(qint64 conflict);
    // Supervisor: starts or stops the sync server, and remembers it for the next start.
    Status setServerRunning(bool running);
    // Enumerator: starts the interview of an assignment from the supervisor.
    bool startAssignment(const QString &assignment);
    void showList();
    void askProfile(bool firstStart);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void newInterview();
    void showInterview(std::unique_ptr<InterviewSession> session);
    void showSupervisor();
    void closeInterview();
    void approve(const QString &id);
    void sendBack(const QString &id);
    void formReloaded(bool ok);
    void updatePreviewBanner();
    // Which interview is open, kept beside the profile until the app closes normally.
    QSettings openMark() const;
    void markOpen(const QString &id);

    AppOptions m_options;
    QString m_dataDir;
    Profile m_profile;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FormSource> m_form;
    std::unique_ptr<ServerControl> m_server; // supervisor: before the store goes
    QStackedWidget *m_stack = nullptr;
    QLabel *m_previewBanner = nullptr;
    QPushButton *m_previewRestart = nullptr;
    QPlainTextEdit *m_diagnostics = nullptr;
    InterviewListScreen *m_list = nullptr;
    InterviewScreen *m_interview = nullptr;
    ProfileScreen *m_profileScreen = nullptr;
    SupervisorScreen *m_supervisor = nullptr;
    SyncPanel *m_syncPanel = nullptr;
};

} // namespace enumera::app
