// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagemodel.h"
#include "widgets/pagecontext.h"

#include <QWidget>

#include <unordered_map>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace enumera::app {

class ItemWidget;
class QuestionWidget;
class RosterWidget;
class RowFrame;

// The widgets of one page, and only of that page: the page's questions, inline sections,
// grids and rosters, built when the page is opened. A change of the interview redraws the
// widgets it concerns, found by their instance.
class PageView : public QWidget
{
    Q_OBJECT

public:
    PageView(PageContext &context, const PageModel &pages, int page, QWidget *parent = nullptr);

    int page() const { return m_page; }
    void apply(const std::vector<Change> &changes);
    void refreshAll();
    void setReadOnly(bool readOnly);

    QuestionWidget *question(const Instance &at) const;
    // The next place for the keyboard after `from` on this page when the engine says the next
    // question is `target`: the target's widget, or the add button of a roster between them
    // (so that a row can be added from the keyboard). Null when the target is not here.
    QWidget *nextStop(QuestionWidget *from, const Instance &target) const;
    // The roster whose add button `stop` is, or null.
    RosterWidget *rosterOfAddButton(QWidget *stop) const;
    // The first add button of a roster on the page that is shown and enabled, or null.
    QPushButton *firstAddButton() const;
    int widgetCount() const { return int(m_items.size()); }
    const std::vector<QuestionWidget *> &questions() const { return m_questions; }

private:
    struct Key
    {
        const Row *row;
        ItemId item;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const
        {
            return std::hash<const void *>()(k.row) ^ (size_t(k.item) * 2654435761u);
        }
    };

    void build(QVBoxLayout *layout, const std::vector<ItemId> &items, const Row *row);
    void add(ItemWidget *widget);
    void addQuestion(QuestionWidget *widget);
    void refreshHeader();
    void refreshRowTitles(const Row *row);
    QString rowSummary(const Row &row) const;

    PageContext &m_context;
    const PageModel &m_pages;
    int m_page;
    QLabel *m_title = nullptr;
    QLabel *m_instruction = nullptr;
    std::unordered_map<Key, ItemWidget *, KeyHash> m_items;
    std::vector<QuestionWidget *> m_questions;
    std::vector<RosterWidget *> m_rosters;
    std::unordered_map<const Row *, RowFrame *> m_rowFrames;
    std::vector<QWidget *> m_stops; // questions and add buttons, in the order of the form
};

} // namespace enumera::app
