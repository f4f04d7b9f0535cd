// SPDX-License-Identifier: GPL-3.0-or-later
#include "interviewlistmodel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace enumera::app {

InterviewListModel::InterviewListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InterviewListModel::setRecords(std::vector<InterviewRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    // The most recent change first.
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const InterviewRecord &a, const InterviewRecord &b) {
                         return a.updated.utc > b.updated.utc;
                     });
    endResetModel();
}

const InterviewRecord *InterviewListModel::record(int row) const
{
    return row >= 0 && size_t(row) < m_records.size() ? &m_records[size_t(row)] : nullptr;
}

int InterviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int InterviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InterviewListModel::statusText(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::InProgress:
        return tr("In progress");
    case InterviewStatus::Completed:
        return tr("Completed");
    case InterviewStatus::Rejected:
        return tr("Sent back");
    case InterviewStatus::Approved:
        return tr("Approved");
    }
    return {};
}

QVariant InterviewListModel::data(const QModelIndex &index, int role) const
{
    const InterviewRecord *r = record(index.row());
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return QString::fromStdString(r->id);
    case StatusRole:
        return int(r->status);
    case DiscardedRole:
        return r->discarded;
    case ProgressRole:
        return r->progress();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Household:
            return QString::fromStdString(r->household);
        case Status:
            return r->discarded ? tr("Discarded") : statusText(r->status);
        case Progress:
            if (r->answered + r->unanswered == 0)
                return tr("not started");
            return tr("%1% (%2 of %3)")
                .arg(qRound(r->progress() * 100))
                .arg(r->answered)
                .arg(r->answered + r->unanswered);
        case Updated: {
            const QDateTime t =
                QDateTime::fromString(QString::fromStdString(r->updated.utc), Qt::ISODateWithMs);
            return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        if (r->discarded)
            return QColor(0x64, 0x74, 0x8b);
        if (r->status == InterviewStatus::Completed || r->status == InterviewStatus::Approved)
            return QColor(0x16, 0x65, 0x34);
        if (r->status == InterviewStatus::Rejected)
            return QColor(0x92, 0x40, 0x0e);
        return QColor(0x1d, 0x4e, 0xd8);
    case Qt::ToolTipRole:
        return tr("Interview %1, started %2")
            .arg(QString::fromStdString(r->id), QString::fromStdString(r->created.utc));
    default:
        return {};
    }
}

QVariant InterviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Household:
        return tr("Household");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace enumera::app
