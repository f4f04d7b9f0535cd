// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpanel.h"

#include "core/logging.h"
#include "pairdialog.h"
#include "sync/assignments.h"
#include "sync/enumeratorside.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace enumera::app {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

SyncPanel::SyncPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("syncPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    m_pair = new QPushButton(tr("Pair with supervisor…"), this);
    m_pair->setObjectName(QStringLiteral("pairWithSupervisor"));
    m_sync = new QPushButton(tr("Sync"), this);
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_sync->setToolTip(tr("Send the completed interviews to the supervisor and bring back what "
                          "the supervisor sent"));
    row->addWidget(m_state, 1);
    row->addWidget(m_pair);
    row->addWidget(m_sync);
    layout->addLayout(row);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("message"));
    m_result->setWordWrap(true);
    m_result->hide();
    layout->addWidget(m_result);

    // The households assigned by the supervisor, not started yet.
    m_assigned = new QWidget(this);
    auto *assigned = new QVBoxLayout(m_assigned);
    assigned->setContentsMargins(0, 0, 0, 0);
    assigned->setSpacing(6);
    auto *title = new QLabel(tr("Households assigned to you"), m_assigned);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_assignments = new QListWidget(m_assigned);
    m_assignments->setObjectName(QStringLiteral("assignmentList"));
    m_assignments->setMaximumHeight(120);
    m_start = new QPushButton(tr("Start the interview"), m_assigned);
    m_start->setObjectName(QStringLiteral("startAssignment"));
    auto *startRow = new QHBoxLayout;
    startRow->addStretch(1);
    startRow->addWidget(m_start);
    assigned->addWidget(title);
    assigned->addWidget(m_assignments);
    assigned->addLayout(startRow);
    layout->addWidget(m_assigned);
    auto start = [this] {
        if (QListWidgetItem *item = m_assignments->currentItem(); item && !m_syncing)
            emit startAssignmentRequested(item->data(Qt::UserRole).toString());
    };
    connect(m_start, &QPushButton::clicked, this, start);
    connect(m_assignments, &QListWidget::itemActivated, this, start);
    connect(m_assignments, &QListWidget::currentRowChanged, this,
            [this](int current) { m_start->setEnabled(current >= 0 && !m_syncing); });

    m_client = new sync::SyncClient(m_store, this);
    connect(m_client, &sync::SyncClient::batchSent, this, [this](int interviews) {
        showResult(tr("Sending %n interview(s)…", nullptr, interviews), QStringLiteral("info"));
    });
    connect(m_client, &sync::SyncClient::batchAcknowledged, this, [this](int receipts) {
        m_acknowledged += receipts;
        showResult(
            tr("%n interview(s) received by the supervisor's server…", nullptr, m_acknowledged),
            QStringLiteral("info"));
    });
    connect(m_client, &sync::SyncClient::finished, this, &SyncPanel::finished);
    connect(m_pair, &QPushButton::clicked, this, &SyncPanel::pairWithSupervisor);
    connect(m_sync, &QPushButton::clicked, this, &SyncPanel::synchronise);
    reload();
}

SyncPanel::~SyncPanel()
{
    m_client->cancel();
}

