// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressdelegate.h"

#include <QPainter>

namespace enumera::app {

namespace {

constexpr int BarWidth = 90;

} // namespace

ProgressDelegate::ProgressDelegate(int shareRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(shareRole)
{}

void ProgressDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    const QString text = o.text;
    o.text.clear();
    o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, p, o.widget);
    const double share = index.data(m_role).toDouble();
    const QRect r = option.rect.adjusted(10, 0, -10, 0);
    const QRect bar(r.left(), r.center().y() - 3, BarWidth, 6);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xe2, 0xe8, 0xf0));
    p->drawRoundedRect(bar, 3, 3);
    p->setBrush(share >= 1.0 ? QColor(0x15, 0x80, 0x3d) : QColor(0x25, 0x63, 0xeb));
    p->drawRoundedRect(QRect(bar.left(), bar.top(), int(bar.width() * share), bar.height()), 3, 3);
    p->setPen(option.palette.color(QPalette::Text));
    p->drawText(r.adjusted(bar.width() + 10, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    p->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + BarWidth + 40);
    return s;
}

} // namespace enumera::app
