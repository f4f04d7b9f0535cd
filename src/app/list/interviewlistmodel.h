// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QAbstractTableModel>

#include <vector>

namespace enumera::app {

// The interviews of the store, as the list shows them: household, status, progress and last
// change. Discarded interviews are listed too (the list filters them).
class InterviewListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Household, Status, Progress, Updated, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, DiscardedRole, ProgressRole };

    explicit InterviewListModel(QObject *parent = nullptr);

    void setRecords(std::vector<InterviewRecord> records);
    const InterviewRecord *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(InterviewStatus status);

private:
    std::vector<InterviewRecord> m_records;
};

} // namespace enumera::app
