// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagemodel.h"

#include <algorithm>

namespace enumera::app {

PageStats::State PageStats::state() const
{
    if (errors > 0)
        return State::HasErrors;
    if (answered == 0)
        return State::NotStarted; // or nothing to ask yet
    if (unanswered == 0 && warnings == 0)
        return State::Complete;
    return State::InProgress;
}

PageStats &PageStats::operator+=(const PageStats &o)
{
    asked += o.asked;
    answered += o.answered;
    unanswered += o.unanswered;
    errors += o.errors;
    warnings += o.warnings;
    return *this;
}

PageModel::PageModel(const Interview &interview)
    : m_interview(interview)
    , m_form(interview.form())
{
    const size_t n = m_form.items.size();
    m_anchor.assign(n, NoItem);
    m_anchorIsRow.assign(n, false);
    m_pagedRoster.assign(n, false);
    for (const Item &item : m_form.items) {
        if (item.kind != ItemKind::Roster)
            continue;
        m_pagedRoster[size_t(item.id)] =
            std::any_of(item.children.begin(), item.children.end(),
                        [&](ItemId c) { return m_form.item(c).kind == ItemKind::Section; });
    }
    // documentOrder lists parents before children, so an item's anchor follows its parent's.
    for (ItemId id : m_form.documentOrder) {
        const Item &item = m_form.item(id);
        if (isPageContainer(id)) {
            m_anchor[size_t(id)] = id;
            continue;
        }
        if (item.parent == NoItem)
            continue;
        const Item &parent = m_form.item(item.parent);
        if (parent.kind == ItemKind::Roster && m_pagedRoster[size_t(parent.id)]) {
            m_anchor[size_t(id)] = parent.id;
            m_anchorIsRow[size_t(id)] = true;
        } else {
            m_anchor[size_t(id)] = m_anchor[size_t(parent.id)];
            m_anchorIsRow[size_t(id)] = m_anchorIsRow[size_t(parent.id)];
        }
    }
    rebuild();
}

bool PageModel::isPageContainer(ItemId id) const
{
    const Item &item = m_form.item(id);
    if (item.kind != ItemKind::Section)
        return false;
    if (item.parent == NoItem)
        return true;
    const Item &parent = m_form.item(item.parent);
    return parent.kind == ItemKind::Roster && m_pagedRoster[size_t(parent.id)];
}

void PageModel::rebuild()
{
    m_pages.clear();
    m_byKey.clear();
    addPages(m_form.sections, &m_interview.root(), -1);
    refreshAll();
}

int PageModel::addPage(Page::Kind kind, Instance container, int parent)
{
    Page p;
    p.kind = kind;
    p.container = container;
    p.parent = parent;
    const int index = int(m_pages.size());
    m_pages.push_back(std::move(p));
    if (parent >= 0)
        m_pages[size_t(parent)].children.push_back(index);
    m_byKey[{container.row, container.item, kind == Page::Kind::Row}] = index;
    return index;
}

void PageModel::addPages(const std::vector<ItemId> &items, const Row *row, int parent)
{
    for (ItemId id : items) {
        const Item &item = m_form.item(id);
        if (isPageContainer(id)) {
            const int page = addPage(Page::Kind::Section, {row, id}, parent);
            addPages(item.children, row, page);
        } else if (item.kind == ItemKind::Roster && m_pagedRoster[size_t(id)]) {
            for (const auto &child : m_interview.rows({row, id})) {
                const int page = addPage(Page::Kind::Row, {child.get(), id}, parent);
                addPages(item.children, child.get(), page);
            }
        } else if (item.isContainer()) {
            addPages(item.children, row, parent);
        }
    }
}

const Row *PageModel::rowOfScope(const Row *row, ScopeId scope) const
{
    while (row && row->scope != scope)
        row = row->parent;
    return row;
}

int PageModel::find(Page::Kind kind, const Instance &container) const
{
    const auto it = m_byKey.find({container.row, container.item, kind == Page::Kind::Row});
    return it == m_byKey.end() ? -1 : it->second;
}

int PageModel::pageOf(const Instance &instance) const
{
    if (!instance.valid())
        return -1;
    ItemId anchor = m_anchor[size_t(instance.item)];
    if (anchor == NoItem)
        return -1;
    if (m_anchorIsRow[size_t(instance.item)]) {
        // A row page: the row of the roster's own scope.
        const Row *row = rowOfScope(instance.row, m_form.item(anchor).rowScope);
        return find(Page::Kind::Row, {row, anchor});
    }
    const Row *row = rowOfScope(instance.row, m_form.item(anchor).scope);
    return find(Page::Kind::Section, {row, anchor});
}

bool PageModel::isRelevant(int index) const
{
    const Page &p = page(index);
    if (p.kind == Page::Kind::Row)
        return p.container.row->relevant;
    return m_interview.isRelevant(p.container);
}

std::string PageModel::title(int index) const
{
    const Page &p = page(index);
    if (p.kind == Page::Kind::Row)
        return m_interview.rowTitle(*p.container.row);
    return m_interview.label(p.container);
}

std::string PageModel::pathOf(int index) const
{
    const Page &p = page(index);
    if (p.kind == Page::Kind::Row)
        return m_interview.pathOf(*p.container.row);
    return m_interview.pathOf(p.container);
}

int PageModel::findPath(const std::string &path) const
{
    for (int i = 0; i < count(); ++i)
        if (pathOf(i) == path)
            return i;
    return -1;
}

void PageModel::refresh(int index)
{
    PageStats s;
    forEachOnPage(index, [&](const Instance &at) {
        const Item &item = m_form.item(at.item);
        if (!m_interview.isRelevant(at))
            return;
        if (item.kind == ItemKind::Roster) {
            const QuestionState st = m_interview.state(at);
            s.errors += st.outcome == Outcome::Error;
            return;
        }
        if (!item.isAsked())
            return;
        ++s.asked;
        if (m_interview.answer(at).isKnown())
            ++s.answered;
        else if (item.required)
            ++s.unanswered;
        const QuestionState st = m_interview.state(at);
        if (st.outcome == Outcome::OutOfRange || st.outcome == Outcome::Error)
            ++s.errors;
        else if (st.outcome == Outcome::Warning && !st.confirmed)
            ++s.warnings;
    });
    m_pages[size_t(index)].own = s;
}

void PageModel::sumUp(int index)
{
    Page &p = m_pages[size_t(index)];
    p.total = p.own;
    for (int child : p.children)
        if (isRelevant(child))
            p.total += m_pages[size_t(child)].total;
}

void PageModel::refreshAll()
{
    for (int i = 0; i < count(); ++i)
        refresh(i);
    // Children come after their parents: sum up from the end.
    for (int i = count() - 1; i >= 0; --i)
        sumUp(i);
}

std::vector<int> PageModel::apply(const std::vector<Change> &changes)
{
    std::vector<int> touched;
    for (const Change &c : changes) {
        if (c.instance.item == NoItem) {
            refreshAll();
            touched.resize(size_t(count()));
            for (int i = 0; i < count(); ++i)
                touched[size_t(i)] = i;
            return touched;
        }
        // A page container's own relevance shows in its parent's list.
        int page = pageOf(c.instance);
        if (page >= 0 && isPageContainer(c.instance.item))
            page = m_pages[size_t(page)].parent >= 0 ? m_pages[size_t(page)].parent : page;
        if (page >= 0 && std::find(touched.begin(), touched.end(), page) == touched.end())
            touched.push_back(page);
    }
    for (int page : touched)
        refresh(page);
    // Sum up each touched page and its ancestors, deepest first.
    std::vector<int> chain;
    for (int page : touched)
        for (int p = page; p >= 0; p = m_pages[size_t(p)].parent)
            if (std::find(chain.begin(), chain.end(), p) == chain.end())
                chain.push_back(p);
    std::sort(chain.begin(), chain.end(), std::greater<>());
    for (int p : chain)
        sumUp(p);
    // Pages whose container changed relevance are shown or hidden: report them too.
    for (const Change &c : changes)
        if (isPageContainer(c.instance.item)) {
            const int page = pageOf(c.instance);
            if (page >= 0 && std::find(chain.begin(), chain.end(), page) == chain.end())
                chain.push_back(page);
        }
    return chain;
}

} // namespace enumera::app
