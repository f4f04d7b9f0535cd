// SPDX-License-Identifier: GPL-3.0-or-later
#include "interviewlistscreen.h"

#include "core/logging.h"
#include "interviewlistmodel.h"
#include "widgets/progressdelegate.h"
#include "widgets/tableselection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace enumera::app {

namespace {

// Which interviews the list shows: by status (and discarded ones only when asked for), and by
// the household's identification.
class ListFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // -1: every interview not discarded; -2: discarded ones; otherwise an InterviewStatus.
    void setStatus(int status)
    {
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const bool discarded = index.data(InterviewListModel::DiscardedRole).toBool();
        if (m_status == -2) {
            if (!discarded)
                return false;
        } else if (discarded) {
            return false;
        } else if (m_status >= 0 &&
                   index.data(InterviewListModel::StatusRole).toInt() != m_status) {
            return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_status = -1;
};

} // namespace

InterviewListScreen::InterviewListScreen(Store &store, QString enumerator, QString code,
                                         QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_user(std::move(code))
{
    setObjectName(QStringLiteral("listScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(14);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Interviews"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    m_enumerator = new QLabel(this);
    m_enumerator->setObjectName(QStringLiteral("enumeratorName"));
    auto *add = new QPushButton(tr("+ New interview"), this);
    m_new = add;
    add->setObjectName(QStringLiteral("newInterview"));
    add->setToolTip(tr("Start an interview with a household (Ctrl+N)"));
    connect(add, &QPushButton::clicked, this, &InterviewListScreen::newInterviewRequested);
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_enumerator, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(add);
    layout->addLayout(header);
    setEnumerator(enumerator, m_user);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search by household…"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(InterviewListModel::statusText(InterviewStatus::InProgress),
                      int(InterviewStatus::InProgress));
    m_status->addItem(InterviewListModel::statusText(InterviewStatus::Completed),
                      int(InterviewStatus::Completed));
    m_status->addItem(InterviewListModel::statusText(InterviewStatus::Rejected),
                      int(InterviewStatus::Rejected));
    m_status->addItem(InterviewListModel::statusText(InterviewStatus::Approved),
                      int(InterviewStatus::Approved));
    m_status->addItem(tr("Discarded"), -2);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    layout->addLayout(filters);

    m_model = new InterviewListModel(this);
    auto *filter = new ListFilter(this);
    m_filter = filter;
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(InterviewListModel::Household);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, filter] {
        filter->setStatus(m_status->currentData().toInt());
        updateButtons();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("interviewTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InterviewListModel::Updated, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(InterviewListModel::Household,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(InterviewListModel::Status,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InterviewListModel::Progress,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InterviewListModel::Updated,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setItemDelegateForColumn(
        InterviewListModel::Progress,
        new ProgressDelegate(InterviewListModel::ProgressRole, m_table));
    connect(m_table, &QTableView::activated, this, [this] {
        if (!m_busy && !selectedId().isEmpty())
            emit openRequested(selectedId());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterviewListScreen::updateButtons);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(tr("No interviews here yet. Start one with “New interview”."), this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    auto *actions = new QHBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openInterview"));
    m_discard = new QPushButton(tr("Discard…"), this);
    m_discard->setObjectName(QStringLiteral("discardInterview"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            emit openRequested(selectedId());
    });
    connect(m_discard, &QPushButton::clicked, this, &InterviewListScreen::discardOrRestore);
    actions->addStretch(1);
    actions->addWidget(m_discard);
    actions->addWidget(m_open);
    layout->addLayout(actions);

    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    connect(newShortcut, &QShortcut::activated, this, [this] {
        if (!m_busy)
            emit newInterviewRequested();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_search->setFocus(); });
    reload();
}

void InterviewListScreen::setEnumerator(const QString &enumerator, const QString &code)
{
    m_enumerator->setText(enumerator);
    m_user = code;
}

void InterviewListScreen::reload()
{
    const QString selected = selectedId();
    InterviewFilter all;
    all.includeDiscarded = true;
    Result<std::vector<InterviewRecord>> records = m_store.interviews(all);
    if (!records) {
        qCWarning(lcApp) << "the interviews could not be read:"
                         << QString::fromStdString(records.error());
        QMessageBox::warning(this, tr("Interviews"), QString::fromStdString(records.error()));
        return;
    }
    m_model->setRecords(std::move(*records));
    m_table->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!selected.isEmpty())
        selectInterview(selected);
    else if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void InterviewListScreen::addPanel(QWidget *panel)
{
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    panel->setParent(this);
    layout->insertWidget(1, panel);
}

void InterviewListScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_table->setEnabled(!busy);
    m_new->setEnabled(!busy);
    updateButtons();
}

QString InterviewListScreen::selectedId() const
{
    return selectedRowId(*m_table, InterviewListModel::IdRole);
}

void InterviewListScreen::selectInterview(const QString &id)
{
    selectRowById(*m_table, InterviewListModel::IdRole, id);
}

void InterviewListScreen::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty();
    m_open->setEnabled(any && !m_busy);
    m_discard->setEnabled(any && !m_busy);
    const bool discarded = any && rows.front().data(InterviewListModel::DiscardedRole).toBool();
    m_discard->setText(discarded ? tr("Restore") : tr("Discard…"));
}

void InterviewListScreen::discardOrRestore()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.front().data(InterviewListModel::IdRole).toString();
    const QString household =
        m_filter->index(rows.front().row(), InterviewListModel::Household).data().toString();
    const bool discarded = rows.front().data(InterviewListModel::DiscardedRole).toBool();
    if (!discarded) {
        QMessageBox box(QMessageBox::Question, tr("Discard the interview?"),
                        tr("Discard the interview with household %1? It is kept on this laptop "
                           "and can be restored from “Discarded”, but it will not be sent.")
                            .arg(household),
                        QMessageBox::NoButton, this);
        QPushButton *yes = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        // Enter keeps the interview: discarding takes a deliberate choice.
        box.setDefaultButton(box.addButton(tr("Keep"), QMessageBox::RejectRole));
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    if (Status s = m_store.setDiscarded(id.toStdString(), m_user.toStdString(), !discarded); !s) {
        QMessageBox::warning(this, tr("Interviews"), QString::fromStdString(s.error()));
        return;
    }
    reload();
}

} // namespace enumera::app
