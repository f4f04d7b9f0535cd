// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridwidget.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QVBoxLayout>

namespace enumera::app {

// One cell of a grid row: a mark with the code under it.
class GridCell : public QLabel
{
public:
    GridCell(int code, bool special, QWidget *parent)
        : QLabel(parent)
        , m_code(code)
        , m_special(special)
    {
        setObjectName(QStringLiteral("gridCell"));
        setAlignment(Qt::AlignCenter);
        setFixedWidth(GridWidget::ColumnWidth);
        setMinimumHeight(30);
        setCursor(Qt::PointingHandCursor);
    }

    void show(const QString &codeText, bool selected)
    {
        setText((selected ? QStringLiteral("◉  ") : QStringLiteral("○  ")) + codeText);
        setProperty("selected", selected);
        style()->unpolish(this);
        style()->polish(this);
    }

    std::function<void(int, bool)> onClick;

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && onClick)
            onClick(m_code, m_special);
    }

private:
    int m_code;
    bool m_special;
};

GridWidget::GridWidget(PageContext &context, Instance at, QWidget *parent)
    : ItemWidget(context, at, parent)
{
    setObjectName(QStringLiteral("grid"));
    const Form &form = interview().form();
    const Item &grid = item();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    auto *name = new QLabel(qs(grid.name), this);
    name->setObjectName(QStringLiteral("questionName"));
    m_stem = new QLabel(this);
    m_stem->setObjectName(QStringLiteral("questionLabel"));
    m_stem->setWordWrap(true);
    m_stem->setTextFormat(Qt::PlainText);
    header->setSpacing(10);
    header->addWidget(name, 0, Qt::AlignTop);
    header->addWidget(m_stem, 1);
    layout->addLayout(header);
    m_instruction = new QLabel(this);
    m_instruction->setObjectName(QStringLiteral("instruction"));
    m_instruction->setWordWrap(true);
    layout->addWidget(m_instruction);

    // The scale is that of the grid's first question (the grid gives its questions one scale).
    const Item *first = grid.children.empty() ? nullptr : &form.item(grid.children.front());
    if (first) {
        if (const OptionSet *set = form.options(*first))
            for (const Option &o : set->options)
                m_columns.push_back({o.code, false});
        for (const SpecialCodeDef &s : first->specialCodes)
            m_columns.push_back({s.code, true});
    }
    auto *heads = new QHBoxLayout;
    heads->setSpacing(0);
    heads->setContentsMargins(8, 8, 8, 0);
    heads->addStretch(1);
    for (size_t i = 0; i < m_columns.size(); ++i) {
        auto *h = new QLabel(this);
        h->setObjectName(QStringLiteral("gridHeader"));
        h->setWordWrap(true);
        h->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        h->setFixedWidth(ColumnWidth);
        heads->addWidget(h, 0, Qt::AlignBottom);
        m_headers.push_back(h);
    }
    layout->addLayout(heads);
    for (ItemId id : grid.children) {
        auto *row = new GridRowWidget(context, Instance{at.row, id}, *this, this);
        layout->addWidget(row);
        m_rows.push_back(row);
    }
}

void GridWidget::refresh(uint8_t what)
{
    ItemWidget::refresh(what);
    if (!(what & Change::Text))
        return;
    const Interview &i = interview();
    m_stem->setText(qs(i.label(m_at)));
    const QString instruction = qs(i.instruction(m_at));
    m_instruction->setText(instruction);
    m_instruction->setVisible(!instruction.isEmpty());
    if (item().children.empty())
        return;
    const Item &first = i.form().item(item().children.front());
    for (size_t c = 0; c < m_columns.size(); ++c)
        m_headers[c]->setText(qs(i.optionLabel(first, m_columns[c].code)));
}

// ---------------------------------------------------------------------------------------------

GridRowWidget::GridRowWidget(PageContext &context, Instance at, const GridWidget &grid,
                             QWidget *parent)
    : QuestionWidget(context, at, Layout::Compact, parent)
    , m_columns(grid.columns())
{
    setObjectName(QStringLiteral("gridRow"));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(8, 2, 8, 2);
    row->setSpacing(0);
    auto *name = new QLabel(qs(item().name), this);
    name->setObjectName(QStringLiteral("questionName"));
    name->setFixedWidth(44);
    m_rowLabel = new QLabel(this);
    m_rowLabel->setObjectName(QStringLiteral("gridRowLabel"));
    m_rowLabel->setWordWrap(true);
    m_rowLabel->setTextFormat(Qt::PlainText);
    row->addWidget(name, 0, Qt::AlignVCenter);
    row->addWidget(m_rowLabel, 1);
    std::vector<CodeKeys::Code> codes;
    for (const GridWidget::Column &c : m_columns) {
        auto *cell = new GridCell(c.code, c.special, this);
        cell->onClick = [this](int code, bool special) {
            if (m_readOnly)
                return;
            focusEditor();
            choose(code, special);
        };
        row->addWidget(cell);
        m_cells.push_back(cell);
        codes.push_back({c.code, qs(interview().codeText(item(), c.code))});
    }
    m_body->addLayout(row);
    m_keys.setCodes(std::move(codes));
    m_keys.setChosen([this](int code) {
        for (const GridWidget::Column &c : m_columns)
            if (c.code == code)
                choose(code, c.special);
    });
}

void GridRowWidget::showTexts()
{
    m_rowLabel->setText(qs(interview().label(m_at)));
}

void GridRowWidget::showValue()
{
    const Value &v = interview().answer(m_at);
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const GridWidget::Column &c = m_columns[i];
        const bool selected = c.special
                                  ? v.kind() == Value::Kind::Special && v.specialCode() == c.code
                                  : v.kind() == Value::Kind::Number && int(v.asNumber()) == c.code;
        m_cells[i]->show(qs(interview().codeText(item(), c.code)), selected);
    }
}

void GridRowWidget::choose(int code, bool special)
{
    answer(special ? Value::special(code) : Value::number(code));
}

bool GridRowWidget::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return false;
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        answer(Value());
        return true;
    }
    const QString text = event->text();
    if (text.size() == 1 && text[0].isDigit())
        return m_keys.type(text[0]);
    return false;
}

bool GridRowWidget::commitPending()
{
    m_keys.flush();
    return true;
}

} // namespace enumera::app
