// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagecontext.h"

#include <QFrame>

namespace enumera::app {

// A widget that shows one item of the form in one row (a question, an inline section, a grid,
// a roster) and redraws itself from the interview when a change concerns it.
class ItemWidget : public QFrame
{
    Q_OBJECT

public:
    ItemWidget(PageContext &context, Instance at, QWidget *parent = nullptr);

    const Instance &instance() const { return m_at; }
    const Item &item() const;
    const Interview &interview() const { return m_context.interview(); }

    // `what` holds Change bits; the base class shows or hides the widget with its relevance.
    virtual void refresh(uint8_t what);
    virtual void setReadOnly(bool readOnly);

protected:
    PageContext &m_context;
    Instance m_at;
};

QString qs(const std::string &s);

} // namespace enumera::app
