// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewlistmodel.h"

#include "core/texts.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace enumera::app {

ReviewListModel::ReviewListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewListModel::setEntries(std::vector<ReviewEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const ReviewEntry *ReviewListModel::entry(int row) const
{
    return row >= 0 && size_t(row) < m_entries.size() ? &m_entries[size_t(row)] : nullptr;
}

const ReviewEntry *ReviewListModel::entry(const QString &id) const
{
    for (const ReviewEntry &e : m_entries)
        if (QString::fromStdString(e.record.id) == id)
            return &e;
    return nullptr;
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewListModel::statusText(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::InProgress:
        return tr("In progress");
    case InterviewStatus::Completed:
        return tr("To review");
    case InterviewStatus::Rejected:
        return tr("Sent back");
    case InterviewStatus::Approved:
        return tr("Approved");
    }
    return {};
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    const ReviewEntry *e = entry(index.row());
    if (!e)
        return {};
    const InterviewRecord &r = e->record;
    switch (role) {
    case IdRole:
        return QString::fromStdString(r.id);
    case StatusRole:
        return int(r.status);
    case EnumeratorRole:
        return QString::fromStdString(e->enumerator);
    case ProgressRole:
        return r.progress();
    case ConflictRole:
        return qint64(e->openConflict);
    case SortRole:
        switch (index.column()) {
        case Progress:
            return r.progress();
        case Duration:
            return e->seconds;
        case Warnings:
            return int(e->confirmations.size());
        case Updated:
            return QString::fromStdString(r.updated.utc);
        case Status:
            // Conflicts first, then what waits for the supervisor.
            return e->openConflict ? -1 : int(r.status == InterviewStatus::Completed ? 0 : 1);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Household:
            return QString::fromStdString(r.household);
        case Enumerator:
            return e->enumeratorName.isEmpty()
                       ? QString::fromStdString(e->enumerator)
                       : tr("%1 · %2").arg(QString::fromStdString(e->enumerator),
                                           e->enumeratorName);
        case Status:
            if (e->openConflict)
                return tr("Conflict");
            // A correction sent again says which time it is.
            return r.revision > 1 ? tr("%1 (revision %2)").arg(statusText(r.status)).arg(r.revision)
                                  : statusText(r.status);
        case Progress:
            return tr("%1%").arg(qRound(r.progress() * 100));
        case Duration:
            return e->seconds >= 0 ? durationText(e->seconds) : QStringLiteral("–");
        case Warnings:
            return e->confirmations.empty() ? QStringLiteral("–")
                                            : QString::number(e->confirmations.size());
        case Updated:
            return localTime(r.updated.utc);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Status && e->openConflict)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (index.column() == Status &&
            (e->openConflict || r.status == InterviewStatus::Completed)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        if (e->openConflict)
            return QColor(0xb9, 0x1c, 0x1c);
        if (r.status == InterviewStatus::Approved)
            return QColor(0x16, 0x65, 0x34);
        if (r.status == InterviewStatus::Rejected)
            return QColor(0x92, 0x40, 0x0e);
        return QColor(0x1d, 0x4e, 0xd8);
    case Qt::ToolTipRole:
        if (index.column() == Warnings && !e->confirmations.empty()) {
            QStringList lines;
            for (const Confirmation &c : e->confirmations)
                lines << tr("%1: “%2”")
                             .arg(QString::fromStdString(c.path), QString::fromStdString(c.reason));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Status && e->openConflict)
            return tr("The enumerator sent a version that differs from this copy: both are "
                      "kept until you settle it");
        return tr("Interview %1").arg(QString::fromStdString(r.id));
    default:
        return {};
    }
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Household:
        return tr("Household");
    case Enumerator:
        return tr("Enumerator");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Answered");
    case Duration:
        return tr("Time");
    case Warnings:
        return tr("Warnings");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace enumera::app