void SyncPanel::reload()
{
    Result<std::optional<sync::Pairing>> pairing = sync::readPairing(m_store);
    if (!pairing) {
        m_state->setText(
            tr("The pairing with the supervisor cannot be read: %1").arg(q(pairing.error())));
        m_sync->setEnabled(false);
    } else if (!*pairing) {
        m_serverUrl.clear();
        m_state->setText(tr("Not paired with a supervisor yet: pair once, then Sync sends your "
                            "completed interviews."));
        m_pair->setText(tr("Pair with supervisor…"));
        m_sync->setEnabled(false);
    } else {
        const sync::Pairing &p = **pairing;
        m_serverUrl = q(p.serverUrl);
        m_state->setText(tr("Paired as %1 with the supervisor's server at %2.")
                             .arg(q(p.enumerator), m_serverUrl));
        m_pair->setText(tr("Pair again…"));
        m_sync->setEnabled(!m_syncing);
    }

    m_assignments->clear();
    Result<std::vector<sync::Assignment>> all = sync::assignments(m_store);
    if (!all)
        qCWarning(lcApp) << "the assignments could not be read:" << q(all.error());
    else
        for (const sync::Assignment &a : *all) {
            if (a.cancelled || !a.interview.empty())
                continue;
            auto *item = new QListWidgetItem(
                tr("Household %1 · %2 %3").arg(q(a.household), q(a.formId), q(a.formVersion)),
                m_assignments);
            item->setData(Qt::UserRole, q(a.id));
        }
    m_assigned->setVisible(m_assignments->count() > 0);
    if (m_assignments->count() > 0)
        m_assignments->setCurrentRow(0);
    m_start->setEnabled(m_assignments->currentRow() >= 0 && !m_syncing);
}

void SyncPanel::pairWithSupervisor()
{
    PairDialog dialog(m_store, m_serverUrl, this);
    dialog.setAllowPlainHttp(m_allowHttp);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showResult(tr("Paired: this laptop sends its interviews as %1. Press Sync when you have "
                  "completed interviews, or to receive what the supervisor sends.")
                   .arg(dialog.enumerator()),
               QStringLiteral("confirmed"));
}

void SyncPanel::synchronise()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_acknowledged = 0;
    m_sync->setEnabled(false);
    m_pair->setEnabled(false);
    m_start->setEnabled(false);
    showResult(tr("Syncing with %1…").arg(m_serverUrl), QStringLiteral("info"));
    emit syncStarted();
    m_client->synchronise(sync::SyncOptions{});
}

void SyncPanel::finished(const sync::SyncReport &report)
{
    m_syncing = false;
    m_pair->setEnabled(true);
    reload();
    const sync::Applied &a = report.applied;
    QStringList parts;
    if (a.stored + a.unchanged > 0)
        parts << tr("%n interview(s) sent", nullptr, a.stored + a.unchanged);
    if (a.conflicts > 0)
        parts << tr("%n kept by the supervisor beside a copy changed there (a conflict the "
                    "supervisor settles)",
                    nullptr, a.conflicts);
    if (a.reopened > 0)
        parts << tr("%n sent back to you to correct", nullptr, a.reopened);
    if (a.approved > 0)
        parts << tr("%n approved", nullptr, a.approved);
    if (a.updated > 0)
        parts << tr("%n updated by the supervisor", nullptr, a.updated);
    if (a.assignments > 0)
        parts << tr("%n new or changed assignment(s)", nullptr, a.assignments);
    if (a.forms > 0)
        parts << tr("%n new form version(s)", nullptr, a.forms);
    QString text = parts.isEmpty() ? tr("Nothing to send, nothing new from the supervisor.")
                                   : parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (!a.refused.empty())
        text += QLatin1Char(' ') +
                tr("%n interview(s) refused by the server:", nullptr, int(a.refused.size())) +
                QLatin1Char(' ') + q(a.refused.front()) +
                (a.refused.size() > 1 ? QStringLiteral(" …") : QString());
    if (!report.status) {
        showResult(tr("Sync stopped: %1. What the server acknowledged stays sent; press Sync to "
                      "try again.")
                           .arg(q(report.status.error())) +
                       (parts.isEmpty() ? QString() : QLatin1Char(' ') + text),
                   QStringLiteral("error"));
    } else {
        showResult(tr("Sync finished: %1").arg(text),
                   a.refused.empty() ? QStringLiteral("confirmed") : QStringLiteral("warning"));
    }
    emit synced();
}

void SyncPanel::showResult(const QString &text, const QString &kind)
{
    m_result->setText(text);
    m_result->setProperty("kind", kind);
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
    m_result->show();
}

} // namespace enumera::app
