// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemwidget.h"

class QLabel;
class QVBoxLayout;

namespace enumera::app {

// A section shown inside a page (such as "Respondents who attended ..."): its title and
// instruction, then its items; shown while the section is asked.
class SectionBlock : public ItemWidget
{
    Q_OBJECT

public:
    SectionBlock(PageContext &context, Instance at, QWidget *parent = nullptr);
    void refresh(uint8_t what) override;
    QVBoxLayout *body() const { return m_body; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_instruction = nullptr;
    QVBoxLayout *m_body = nullptr;
};

} // namespace enumera::app
