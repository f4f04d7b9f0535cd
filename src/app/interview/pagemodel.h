// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/interview.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace enumera::app {

// How an interview is cut into pages for the screen: one page per top-level section; a roster
// whose rows hold sections (the household members) gives one page per row ("Member 2: Ana",
// with the row's own questions) and one page per section of the row under it. Everything else
// (sections inside a page, grids, rosters of questions such as a member's trainings) is shown
// inline in the page it belongs to.
//
// The model reads the interview; it decides nothing about routing or validation.

struct PageStats
{
    int asked = 0;      // relevant questions that ask something
    int answered = 0;   // ... of which answered
    int unanswered = 0; // relevant required questions without an answer
    int errors = 0;     // out of range or failing a validation of error strength
    int warnings = 0;   // failing a warning that is not confirmed

    enum class State { NotStarted, InProgress, Complete, HasErrors };
    State state() const;
    PageStats &operator+=(const PageStats &o);
};

struct Page
{
    enum class Kind { Section, Row };
    Kind kind = Kind::Section;
    // A section page: the section in its row. A row page: the roster's item with the row.
    Instance container;
    int parent = -1;
    std::vector<int> children;
    PageStats own;   // what the page itself shows
    PageStats total; // with its children
};

class PageModel
{
public:
    explicit PageModel(const Interview &interview);

    // Builds the pages again: after rows are added or removed (Row pointers may have changed).
    void rebuild();

    const std::vector<Page> &pages() const { return m_pages; }
    const Page &page(int index) const { return m_pages[size_t(index)]; }
    int count() const { return int(m_pages.size()); }

    // The page an instance is shown on; -1 when none (a row that is gone).
    int pageOf(const Instance &instance) const;
    // A page by its container, or -1.
    int find(Page::Kind kind, const Instance &container) const;

    bool isRelevant(int page) const;
    std::string title(int page) const;
    // A stable name of the page, for finding it again after a rebuild ("members[2].labour").
    std::string pathOf(int page) const;
    int findPath(const std::string &path) const;

    // Whether a roster's rows are pages of their own (they hold sections).
    bool hasPagedRows(ItemId roster) const { return m_pagedRoster[size_t(roster)]; }
    // Whether an item is the container of a page (so a page's walk stops at it).
    bool isPageContainer(ItemId item) const;

    // Works out the counts of the pages the changes touch; returns those pages (and their
    // ancestors), or every page when the whole interview changed (a language switch).
    std::vector<int> apply(const std::vector<Change> &changes);
    void refreshAll();

    // Visits the instances a page shows, in the order of the form: questions, inline
    // containers and their rows' items; paged rosters are visited but not entered.
    template<typename Visit>
    void forEachOnPage(int page, Visit visit) const;

private:
    struct Key
    {
        const Row *row;
        ItemId item;
        bool isRow;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const
        {
            return std::hash<const void *>()(k.row) ^ (size_t(k.item) * 2654435761u) ^ k.isRow;
        }
    };

    void addPages(const std::vector<ItemId> &items, const Row *row, int parent);
    int addPage(Page::Kind kind, Instance container, int parent);
    void refresh(int page);
    void sumUp(int page);
    const Row *rowOfScope(const Row *row, ScopeId scope) const;
    template<typename Visit>
    void walkItems(const std::vector<ItemId> &items, const Row *row, Visit &visit) const;

    const Interview &m_interview;
    const Form &m_form;
    std::vector<ItemId> m_anchor;    // by item: the page container it is shown in
    std::vector<bool> m_anchorIsRow; // ... which is a row page of that roster
    std::vector<bool> m_pagedRoster; // by item
    std::vector<Page> m_pages;
    std::unordered_map<Key, int, KeyHash> m_byKey;
};

template<typename Visit>
void PageModel::walkItems(const std::vector<ItemId> &items, const Row *row, Visit &visit) const
{
    for (ItemId id : items) {
        if (isPageContainer(id))
            continue;
        const Item &item = m_form.item(id);
        const Instance at{row, id};
        visit(at);
        if (item.kind == ItemKind::Roster) {
            if (m_pagedRoster[size_t(id)])
                continue;
            for (const auto &child : m_interview.rows(at))
                walkItems(item.children, child.get(), visit);
        } else if (item.isContainer()) {
            walkItems(item.children, row, visit);
        }
    }
}

template<typename Visit>
void PageModel::forEachOnPage(int index, Visit visit) const
{
    const Page &p = page(index);
    const Item &container = m_form.item(p.container.item);
    walkItems(container.children, p.container.row, visit);
}

} // namespace enumera::app
