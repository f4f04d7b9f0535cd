// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewlistscreen.h"

#include "core/logging.h"
#include "core/texts.h"
#include "reviewlistmodel.h"
#include "store/session.h"
#include "sync/review.h"
#include "sync/team.h"
#include "widgets/progressdelegate.h"
#include "widgets/tableselection.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <map>
#include <optional>

namespace enumera::app {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString h(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

constexpr int AllStatuses = -1;
constexpr int WithConflict = -3;

} // namespace

// Which interviews are shown: by enumerator, by status (or those with an open conflict), and
// by the household's identification.
class ReviewFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setEnumerator(const QString &code)
    {
        m_enumerator = code;
        invalidateFilter();
    }
    void setStatus(int status)
    {
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_enumerator.isEmpty() &&
            index.data(ReviewListModel::EnumeratorRole).toString() != m_enumerator)
            return false;
        if (m_status == WithConflict) {
            if (index.data(ReviewListModel::ConflictRole).toLongLong() == 0)
                return false;
        } else if (m_status != AllStatuses &&
                   index.data(ReviewListModel::StatusRole).toInt() != m_status) {
            return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_enumerator;
    int m_status = AllStatuses;
};

ReviewListScreen::ReviewListScreen(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("reviewScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 18, 28, 20);
    layout->setSpacing(12);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(10);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search by household…"));
    m_search->setClearButtonEnabled(true);
    m_enumerator = new QComboBox(this);
    m_enumerator->setObjectName(QStringLiteral("enumeratorFilter"));
    m_enumerator->setMinimumWidth(220);
    m_enumerator->addItem(tr("All enumerators"), QString());
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), AllStatuses);
    m_status->addItem(ReviewListModel::statusText(InterviewStatus::Completed),
                      int(InterviewStatus::Completed));
    m_status->addItem(tr("With a conflict"), WithConflict);
    m_status->addItem(ReviewListModel::statusText(InterviewStatus::Rejected),
                      int(InterviewStatus::Rejected));
    m_status->addItem(ReviewListModel::statusText(InterviewStatus::Approved),
                      int(InterviewStatus::Approved));
    m_status->addItem(ReviewListModel::statusText(InterviewStatus::InProgress),
                      int(InterviewStatus::InProgress));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_enumerator);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(m_summary);
    layout->addLayout(filters);

    m_model = new ReviewListModel(this);
    m_filter = new ReviewFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(ReviewListModel::Household);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(ReviewListModel::SortRole);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_enumerator, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEnumerator(m_enumerator->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toInt()); });

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    auto *left = new QVBoxLayout;
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewListModel::Status, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The household takes what room is left, so that the other columns are never cut.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReviewListModel::Household, QHeaderView::Stretch);
    header->setSectionResizeMode(ReviewListModel::Progress, QHeaderView::Fixed);
    header->resizeSection(ReviewListModel::Progress, 160);
    m_table->setItemDelegateForColumn(ReviewListModel::Progress,
                                      new ProgressDelegate(ReviewListModel::ProgressRole, m_table));
    connect(m_table, &QTableView::activated, this, [this] {
        if (!selectedId().isEmpty())
            emit openRequested(selectedId());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewListScreen::showDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReviewListScreen::showDetails);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ReviewListScreen::showDetails);
    left->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No interviews yet. They arrive here when enumerators sync with the "
                            "server, or when their sync packages are imported (enumera sync "
                            "import)."),
                         this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    left->addWidget(m_empty, 1);
    body->addLayout(left, 3);

    // The selected interview in detail, and what the supervisor can do with it.
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("detailsPanel"));
    panel->setMinimumWidth(300);
    panel->setMaximumWidth(320);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(18, 16, 18, 16);
    panelLayout->setSpacing(10);
    auto *scroll = new QScrollArea(panel);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details = new QLabel(scroll);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scroll->setWidget(m_details);
    panelLayout->addWidget(scroll, 1);
    m_conflict = new QPushButton(tr("Compare and settle the conflict…"), panel);
    m_conflict->setObjectName(QStringLiteral("settleConflict"));
    m_history = new QPushButton(tr("History…"), panel);
    m_history->setObjectName(QStringLiteral("showHistory"));
    m_history->setToolTip(tr("Each revision received, the decisions and comments, every change"));
    m_open = new QPushButton(tr("Open for review"), panel);
    m_open->setObjectName(QStringLiteral("openReview"));
    m_open->setToolTip(tr("Read the interview, comment on questions, approve or send it back "
                          "(Enter)"));
    panelLayout->addWidget(m_conflict);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_history);
    buttons->addWidget(m_open, 1);
    panelLayout->addLayout(buttons);
    body->addWidget(panel, 2);
    layout->addLayout(body, 1);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            emit openRequested(selectedId());
    });
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            emit historyRequested(selectedId());
    });
    connect(m_conflict, &QPushButton::clicked, this, [this] {
        if (const ReviewEntry *e = m_model->entry(selectedId()); e && e->openConflict)
            emit conflictRequested(e->openConflict);
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_search->setFocus(); });
}

