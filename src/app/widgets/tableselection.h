// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableView;

namespace enumera::app {

// The lists of interviews select one row at a time and know their rows by an id kept in
// `idRole` of the first column.

// The id of the selected row, or "" when none is.
QString selectedRowId(const QTableView &table, int idRole);
// Selects the row whose id is `id`, if the table shows it.
void selectRowById(QTableView &table, int idRole, const QString &id);

} // namespace enumera::app
