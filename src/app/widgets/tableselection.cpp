// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableselection.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace enumera::app {

QString selectedRowId(const QTableView &table, int idRole)
{
    const QModelIndexList rows = table.selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.front().data(idRole).toString();
}

void selectRowById(QTableView &table, int idRole, const QString &id)
{
    const QAbstractItemModel *model = table.model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(idRole).toString() == id) {
            table.selectRow(r);
            return;
        }
}

} // namespace enumera::app
