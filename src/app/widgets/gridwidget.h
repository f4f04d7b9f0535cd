// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codekeys.h"
#include "questionwidget.h"

#include <vector>

class QLabel;
class QGridLayout;

namespace enumera::app {

class GridRowWidget;

// A grid: several single choice questions on one scale, shown as one table (the questions by
// the scale's options and special codes). Each row is a question of its own.
class GridWidget : public ItemWidget
{
    Q_OBJECT

public:
    GridWidget(PageContext &context, Instance at, QWidget *parent = nullptr);

    void refresh(uint8_t what) override;
    const std::vector<GridRowWidget *> &rows() const { return m_rows; }

    // The columns: the scale's codes, then the special codes.
    struct Column
    {
        int code;
        bool special;
    };
    const std::vector<Column> &columns() const { return m_columns; }
    static constexpr int ColumnWidth = 92;

private:
    QLabel *m_stem = nullptr;
    QLabel *m_instruction = nullptr;
    std::vector<QLabel *> m_headers;
    std::vector<Column> m_columns;
    std::vector<GridRowWidget *> m_rows;
};

// One question of a grid: its label and one cell per column.
class GridRowWidget : public QuestionWidget
{
    Q_OBJECT

public:
    GridRowWidget(PageContext &context, Instance at, const GridWidget &grid, QWidget *parent);

    bool commitPending() override;

protected:
    void showValue() override;
    void showTexts() override;
    bool handleKey(QKeyEvent *event) override;

private:
    void choose(int code, bool special);

    std::vector<GridWidget::Column> m_columns;
    std::vector<class GridCell *> m_cells;
    QLabel *m_rowLabel = nullptr;
    CodeKeys m_keys;
};

} // namespace enumera::app
