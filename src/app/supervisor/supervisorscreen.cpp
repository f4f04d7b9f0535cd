// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisorscreen.h"

#include "core/texts.h"
#include "export/exporter.h"
#include "reviewlistscreen.h"
#include "servercontrol.h"
#include "store/store.h"
#include "teamscreen.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace enumera::app {

SupervisorScreen::SupervisorScreen(Store &store, ServerControl &server, const Profile &profile,
                                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_server(server)
{
    setObjectName(QStringLiteral("supervisorScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The header: who supervises, the server, the export.
    auto *top = new QFrame(this);
    top->setObjectName(QStringLiteral("supervisorBar"));
    auto *bar = new QHBoxLayout(top);
    bar->setContentsMargins(28, 14, 28, 14);
    bar->setSpacing(12);
    auto *title = new QLabel(tr("Supervision"), top);
    title->setObjectName(QStringLiteral("screenTitle"));
    auto *who = new QLabel(tr("%1 · %2").arg(profile.name, profile.code), top);
    who->setObjectName(QStringLiteral("enumeratorName"));
    m_serverState = new QLabel(top);
    m_serverState->setObjectName(QStringLiteral("serverState"));
    m_serverState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverButton = new QPushButton(top);
    m_serverButton->setObjectName(QStringLiteral("serverButton"));
    m_export = new QPushButton(tr("Export…"), top);
    m_export->setObjectName(QStringLiteral("exportInterviews"));
    m_export->setToolTip(tr("Write the completed and approved interviews to a JSON file, as "
                            "`enumera export` does"));
    bar->addWidget(title);
    bar->addSpacing(8);
    bar->addWidget(who, 0, Qt::AlignBottom);
    bar->addStretch(1);
    bar->addWidget(m_serverState);
    bar->addWidget(m_serverButton);
    bar->addSpacing(8);
    bar->addWidget(m_export);
    layout->addWidget(top);
    connect(m_serverButton, &QPushButton::clicked, this, &SupervisorScreen::serverToggleRequested);
    connect(m_export, &QPushButton::clicked, this, &SupervisorScreen::exportInterviews);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_tabs->setDocumentMode(true);
    m_review = new ReviewListScreen(store, m_tabs);
    m_team = new TeamScreen(store, server, m_tabs);
    m_tabs->addTab(m_review, tr("Interviews"));
    m_tabs->addTab(m_team, tr("Team"));
    layout->addWidget(m_tabs, 1);

    connect(&m_server, &ServerControl::stateChanged, this, &SupervisorScreen::showServerState);
    connect(&m_server, &ServerControl::received, this, [this] { reload(); });
    connect(&m_server, &ServerControl::paired, m_team, &TeamScreen::reload);
    // The team's last contacts change with every sync: read again when shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_team)
            m_team->reload();
    });
    connect(m_team, &TeamScreen::teamChanged, m_review, &ReviewListScreen::reload);
    showServerState();
    reload();
}

void SupervisorScreen::reload()
{
    m_review->reload();
    m_team->reload();
}

void SupervisorScreen::showServerState()
{
    const bool running = m_server.isRunning();
    m_serverButton->setText(running ? tr("Stop the server") : tr("Start the server"));
    m_serverButton->setToolTip(running ? tr("Enumerators can no longer sync until it starts again")
                                       : tr("Enumerators sync with this laptop while it runs"));
    m_serverState->setText(
        running ? tr("Server running at %1").arg(m_server.urls().join(QStringLiteral(", ")))
                : tr("Server stopped"));
    m_serverState->setProperty("running", running);
    m_serverState->style()->unpolish(m_serverState);
    m_serverState->style()->polish(m_serverState);
}

Result<int> SupervisorScreen::exportTo(const QString &path)
{
    ExportOptions options; // as `enumera export` by default: completed and approved
    Result<ExportSummary> written = exportToFile(m_store, options, path.toStdString());
    if (!written)
        return Error{written.error()};
    return written->interviews;
}

void SupervisorScreen::exportInterviews()
{
    QFileDialog dialog(this, tr("Export the interviews"), QDir::homePath(),
                       tr("JSON files (*.json)"));
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.selectFile(QStringLiteral("enumera-export.json"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().front();
    Result<int> written = exportTo(path);
    if (!written) {
        QMessageBox::warning(
            this, tr("Export"),
            tr("The interviews could not be exported to %1:\n%2")
                .arg(QDir::toNativeSeparators(path), QString::fromStdString(written.error())));
        return;
    }
    QMessageBox::information(
        this, tr("Export"),
        tr("%n completed or approved interview(s) written to %1.", nullptr, *written)
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace enumera::app