int ReviewListScreen::shownCount() const
{
    return m_filter->rowCount();
}

void ReviewListScreen::filterEnumerator(const QString &code)
{
    const int index = m_enumerator->findData(code);
    if (index >= 0)
        m_enumerator->setCurrentIndex(index);
}

void ReviewListScreen::reload()
{
    const QString selected = selectedId();
    Result<std::vector<InterviewRecord>> records = m_store.interviews();
    if (!records) {
        qCWarning(lcApp) << "the interviews could not be read:" << q(records.error());
        QMessageBox::warning(this, tr("Interviews"), q(records.error()));
        return;
    }
    std::map<std::string, std::string> names;
    sync::Team team(m_store);
    if (Result<std::vector<sync::TeamMember>> members = team.members())
        for (const sync::TeamMember &m : *members)
            names[m.code] = m.name;
    std::map<std::string, int64_t> conflicts;
    sync::Review review(m_store, {});
    if (Result<std::vector<sync::ConflictRecord>> open = review.conflicts(true))
        for (const sync::ConflictRecord &c : *open)
            conflicts[c.interview] = c.id;

    std::map<std::string, std::string> senders;
    if (Result<std::map<std::string, std::string>> sent = review.senders())
        senders = std::move(*sent);

    std::vector<ReviewEntry> entries;
    entries.reserve(records->size());
    for (InterviewRecord &r : *records) {
        ReviewEntry e;
        // Filed under the team code its laptop paired as, whatever code its profile gives.
        const auto sender = senders.find(r.id);
        e.enumerator = sender != senders.end() ? sender->second : r.owner;
        const auto name = names.find(e.enumerator);
        if (name != names.end())
            e.enumeratorName = q(name->second);
        // The interviewing time, as the export's duration_seconds (docs/export.md).
        e.seconds = r.interviewingSeconds().value_or(-1);
        if (Result<InterviewContent> content = m_store.content(r.id))
            e.confirmations = std::move(content->confirmations);
        if (Result<std::vector<Comment>> comments = m_store.comments(r.id))
            e.comments = int(comments->size());
        const auto conflict = conflicts.find(r.id);
        if (conflict != conflicts.end())
            e.openConflict = conflict->second;
        e.record = std::move(r);
        entries.push_back(std::move(e));
    }
    m_model->setEntries(std::move(entries));
    updateEnumerators();

    int toReview = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        toReview += m_model->entry(i)->record.status == InterviewStatus::Completed ? 1 : 0;
    m_summary->setText(
        tr("%1 to review · %n conflict(s)", nullptr, int(conflicts.size())).arg(toReview));
    m_table->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!selected.isEmpty())
        selectInterview(selected);
    if (selectedId().isEmpty() && m_filter->rowCount() > 0)
        m_table->selectRow(0);
    showDetails();
    emit reloaded();
}

void ReviewListScreen::updateEnumerators()
{
    // Every enumerator of the team, and anyone else whose interviews are here.
    std::map<QString, QString> codes;
    sync::Team team(m_store);
    if (Result<std::vector<sync::TeamMember>> members = team.members())
        for (const sync::TeamMember &m : *members)
            codes[q(m.code)] = q(m.name);
    for (int i = 0; i < m_model->rowCount(); ++i)
        codes.emplace(q(m_model->entry(i)->enumerator), QString());
    const QString current = m_enumerator->currentData().toString();
    QSignalBlocker block(m_enumerator);
    while (m_enumerator->count() > 1)
        m_enumerator->removeItem(1);
    for (const auto &[code, name] : codes)
        m_enumerator->addItem(name.isEmpty() ? code : tr("%1 · %2").arg(code, name), code);
    m_enumerator->setCurrentIndex(qMax(0, m_enumerator->findData(current)));
}

