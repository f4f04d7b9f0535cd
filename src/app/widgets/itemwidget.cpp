// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemwidget.h"

namespace enumera::app {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

ItemWidget::ItemWidget(PageContext &context, Instance at, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_at(at)
{}

const Item &ItemWidget::item() const
{
    return m_context.interview().form().item(m_at.item);
}

void ItemWidget::refresh(uint8_t what)
{
    if (what & Change::Relevance)
        setVisible(interview().isRelevant(m_at));
}

void ItemWidget::setReadOnly(bool) {}

} // namespace enumera::app
