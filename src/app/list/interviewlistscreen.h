// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace enumera::app {

class InterviewListModel;

// The interviews on this laptop: search by household, filter by status, start a new one,
// resume one, discard one (it is kept, and can be restored).
class InterviewListScreen : public QWidget
{
    Q_OBJECT

public:
    // `enumerator` is shown; `code` is who discards and restores.
    InterviewListScreen(Store &store, QString enumerator, QString code, QWidget *parent = nullptr);

    // Reads the list from the store again.
    void reload();
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    // The interview of the selected row, or "".
    QString selectedId() const;
    void selectInterview(const QString &id);
    void setEnumerator(const QString &enumerator, const QString &code);
    // Puts a widget (the link with the supervisor) under the title, above the filters.
    void addPanel(QWidget *panel);
    // While a sync may change the interviews: nothing can be opened, started or discarded.
    void setBusy(bool busy);

signals:
    void newInterviewRequested();
    void openRequested(const QString &id);

private:
    void updateButtons();
    void discardOrRestore();

    Store &m_store;
    QString m_user;
    bool m_busy = false;
    InterviewListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_enumerator = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace enumera::app