QString ReviewListScreen::selectedId() const
{
    return selectedRowId(*m_table, ReviewListModel::IdRole);
}

void ReviewListScreen::selectInterview(const QString &id)
{
    selectRowById(*m_table, ReviewListModel::IdRole, id);
}

void ReviewListScreen::showDetails()
{
    const ReviewEntry *e = m_model->entry(selectedId());
    m_open->setEnabled(e != nullptr);
    m_history->setEnabled(e != nullptr);
    m_conflict->setVisible(e && e->openConflict);
    if (!e) {
        m_details->setText(m_model->rowCount() > 0 ? tr("Choose an interview to see it in detail.")
                                                   : QString());
        return;
    }
    const InterviewRecord &r = e->record;
    QString html;
    html += QStringLiteral("<p style=\"font-size:14pt\"><b>%1</b></p>")
                .arg(tr("Household %1").arg(h(r.household)));
    const QString who =
        e->enumeratorName.isEmpty()
            ? h(e->enumerator)
            : tr("%1 · %2").arg(h(e->enumerator), e->enumeratorName.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1<br>%2</p>")
            .arg(tr("Enumerator: %1").arg(who),
                 tr("%1, revision %2").arg(ReviewListModel::statusText(r.status)).arg(r.revision));
    html +=
        QStringLiteral("<p>%1<br>%2<br>%3<br>%4</p>")
            .arg(tr("Started %1").arg(localTime(r.created.utc)),
                 r.completed ? tr("Completed %1").arg(localTime(r.completed->utc))
                             : tr("Not completed"),
                 tr("Interviewing time: %1")
                     .arg(e->seconds >= 0 ? durationText(e->seconds) : tr("unknown")),
                 tr("%1 of %2 questions answered").arg(r.answered).arg(r.answered + r.unanswered));
    if (e->openConflict)
        html += QStringLiteral("<p style=\"color:#b91c1c\"><b>%1</b><br>%2</p>")
                    .arg(tr("Conflict to settle"),
                         tr("The enumerator changed this interview on their laptop after it "
                            "changed here too. Both versions are kept until you choose one."));

    // The warnings the enumerator confirmed, with the question, the warning and the reason.
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Warnings confirmed by the enumerator (%1)").arg(e->confirmations.size()));
    if (e->confirmations.empty()) {
        html += QStringLiteral("<p style=\"color:#64748b\">%1</p>").arg(tr("None."));
    } else {
        Result<std::unique_ptr<InterviewSession>> session =
            InterviewSession::open(m_store, r.id, std::string());
        html += QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const Confirmation &c : e->confirmations) {
            QString question = h(c.path);
            QString warning;
            QString answer;
            if (session) {
                const Interview &interview = (*session)->interview();
                if (Result<Instance> at = interview.resolve(c.path)) {
                    question = QStringLiteral("%1 <span style=\"color:#64748b\">(%2)</span>")
                                   .arg(h(interview.label(*at)), h(c.path));
                    answer = h(interview.valueText(interview.form().item(at->item),
                                                   interview.answer(*at)));
                    QStringList messages;
                    for (int v : interview.state(*at).failingWarnings)
                        messages << h(interview.validationMessage(*at, v));
                    warning = messages.join(QStringLiteral("; "));
                }
            }
            html += QStringLiteral("<li>%1<br>").arg(question);
            if (!answer.isEmpty())
                html += tr("Answer: %1").arg(answer) + QStringLiteral("<br>");
            if (!warning.isEmpty())
                html += QStringLiteral("<span style=\"color:#8a3b0b\">%1</span><br>")
                            .arg(tr("Warning: %1").arg(warning));
            html += QStringLiteral("<span style=\"color:#166534\">%1</span></li>")
                        .arg(tr("Reason: “%1”").arg(h(c.reason)));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p style=\"color:#64748b\">%1</p>")
                .arg(tr("%n comment(s) of the supervisor", nullptr, e->comments));
    m_details->setText(html);
}

} // namespace enumera::app
