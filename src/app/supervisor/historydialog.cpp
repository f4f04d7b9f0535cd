// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydialog.h"

#include "core/texts.h"
#include "store/store.h"
#include "sync/review.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace enumera::app {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A JSON text of the event log ("\"completed\"", "34") as words.
QString jsonText(const std::string &text)
{
    if (text.empty())
        return {};
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_string())
        return q(j.get<std::string>());
    if (j.is_discarded())
        return q(text);
    return q(j.dump());
}

QString statusWords(const std::string &status)
{
    if (status == "completed")
        return HistoryDialog::tr("completed");
    if (status == "rejected")
        return HistoryDialog::tr("sent back");
    if (status == "approved")
        return HistoryDialog::tr("approved");
    if (status == "in_progress")
        return HistoryDialog::tr("in progress");
    return q(status);
}

// What an entry of the event log is, in words.
QString eventWords(const std::string &kind)
{
    if (kind == "created")
        return HistoryDialog::tr("interview started");
    if (kind == "answer_set")
        return HistoryDialog::tr("answer given");
    if (kind == "answer_cleared")
        return HistoryDialog::tr("answer cleared");
    if (kind == "row_added")
        return HistoryDialog::tr("row added");
    if (kind == "row_removed")
        return HistoryDialog::tr("row removed");
    if (kind == "warning_confirmed")
        return HistoryDialog::tr("warning confirmed");
    if (kind == "language_changed")
        return HistoryDialog::tr("questionnaire language changed");
    if (kind == "status_changed")
        return HistoryDialog::tr("status changed");
    if (kind == "comment")
        return HistoryDialog::tr("comment");
    if (kind == "discarded")
        return HistoryDialog::tr("discarded");
    if (kind == "restored")
        return HistoryDialog::tr("restored");
    if (kind == "conflict_resolved")
        return HistoryDialog::tr("conflict settled");
    return q(kind);
}

struct Entry
{
    std::string at;
    QString title;
    QString detail;
    QString kind; // received, decision, comment, conflict
    bool rejected = false;
};

} // namespace

HistoryDialog::HistoryDialog(Store &store, const QString &interview, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    const std::string id = interview.toStdString();
    Result<InterviewRecord> record = store.record(id);
    setWindowTitle(record ? tr("History of household %1").arg(q(record->household))
                          : tr("History"));
    resize(920, 600);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("screenTitle"));
    title->setText(windowTitle());
    layout->addWidget(title);
    if (record) {
        auto *state = new QLabel(tr("Now: %1, revision %2, from %3")
                                     .arg(statusWords(statusName(record->status)))
                                     .arg(record->revision)
                                     .arg(q(record->owner)),
                                 this);
        state->setObjectName(QStringLiteral("hint"));
        layout->addWidget(state);
    }

    auto *tabs = new QTabWidget(this);
    m_timeline = new QTreeWidget(tabs);
    m_timeline->setObjectName(QStringLiteral("historyTimeline"));
    m_timeline->setHeaderLabels({tr("When"), tr("What")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    m_changes = new QTreeWidget(tabs);
    m_changes->setObjectName(QStringLiteral("historyChanges"));
    m_changes->setHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Question"), tr("Before"), tr("After")});
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tabs->addTab(m_timeline, tr("Revisions and decisions"));
    tabs->addTab(m_changes, tr("Every change"));
    layout->addWidget(tabs, 1);

    sync::Review review(store, {});
    Result<std::vector<sync::ReceivedRevision>> received = review.received(id);
    Result<std::vector<Event>> events = store.events(id);
    Result<std::vector<Comment>> comments = store.comments(id);

    std::vector<Entry> entries;
    if (received)
        for (const sync::ReceivedRevision &r : *received) {
            Entry e;
            e.at = r.at;
            e.kind = QStringLiteral("received");
            e.title = tr("Revision %1 received (%2)").arg(r.revision).arg(statusWords(r.status));
            if (r.outcome == "conflict")
                e.detail = tr("kept beside the server's copy as a conflict");
            else if (r.outcome == "unchanged")
                e.detail = tr("the same as the copy here");
            else
                e.detail = tr("stored: it became the server's copy");
            entries.push_back(std::move(e));
        }
    if (events)
        for (const Event &ev : *events) {
            Entry e;
            e.at = ev.at.utc;
            if (ev.kind == "status_changed") {
                const std::string to = jsonText(ev.newValue).toStdString();
                e.kind = QStringLiteral("decision");
                e.rejected = to == "rejected";
                e.title = to == "completed"  ? tr("Completed by %1").arg(q(ev.user))
                          : to == "rejected" ? tr("Sent back by %1").arg(q(ev.user))
                          : to == "approved" ? tr("Approved by %1").arg(q(ev.user))
                                             : tr("%1 by %2").arg(statusWords(to), q(ev.user));
                if (!ev.path.empty())
                    e.detail = tr("“%1”").arg(q(ev.path)); // the reason given
            } else if (ev.kind == "conflict_resolved") {
                const nlohmann::json j = nlohmann::json::parse(ev.newValue, nullptr, false);
                const bool took = j.is_object() && j.value("kept", "") == "enumerator";
                e.kind = QStringLiteral("conflict");
                e.title =
                    took ? tr("Conflict settled by %1: the enumerator's version taken")
                               .arg(q(ev.user))
                         : tr("Conflict settled by %1: the server's copy kept").arg(q(ev.user));
            } else {
                continue;
            }
            entries.push_back(std::move(e));
        }
    if (comments)
        for (const Comment &c : *comments) {
            if (c.path.empty())
                continue; // a decision's reason, shown with it
            Entry e;
            e.at = c.at.utc;
            e.kind = QStringLiteral("comment");
            e.title = tr("Comment by %1 at %2").arg(q(c.author), q(c.path));
            e.detail = tr("“%1”").arg(q(c.text));
            entries.push_back(std::move(e));
        }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.at < b.at; });
    for (const Entry &e : entries) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, localTime(e.at));
        item->setText(1, e.detail.isEmpty() ? e.title : tr("%1: %2").arg(e.title, e.detail));
        item->setData(1, Qt::UserRole, e.kind);
        if (e.kind == QLatin1String("received") || e.kind == QLatin1String("decision")) {
            QFont f = item->font(1);
            f.setBold(true);
            item->setFont(1, f);
        }
        if (e.rejected)
            item->setForeground(1, QColor(0x92, 0x40, 0x0e));
        if (e.kind == QLatin1String("conflict"))
            item->setForeground(1, QColor(0xb9, 0x1c, 0x1c));
    }
    if (events)
        for (const Event &ev : *events) {
            if (ev.kind == "section_entered")
                continue; // where the enumerator went, not a change
            auto *item = new QTreeWidgetItem(m_changes);
            item->setText(0, localTime(ev.at.utc));
            item->setText(1, q(ev.user));
            item->setText(2, eventWords(ev.kind));
            item->setText(3, ev.kind == "status_changed" ? QString() : q(ev.path));
            if (ev.kind == "status_changed") {
                item->setText(4, statusWords(jsonText(ev.oldValue).toStdString()));
                item->setText(5, statusWords(jsonText(ev.newValue).toStdString()));
            } else if (ev.kind == "conflict_resolved") {
                const nlohmann::json j = nlohmann::json::parse(ev.newValue, nullptr, false);
                item->setText(5, j.is_object() && j.value("kept", "") == "enumerator"
                                     ? tr("the enumerator's version")
                                     : tr("the server's copy"));
            } else {
                item->setText(4, jsonText(ev.oldValue));
                item->setText(5, jsonText(ev.newValue));
            }
        }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace enumera::app
