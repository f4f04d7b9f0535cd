// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace enumera::app {

// A column of a list that shows a share (0 to 1, in `shareRole`) as a thin bar before its text.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    ProgressDelegate(int shareRole, QObject *parent = nullptr);

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace enumera::app
