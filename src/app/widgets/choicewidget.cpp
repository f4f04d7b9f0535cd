// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicewidget.h"

#include "textwidgets.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace enumera::app {

OptionRow::OptionRow(int code, bool special, bool multiple, QWidget *parent)
    : QFrame(parent)
    , m_code(code)
    , m_special(special)
    , m_multiple(multiple)
{
    setObjectName(special ? QStringLiteral("specialOption") : QStringLiteral("option"));
    setCursor(Qt::PointingHandCursor);
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(8, 4, 8, 4);
    m_row->setSpacing(10);
    m_mark = new QLabel(this);
    m_mark->setObjectName(QStringLiteral("optionMark"));
    m_mark->setFixedWidth(18);
    m_codeLabel = new QLabel(this);
    m_codeLabel->setObjectName(QStringLiteral("optionCode"));
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setMinimumWidth(34);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("optionLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_row->addWidget(m_mark, 0, Qt::AlignTop);
    m_row->addWidget(m_codeLabel, 0, Qt::AlignTop);
    m_row->addWidget(m_text, 1);
    setSelected(false);
}

void OptionRow::setTexts(const QString &code, const QString &label)
{
    m_codeLabel->setText(code);
    m_text->setText(label);
}

void OptionRow::addSpecify(QWidget *specify)
{
    m_row->setStretch(2, 2);
    m_row->addWidget(specify, 3);
}

void OptionRow::repolish()
{
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_codeLabel),
                       static_cast<QWidget *>(m_mark)}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

void OptionRow::setSelected(bool selected)
{
    m_selected = selected;
    if (m_multiple)
        m_mark->setText(selected ? QStringLiteral("☑") : QStringLiteral("☐"));
    else
        m_mark->setText(selected ? QStringLiteral("◉") : QStringLiteral("○"));
    setProperty("selected", selected);
    m_codeLabel->setProperty("selected", selected);
    m_mark->setProperty("selected", selected);
    repolish();
}

void OptionRow::setHighlighted(bool highlighted)
{
    setProperty("highlighted", highlighted);
    repolish();
}

void OptionRow::setPending(bool pending)
{
    m_codeLabel->setProperty("pending", pending);
    repolish();
}

void OptionRow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isEnabled())
        emit clicked(m_code);
    QFrame::mousePressEvent(event);
}

// ---------------------------------------------------------------------------------------------

ChoiceWidget::ChoiceWidget(PageContext &context, Instance at, QWidget *parent)
    : QuestionWidget(context, at, Layout::Full, parent)
    , m_multiple(item().type == QuestionType::Multiple)
{
    const Form &form = interview().form();
    const Item &q = item();
    std::vector<CodeKeys::Code> codes;
    auto add = [&](int code, bool special) {
        auto *row = new OptionRow(code, special, m_multiple, this);
        connect(row, &OptionRow::clicked, this, [this](int c) {
            if (m_readOnly)
                return;
            focusEditor();
            choose(c);
        });
        m_body->addWidget(row);
        m_options.push_back(row);
        codes.push_back({code, qs(interview().codeText(q, code))});
    };
    if (const OptionSet *set = form.options(q))
        for (const Option &o : set->options)
            add(o.code, false);
    for (const SpecialCodeDef &s : q.specialCodes)
        add(s.code, true);
    m_keys.setCodes(std::move(codes));
    m_keys.setChosen([this](int code) { choose(code); });
    connect(&m_keys, &CodeKeys::pendingChanged, this, [this](const QString &digits) {
        for (OptionRow *row : m_options)
            row->setPending(!digits.isEmpty() &&
                            qs(interview().codeText(item(), row->code())).startsWith(digits));
    });

    // A specify text sits beside its option.
    for (ItemId id : q.specifyTexts) {
        const Item &specify = form.item(id);
        auto it = std::find_if(m_options.begin(), m_options.end(),
                               [&](OptionRow *r) { return r->code() == specify.specifyCode; });
        if (it == m_options.end())
            continue;
        auto *w = new TextQuestionWidget(context, Instance{at.row, id},
                                         QuestionWidget::Layout::Compact, *it);
        (*it)->addSpecify(w);
        m_specify.push_back(w);
    }
}

void ChoiceWidget::showTexts()
{
    QuestionWidget::showTexts();
    const Interview &i = interview();
    for (OptionRow *row : m_options)
        row->setTexts(qs(i.codeText(item(), row->code())), qs(i.optionLabel(item(), row->code())));
}

void ChoiceWidget::showValue()
{
    const Value &v = interview().answer(m_at);
    for (OptionRow *row : m_options) {
        bool selected = false;
        switch (v.kind()) {
        case Value::Kind::Number:
            selected = int(v.asNumber()) == row->code() && !row->isSpecial();
            break;
        case Value::Kind::Special:
            selected = v.specialCode() == row->code() && row->isSpecial();
            break;
        case Value::Kind::Codes: {
            const CodeSet &c = v.asCodes();
            selected = std::binary_search(c.begin(), c.end(), row->code());
            break;
        }
        default:
            break;
        }
        row->setSelected(selected);
    }
}

void ChoiceWidget::choose(int code)
{
    auto it = std::find_if(m_options.begin(), m_options.end(),
                           [&](OptionRow *r) { return r->code() == code; });
    if (it == m_options.end())
        return;
    m_cursor = int(it - m_options.begin());
    for (size_t i = 0; i < m_options.size(); ++i)
        m_options[i]->setHighlighted(int(i) == m_cursor);
    if (m_multiple) {
        toggle(code, !(*it)->isSelected());
        return;
    }
    answer((*it)->isSpecial() ? Value::special(code) : Value::number(code));
}

void ChoiceWidget::moveCursor(int step)
{
    if (m_options.empty())
        return;
    m_cursor = std::clamp(m_cursor + step, 0, int(m_options.size()) - 1);
    for (size_t i = 0; i < m_options.size(); ++i)
        m_options[i]->setHighlighted(int(i) == m_cursor);
}

bool ChoiceWidget::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_Up:
        moveCursor(-1);
        return true;
    case Qt::Key_Down:
        moveCursor(1);
        return true;
    case Qt::Key_Space:
        if (m_cursor >= 0)
            choose(m_options[size_t(m_cursor)]->code());
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_keys.pending().isEmpty())
            return true;
        answer(Value());
        return true;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 && text[0].isDigit())
        return m_keys.type(text[0]);
    return false;
}

bool ChoiceWidget::commitPending()
{
    m_keys.flush();
    return true;
}

void ChoiceWidget::setReadOnly(bool readOnly)
{
    QuestionWidget::setReadOnly(readOnly);
    for (OptionRow *row : m_options)
        row->setCursor(readOnly ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

} // namespace enumera::app
