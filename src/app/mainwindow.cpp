// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "core/logging.h"
#include "interview/interviewscreen.h"
#include "list/interviewlistscreen.h"
#include "list/newinterviewdialog.h"
#include "profilescreen.h"
#include "store/session.h"
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

void MainWindow::showList()
{
    if (!m_list) {
        m_list = new InterviewListScreen(*m_store, m_profile.name, m_profile.code, m_stack);
        m_stack->addWidget(m_list);
        connect(m_list, &InterviewListScreen::newInterviewRequested, this,
                &MainWindow::newInterview);
        connect(m_list, &InterviewListScreen::openRequested, this,
                [this](const QString &id) { openInterview(id); });
    } else {
        m_list->setEnumerator(m_profile.name, m_profile.code);
        m_list->reload();
    }
    if (m_interview) {
        m_interview->commitPending();
        m_stack->removeWidget(m_interview);
        m_interview->deleteLater();
        m_interview = nullptr;
        markOpen({});
    }
    m_stack->setCurrentWidget(m_list);
    m_list->table()->setFocus();
    setWindowTitle(tr("Enumera"));
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
    if (m_interview) {
        m_interview->commitPending();
        m_stack->removeWidget(m_interview);
        m_interview->deleteLater();
    }
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
