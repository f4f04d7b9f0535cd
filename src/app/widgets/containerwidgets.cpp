// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerwidgets.h"

#include <QLabel>
#include <QVBoxLayout>

namespace enumera::app {

SectionBlock::SectionBlock(PageContext &context, Instance at, QWidget *parent)
    : ItemWidget(context, at, parent)
{
    setObjectName(QStringLiteral("sectionBlock"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    m_instruction = new QLabel(this);
    m_instruction->setObjectName(QStringLiteral("instruction"));
    m_instruction->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_instruction);
    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    layout->addLayout(m_body);
}

void SectionBlock::refresh(uint8_t what)
{
    ItemWidget::refresh(what);
    if (what & Change::Text) {
        m_title->setText(qs(interview().label(m_at)));
        const QString instruction = qs(interview().instruction(m_at));
        m_instruction->setText(instruction);
        m_instruction->setVisible(!instruction.isEmpty());
    }
}

} // namespace enumera::app
