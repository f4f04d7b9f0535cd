// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "core/logging.h"
#include "core/texts.h"
#include "enumerator/syncpanel.h"
#include "interview/interviewscreen.h"
#include "list/interviewlistscreen.h"
#include "list/newinterviewdialog.h"
#include "profilescreen.h"
#include "store/session.h"
#include "supervisor/conflictdialog.h"
#include "supervisor/historydialog.h"
#include "supervisor/rejectdialog.h"
#include "supervisor/reviewlistmodel.h"
#include "supervisor/reviewlistscreen.h"
#include "supervisor/servercontrol.h"
#include "supervisor/supervisorscreen.h"
#include "sync/assignments.h"
#include "sync/review.h"
#include "widgets/itemwidget.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace enumera::app {

MainWindow::MainWindow(AppOptions options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Enumera"));
    resize(1280, 820);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *previewRow = new QWidget(central);
    auto *previewLayout = new QHBoxLayout(previewRow);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->setSpacing(0);
    m_previewBanner = new QLabel(previewRow);
    m_previewBanner->setObjectName(QStringLiteral("banner"));
    m_previewBanner->setProperty("kind", QStringLiteral("preview"));
    m_previewBanner->setWordWrap(true);
    m_previewRestart = new QPushButton(tr("New interview on this form"), previewRow);
    m_previewRestart->setObjectName(QStringLiteral("previewRestart"));
    connect(m_previewRestart, &QPushButton::clicked, this, [this] {
        startInterview(tr("Preview %1").arg(QTime::currentTime().toString(Qt::ISODate)));
    });
    previewLayout->addWidget(m_previewBanner, 1);
    previewLayout->addWidget(m_previewRestart);
    previewRow->setVisible(false);
    m_previewBanner->setProperty("row", QVariant::fromValue<QObject *>(previewRow));
    layout->addWidget(previewRow);
    m_diagnostics = new QPlainTextEdit(central);
    m_diagnostics->setObjectName(QStringLiteral("diagnostics"));
    m_diagnostics->setReadOnly(true);
    m_diagnostics->setMaximumHeight(180);
    m_diagnostics->hide();
    layout->addWidget(m_diagnostics);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

MainWindow::~MainWindow()
{
    // The screens use the store: they go first.
    delete m_interview;
    m_interview = nullptr;
    delete m_list;
    m_list = nullptr;
    m_syncPanel = nullptr;
    delete m_supervisor;
    m_supervisor = nullptr;
    m_server.reset();
}

bool MainWindow::start(QString *error)
{
    m_dataDir = dataDirectory(m_options);
    if (!QDir().mkpath(m_dataDir)) {
        *error = tr("The data folder %1 cannot be created.").arg(m_dataDir);
        return false;
    }
    const QString dbPath = QDir(m_dataDir).filePath(QStringLiteral("enumera.db"));
    Result<std::unique_ptr<Store>> store = Store::open(dbPath.toStdString());
    if (!store) {
        *error = qs(store.error());
        return false;
    }
    m_store = std::move(*store);

    m_form = std::make_unique<FormSource>(m_options.formFile);
    const bool loaded = m_form->load();
    if (!loaded && !m_form->isPreview()) {
        *error = tr("The embedded form does not load:\n%1").arg(m_form->diagnosticsText());
        return false;
    }
    connect(m_form.get(), &FormSource::reloaded, this, &MainWindow::formReloaded);
    updatePreviewBanner();

    m_profile = Profile::load(m_dataDir);
    if (!m_profile.isSet()) {
        askProfile(true);
        return true;
    }
    showList();
    if (m_profile.isSupervisor()) {
        // The server ran when the app closed last: it runs again.
        if (m_profile.serverRunning)
            if (Status s = setServerRunning(true); !s)
                m_supervisor->serverState()->setText(
                    tr("The sync server did not start: %1").arg(qs(s.error())));
        return true;
    }
    // An interview still marked open: the app did not close normally (killed, a power cut).
    // It opens again where the enumerator was.
    const QString open = openMark().value(QStringLiteral("session/openInterview")).toString();
    if (!open.isEmpty()) {
        Result<InterviewRecord> r = m_store->record(open.toStdString());
        if (r && !r->discarded)
            openInterview(open);
    }
    return true;
}

QSettings MainWindow::openMark() const
{
    return QSettings(QDir(m_dataDir).filePath(QStringLiteral("profile.ini")), QSettings::IniFormat);
}

void MainWindow::markOpen(const QString &id)
{
    QSettings s = openMark();
    if (id.isEmpty())
        s.remove(QStringLiteral("session/openInterview"));
    else
        s.setValue(QStringLiteral("session/openInterview"), id);
    s.sync();
}

void MainWindow::askProfile(bool firstStart)
{
    auto *screen = new ProfileScreen(m_profile, firstStart, m_stack);
    m_profileScreen = screen;
    m_stack->addWidget(screen);
    m_stack->setCurrentWidget(screen);
    screen->nameField()->setFocus();
    connect(screen, &ProfileScreen::saved, this, [this, screen](const Profile &p) {
        m_profile = p;
        if (!m_profile.save(m_dataDir))
            QMessageBox::warning(this, tr("Enumera"),
                                 tr("Your name and code could not be saved in %1.").arg(m_dataDir));
        m_profileScreen = nullptr;
        screen->deleteLater();
        showList();
    });
    connect(screen, &ProfileScreen::cancelled, this, [this, screen] {
        m_profileScreen = nullptr;
        screen->deleteLater();
        showList();
    });
}

void MainWindow::closeInterview()
{
    if (!m_interview)
        return;
    m_interview->commitPending();
    m_stack->removeWidget(m_interview);
    m_interview->deleteLater();
    m_interview = nullptr;
    markOpen({});
}

void MainWindow::showList()
{
    if (m_profile.isSupervisor()) {
        showSupervisor();
        return;
    }
    if (!m_list) {
        m_list = new InterviewListScreen(*m_store, m_profile.name, m_profile.code, m_stack);
        m_stack->addWidget(m_list);
        connect(m_list, &InterviewListScreen::newInterviewRequested, this,
                &MainWindow::newInterview);
        connect(m_list, &InterviewListScreen::openRequested, this,
                [this](const QString &id) { openInterview(id); });
        m_syncPanel = new SyncPanel(*m_store, m_list);
        m_list->addPanel(m_syncPanel);
        connect(m_syncPanel, &SyncPanel::syncStarted, m_list, [this] { m_list->setBusy(true); });
        connect(m_syncPanel, &SyncPanel::synced, m_list, [this] {
            m_list->setBusy(false);
            m_list->reload();
        });
        connect(m_syncPanel, &SyncPanel::startAssignmentRequested, this,
                [this](const QString &id) { startAssignment(id); });
    } else {
        m_list->setEnumerator(m_profile.name, m_profile.code);
        m_list->reload();
        m_syncPanel->reload();
    }
    closeInterview();
    m_stack->setCurrentWidget(m_list);
    m_list->table()->setFocus();
    setWindowTitle(tr("Enumera"));
}

void MainWindow::showSupervisor()
{
    if (!m_server)
        m_server = std::make_unique<ServerControl>(*m_store);
    if (!m_supervisor) {
        m_supervisor = new SupervisorScreen(*m_store, *m_server, m_profile, m_stack);
        m_stack->addWidget(m_supervisor);
        connect(m_supervisor, &SupervisorScreen::serverToggleRequested, this, [this] {
            if (Status s = setServerRunning(!m_server->isRunning()); !s)
                QMessageBox::warning(this, tr("Sync server"),
                                     tr("The sync server did not start: %1").arg(qs(s.error())));
        });
        ReviewListScreen *review = m_supervisor->reviewList();
        connect(review, &ReviewListScreen::openRequested, this,
                [this](const QString &id) { openReview(id); });
        connect(review, &ReviewListScreen::historyRequested, this, &MainWindow::showHistory);
        connect(review, &ReviewListScreen::conflictRequested, this, &MainWindow::showConflict);
    } else {
        m_supervisor->reload();
    }
    closeInterview();
    m_stack->setCurrentWidget(m_supervisor);
    setWindowTitle(tr("Supervision — Enumera"));
}

Status MainWindow::setServerRunning(bool running)
{
    if (!m_server)
        return Error{tr("this data folder is not a supervisor's").toStdString()};
    if (running) {
        const QHostAddress address(m_profile.serverAddress);
        if (address.isNull())
            return Error{tr("%1 in %2 is not an address to listen on")
                             .arg(m_profile.serverAddress,
                                  QDir(m_dataDir).filePath(QStringLiteral("profile.ini")))
                             .toStdString()};
        if (Status s = m_server->start(address, m_profile.serverPort); !s)
            return s;
    } else {
        m_server->stop();
    }
    if (m_profile.serverRunning != running) {
        m_profile.serverRunning = running;
        if (!m_profile.save(m_dataDir))
            qCWarning(lcApp) << "the server's state could not be saved in" << m_dataDir;
    }
    return {};
}

void MainWindow::newInterview()
{
    if (!m_form->form()) {
        QMessageBox::warning(this, tr("New interview"),
                             tr("The form does not load; see the diagnostics above."));
        return;
    }
    QStringList households;
    for (int r = 0; r < m_list->table()->model()->rowCount(); ++r)
        households << m_list->table()->model()->index(r, 0).data().toString();
    NewInterviewDialog dialog(households, this);
    const int result = dialog.exec();
    activateWindow();
    if (result != QDialog::Accepted)
        return;
    startInterview(dialog.household());
}

bool MainWindow::startInterview(const QString &household)
{
    std::shared_ptr<const Form> form = m_form->form();
    if (!form)
        return false;
    Result<std::unique_ptr<InterviewSession>> session = InterviewSession::create(
        *m_store, form, household.toStdString(), m_profile.code.toStdString());
    if (!session) {
        QMessageBox::warning(this, tr("New interview"), qs(session.error()));
        return false;
    }
    InterviewSession &s = **session;
    // The questionnaire starts in the interface's language when the form has it.
    const QString language =
        m_options.language.isEmpty() ? QLocale().name().left(2) : m_options.language;
    const int index = form->languageIndex(language.toStdString());
    if (index >= 0 && index != s.interview().language())
        s.setLanguage(index);
    // A form that names its identification question household_id gets it from the dialog.
    const Instance first = s.interview().first();
    if (first.valid()) {
        const Item &q = form->item(first.item);
        if (q.name == "household_id" && q.type == QuestionType::Text)
            s.setAnswer(first, Value::text(household.toStdString()));
    }
    showInterview(std::move(*session));
    return true;
}

bool MainWindow::openInterview(const QString &id)
{
    Result<std::unique_ptr<InterviewSession>> session =
        InterviewSession::open(*m_store, id.toStdString(), m_profile.code.toStdString());
    if (!session) {
        QMessageBox::warning(this, tr("Open interview"), qs(session.error()));
        return false;
    }
    showInterview(std::move(*session));
    return true;
}

void MainWindow::showInterview(std::unique_ptr<InterviewSession> session)
{
    closeInterview();
    const QString household = qs(session->record().household);
    markOpen(qs(session->id()));
    m_interview = new InterviewScreen(std::move(session), m_stack);
    m_stack->addWidget(m_interview);
    m_stack->setCurrentWidget(m_interview);
    connect(m_interview, &InterviewScreen::closeRequested, this, &MainWindow::showList);
    setWindowTitle(tr("%1 — Enumera").arg(household));
    // The screen chose where to resume; give the keyboard to it now that it is visible.
    if (QWidget *focus = m_interview->focusWidget())
        focus->setFocus();
}

bool MainWindow::startAssignment(const QString &assignment)
{
    Result<std::unique_ptr<InterviewSession>> session =
        sync::startAssignment(*m_store, assignment.toStdString(), m_profile.code.toStdString());
    if (!session) {
        QMessageBox::warning(this, tr("Assigned household"), qs(session.error()));
        return false;
    }
    showInterview(std::move(*session));
    return true;
}

bool MainWindow::openReview(const QString &id)
{
    Result<std::unique_ptr<InterviewSession>> session =
        InterviewSession::open(*m_store, id.toStdString(), m_profile.code.toStdString());
    if (!session) {
        QMessageBox::warning(this, tr("Open interview"), qs(session.error()));
        return false;
    }
    const InterviewRecord record = (*session)->record();
    int64_t conflict = 0;
    sync::Review review(*m_store, m_profile.code.toStdString());
    if (Result<std::vector<sync::ConflictRecord>> open = review.conflicts(true))
        for (const sync::ConflictRecord &c : *open)
            if (c.interview == record.id)
                conflict = c.id;
    closeInterview();
    InterviewScreen::Options options;
    options.review = true;
    options.commentAuthor = m_profile.code;
    m_interview = new InterviewScreen(std::move(*session), options, m_stack);
    m_stack->addWidget(m_interview);
    m_stack->setCurrentWidget(m_interview);
    connect(m_interview, &InterviewScreen::closeRequested, this, &MainWindow::showList);

    // The decisions, in the top bar.
    auto *history = new QPushButton(tr("History…"), m_interview);
    history->setObjectName(QStringLiteral("reviewHistory"));
    history->setFocusPolicy(Qt::NoFocus);
    auto *reject = new QPushButton(tr("Send back…"), m_interview);
    reject->setObjectName(QStringLiteral("rejectInterview"));
    reject->setToolTip(tr("Send the interview back to the enumerator with a reason; your "
                          "comments go with it"));
    reject->setFocusPolicy(Qt::NoFocus);
    auto *approve = new QPushButton(tr("Approve"), m_interview);
    approve->setObjectName(QStringLiteral("approveInterview"));
    approve->setFocusPolicy(Qt::NoFocus);
    m_interview->addBarWidget(history);
    m_interview->addBarWidget(reject);
    m_interview->addBarWidget(approve);
    connect(history, &QPushButton::clicked, this, [this, id] { showHistory(id); });
    connect(reject, &QPushButton::clicked, this, [this, id] { sendBack(id); });
    connect(approve, &QPushButton::clicked, this, [this, id] { this->approve(id); });

    // The team code its laptop paired as, as the review list files it.
    const ReviewEntry *entry = m_supervisor->reviewList()->model().entry(id);
    const QString from = qs(entry ? entry->enumerator : record.owner);
    QString banner;
    QString kind = QStringLiteral("info");
    if (conflict) {
        banner = tr("%1 sent another version of this interview after it changed here: settle the "
                    "conflict from the list (Compare and settle) before approving or sending it "
                    "back.")
                     .arg(from);
        kind = QStringLiteral("conflict");
    } else if (record.status == InterviewStatus::Completed) {
        banner = tr("Revision %1 from %2, completed %3. Comment on any question (Comment…, or "
                    "Ctrl+M), then approve the interview or send it back.")
                     .arg(record.revision)
                     .arg(from, record.completed ? localTime(record.completed->utc) : QString());
    } else if (record.status == InterviewStatus::Rejected) {
        banner = tr("Sent back to %1, waiting for the correction. Comments and another sending "
                    "back reach the enumerator at their next sync.")
                     .arg(from);
        kind = QStringLiteral("rejected");
    } else if (record.status == InterviewStatus::Approved) {
        banner = tr("Approved. It can still be sent back if something needs correcting.");
    } else {
        banner = tr("In progress on %1's laptop (sent as a backup): it can be reviewed once "
                    "completed.")
                     .arg(from);
    }
    m_interview->setBanner(banner, kind);
    // A supervisor may change their mind about an interview sent back and approve it as the
    // server holds it (the enumerator's later work then comes back as a conflict).
    approve->setEnabled(!conflict && (record.status == InterviewStatus::Completed ||
                                      record.status == InterviewStatus::Rejected));
    reject->setEnabled(!conflict && (record.status == InterviewStatus::Completed ||
                                     record.status == InterviewStatus::Approved ||
                                     record.status == InterviewStatus::Rejected));
    setWindowTitle(tr("Review of %1 — Enumera").arg(qs(record.household)));
    if (QWidget *focus = m_interview->focusWidget())
        focus->setFocus();
    return true;
}

void MainWindow::approve(const QString &id)
{
    sync::Review review(*m_store, m_profile.code.toStdString());
    if (Status s = review.approve(id.toStdString()); !s) {
        QMessageBox::warning(this, tr("Approve"), qs(s.error()));
        return;
    }
    showList();
}

void MainWindow::sendBack(const QString &id)
{
    Result<InterviewRecord> record = m_store->record(id.toStdString());
    if (!record) {
        QMessageBox::warning(this, tr("Send back"), qs(record.error()));
        return;
    }
    int comments = 0;
    if (Result<std::vector<Comment>> all = m_store->comments(id.toStdString()))
        for (const Comment &c : *all)
            comments += c.path.empty() ? 0 : 1;
    RejectDialog dialog(qs(record->household), comments, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    sync::Review review(*m_store, m_profile.code.toStdString());
    if (Status s = review.reject(id.toStdString(), dialog.reason().toStdString()); !s) {
        QMessageBox::warning(this, tr("Send back"), qs(s.error()));
        return;
    }
    showList();
}

void MainWindow::showHistory(const QString &id)
{
    HistoryDialog dialog(*m_store, id, this);
    dialog.exec();
}

void MainWindow::showConflict(qint64 conflict)
{
    ConflictDialog dialog(*m_store, conflict, m_profile.code, this);
    if (dialog.exec() == QDialog::Accepted && m_supervisor)
        m_supervisor->reload();
}

void MainWindow::formReloaded(bool ok)
{
    Q_UNUSED(ok);
    updatePreviewBanner();
}

void MainWindow::updatePreviewBanner()
{
    auto *row = qobject_cast<QWidget *>(m_previewBanner->property("row").value<QObject *>());
    if (!m_form->isPreview()) {
        row->hide();
        m_diagnostics->hide();
        return;
    }
    row->show();
    const QString file = QFileInfo(m_form->file()).fileName();
    const Diagnostics &d = m_form->diagnostics();
    if (d.hasErrors()) {
        m_previewBanner->setText(
            tr("Preview of %1: the file no longer loads (%n error(s)). New interviews use the "
               "last version that loaded.",
               nullptr, d.errorCount())
                .arg(file));
        m_diagnostics->setPlainText(m_form->diagnosticsText());
        m_diagnostics->show();
    } else {
        m_previewBanner->setText(tr("Preview of %1, loaded at %2 (%n warning(s)). The form is "
                                    "loaded again whenever the file changes.",
                                    nullptr, d.warningCount())
                                     .arg(file, QTime::currentTime().toString(Qt::ISODate)));
        m_diagnostics->setPlainText(m_form->diagnosticsText());
        m_diagnostics->setVisible(d.warningCount() > 0);
    }
    m_previewRestart->setEnabled(m_form->form() != nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_interview)
        m_interview->commitPending();
    // A normal close: the next start shows the list.
    markOpen({});
    event->accept();
}

} // namespace enumera::app
