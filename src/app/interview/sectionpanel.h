// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagemodel.h"

#include <QTreeWidget>

#include <vector>

namespace enumera::app {

// The side panel: the interview's pages (top-level sections, roster rows with their sections)
// with their state (not started, in progress, complete, has errors) and counts. Pages that
// are not asked as the interview stands are hidden.
class SectionPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SectionPanel(QWidget *parent = nullptr);

    void rebuild(const PageModel &pages);
    void update(const PageModel &pages, const std::vector<int> &touched);
    void setCurrentPage(int page);
    // The supervisor's comments at questions, counted by page: a page with some is marked (✎)
    // and says how many in its tooltip.
    void setComments(const PageModel &pages, std::vector<int> countsByPage);

signals:
    void pageChosen(int page);
    void leave(); // Escape: back to the current question

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void show(const PageModel &pages, int page);

    std::vector<QTreeWidgetItem *> m_items; // by page
    std::vector<int> m_comments;            // by page
};

} // namespace enumera::app
