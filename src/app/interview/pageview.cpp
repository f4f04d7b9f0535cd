// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageview.h"

#include "widgets/choicewidget.h"
#include "widgets/containerwidgets.h"
#include "widgets/gridwidget.h"
#include "widgets/rosterwidget.h"
#include "widgets/textwidgets.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace enumera::app {

namespace {

constexpr uint8_t Everything =
    Change::Relevance | Change::Value | Change::Outcome | Change::Text | Change::Rows;

} // namespace

PageView::PageView(PageContext &context, const PageModel &pages, int page, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_pages(pages)
    , m_page(page)
{
    setObjectName(QStringLiteral("page"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 28);
    layout->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_instruction = new QLabel(this);
    m_instruction->setObjectName(QStringLiteral("instruction"));
    m_instruction->setWordWrap(true);
    layout->addWidget(m_instruction);

    const Page &p = pages.page(page);
    const Item &container = context.interview().form().item(p.container.item);
    build(layout, container.children, p.container.row);
    layout->addStretch(1);
    refreshAll();
}

void PageView::add(ItemWidget *widget)
{
    m_items[{widget->instance().row, widget->instance().item}] = widget;
}

void PageView::addQuestion(QuestionWidget *widget)
{
    add(widget);
    m_questions.push_back(widget);
    m_stops.push_back(widget);
}

void PageView::build(QVBoxLayout *layout, const std::vector<ItemId> &items, const Row *row)
{
    const Interview &interview = m_context.interview();
    const Form &form = interview.form();
    for (ItemId id : items) {
        if (m_pages.isPageContainer(id))
            continue;
        const Item &item = form.item(id);
        const Instance at{row, id};
        switch (item.kind) {
        case ItemKind::Section: {
            auto *block = new SectionBlock(m_context, at, this);
            add(block);
            layout->addWidget(block);
            build(block->body(), item.children, row);
            break;
        }
        case ItemKind::Grid: {
            auto *grid = new GridWidget(m_context, at, this);
            add(grid);
            for (GridRowWidget *r : grid->rows())
                addQuestion(r);
            layout->addWidget(grid);
            break;
        }
        case ItemKind::Roster: {
            const bool paged = m_pages.hasPagedRows(id);
            auto *roster = new RosterWidget(m_context, at, paged, this);
            add(roster);
            m_rosters.push_back(roster);
            layout->addWidget(roster);
            if (!paged) {
                for (const auto &child : interview.rows(at)) {
                    auto *frame = new RowFrame(m_context, *child,
                                               item.rosterKind == RosterKind::Grown, roster);
                    frame->setVisible(child->relevant);
                    m_rowFrames[child.get()] = frame;
                    roster->rowsLayout()->addWidget(frame);
                    build(frame->body(), item.children, child.get());
                }
            }
            m_stops.push_back(roster->addButton());
            break;
        }
        case ItemKind::Question:
            if (item.specifyOf != NoItem) // shown beside its option
                break;
            switch (item.type) {
            case QuestionType::Single:
            case QuestionType::Multiple: {
                auto *choice = new ChoiceWidget(m_context, at, this);
                addQuestion(choice);
                for (TextQuestionWidget *s : choice->specifyWidgets())
                    addQuestion(s);
                layout->addWidget(choice);
                break;
            }
            case QuestionType::Integer:
            case QuestionType::Decimal: {
                auto *w = new NumberQuestionWidget(m_context, at, this);
                addQuestion(w);
                layout->addWidget(w);
                break;
            }
            case QuestionType::Text: {
                auto *w = new TextQuestionWidget(m_context, at, QuestionWidget::Layout::Full, this);
                addQuestion(w);
                layout->addWidget(w);
                break;
            }
            case QuestionType::Date: {
                auto *w = new DateQuestionWidget(m_context, at, this);
                addQuestion(w);
                layout->addWidget(w);
                break;
            }
            case QuestionType::Note: {
                auto *w = new NoteWidget(m_context, at, this);
                add(w);
                layout->addWidget(w);
                break;
            }
            case QuestionType::Calculated:
                // Worked out by the engine, not asked: nothing to show.
                break;
            }
            break;
        }
    }
}

void PageView::refreshHeader()
{
    m_title->setText(QString::fromStdString(m_pages.title(m_page)));
    const Page &p = m_pages.page(m_page);
    const QString instruction =
        p.kind == Page::Kind::Section
            ? QString::fromStdString(m_context.interview().instruction(p.container))
            : QString();
    m_instruction->setText(instruction);
    m_instruction->setVisible(!instruction.isEmpty());
}

QString PageView::rowSummary(const Row &row) const
{
    const ItemId roster = m_context.interview().form().scopes[size_t(row.scope)].roster;
    const int p = m_pages.find(Page::Kind::Row, {&row, roster});
    if (p < 0)
        return {};
    const PageStats &s = m_pages.page(p).total;
    if (s.errors > 0)
        return tr("%n error(s)", nullptr, s.errors);
    return tr("%1 of %2 answered").arg(s.answered).arg(s.asked);
}

void PageView::refreshRowTitles(const Row *row)
{
    for (; row; row = row->parent) {
        const auto it = m_rowFrames.find(row);
        if (it != m_rowFrames.end())
            it->second->refreshTitle();
    }
}

void PageView::refreshAll()
{
    refreshHeader();
    for (auto &[key, widget] : m_items)
        widget->refresh(Everything);
    for (auto &[row, frame] : m_rowFrames)
        frame->refreshTitle();
    for (RosterWidget *r : m_rosters)
        if (r->pagedRows())
            r->refreshEntries([this](const Row &row) { return rowSummary(row); });
}

void PageView::apply(const std::vector<Change> &changes)
{
    bool header = false;
    for (const Change &c : changes) {
        if (c.instance.item == NoItem) {
            refreshAll();
            return;
        }
        const auto it = m_items.find({c.instance.row, c.instance.item});
        if (it != m_items.end())
            it->second->refresh(c.what);
        if (c.what & (Change::Value | Change::Text)) {
            refreshRowTitles(c.instance.row);
            header = true;
        }
        // The same rows, shown or hidden (a sized roster whose size went down).
        if (c.what & Change::Rows)
            for (auto &[row, frame] : m_rowFrames)
                frame->setVisible(row->relevant);
    }
    if (header && m_pages.page(m_page).kind == Page::Kind::Row)
        refreshHeader();
    for (RosterWidget *r : m_rosters)
        if (r->pagedRows())
            r->refreshEntries([this](const Row &row) { return rowSummary(row); });
}

void PageView::setReadOnly(bool readOnly)
{
    for (auto &[key, widget] : m_items)
        widget->setReadOnly(readOnly);
    for (auto &[row, frame] : m_rowFrames)
        frame->setReadOnly(readOnly);
}

QuestionWidget *PageView::question(const Instance &at) const
{
    const auto it = m_items.find({at.row, at.item});
    if (it == m_items.end())
        return nullptr;
    return qobject_cast<QuestionWidget *>(it->second);
}

QWidget *PageView::nextStop(QuestionWidget *from, const Instance &target) const
{
    QuestionWidget *targetWidget = target.valid() ? question(target) : nullptr;
    auto it = std::find(m_stops.begin(), m_stops.end(), static_cast<QWidget *>(from));
    if (it == m_stops.end())
        return targetWidget;
    for (++it; it != m_stops.end(); ++it) {
        if (*it == targetWidget)
            return targetWidget;
        if (auto *button = qobject_cast<QPushButton *>(*it))
            if (button->isVisibleTo(this) && button->isEnabled())
                return button;
    }
    return targetWidget;
}

RosterWidget *PageView::rosterOfAddButton(QWidget *stop) const
{
    for (RosterWidget *r : m_rosters)
        if (r->addButton() == stop)
            return r;
    return nullptr;
}

QPushButton *PageView::firstAddButton() const
{
    for (RosterWidget *r : m_rosters)
        if (r->addButton()->isVisibleTo(this) && r->addButton()->isEnabled())
            return r->addButton();
    return nullptr;
}

} // namespace enumera::app
