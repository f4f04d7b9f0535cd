// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QAbstractTableModel>

#include <vector>

namespace enumera::app {

// One interview received from the team, as the review list shows it.
struct ReviewEntry
{
    InterviewRecord record;
    std::string enumerator;                  // the team code that sent it (else its owner)
    QString enumeratorName;                  // from the team; "" when not on it
    qint64 seconds = -1;                     // interviewing time, -1 when unknown
    std::vector<Confirmation> confirmations; // warnings the enumerator confirmed, with reasons
    int comments = 0;                        // the supervisor's comments
    int64_t openConflict = 0;                // an open conflict's id, 0 if none
};

// The interviews of the supervisor's store: household, enumerator, status (with the revision
// after the first), progress,
// interviewing time, confirmed warnings, last change; an open conflict is marked.
class ReviewListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Household,
        Enumerator,
        Status,
        Progress,
        Duration,
        Warnings,
        Updated,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        EnumeratorRole,
        ProgressRole,
        ConflictRole,
        SortRole
    };

    explicit ReviewListModel(QObject *parent = nullptr);

    void setEntries(std::vector<ReviewEntry> entries);
    const ReviewEntry *entry(int row) const;
    const ReviewEntry *entry(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The status as the supervisor reads it: "To review" for a completed interview.
    static QString statusText(InterviewStatus status);

private:
    std::vector<ReviewEntry> m_entries;
};

} // namespace enumera::app
