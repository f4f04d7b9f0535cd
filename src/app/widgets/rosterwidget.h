// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemwidget.h"

#include <unordered_map>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace enumera::app {

// One row of a roster shown inline (a training): its title ("Training 2: University"), a
// button to remove it, and its questions.
class RowFrame : public QFrame
{
    Q_OBJECT

public:
    RowFrame(PageContext &context, const Row &row, bool removable, QWidget *parent);
    void refreshTitle();
    void setReadOnly(bool readOnly);
    QVBoxLayout *body() const { return m_body; }
    const Row &row() const { return m_row; }

private:
    PageContext &m_context;
    const Row &m_row;
    QLabel *m_title = nullptr;
    QPushButton *m_remove = nullptr;
    QVBoxLayout *m_body = nullptr;
};

// A roster: its title, the engine's messages about it (at least one row, ...), its rows and a
// button to add one. Rows that are pages of their own (household members, with sections) are
// listed as entries that open them; other rows are shown inline as RowFrames, filled by the
// page.
class RosterWidget : public ItemWidget
{
    Q_OBJECT

public:
    RosterWidget(PageContext &context, Instance at, bool pagedRows, QWidget *parent = nullptr);

    void refresh(uint8_t what) override;
    void setReadOnly(bool readOnly) override;
    QVBoxLayout *rowsLayout() const { return m_rows; }
    QPushButton *addButton() const { return m_add; }
    bool pagedRows() const { return m_paged; }
    // The noun of a row as the form's row title starts ("Training"), for "Add training 3".
    QString rowNoun() const;
    // Refreshes the titles (and, for paged rows, the counts) of the entries.
    void refreshEntries(const std::function<QString(const Row &)> &summary);

private:
    bool m_paged;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QPushButton *m_add = nullptr;
    struct Entry
    {
        QLabel *title;
        QLabel *summary;
        QPushButton *remove;
    };
    std::unordered_map<const Row *, Entry> m_entries;
};

// Asks before a row is removed: removing a row removes its answers.
bool confirmRemoveRow(QWidget *parent, const QString &title);

} // namespace enumera::app
