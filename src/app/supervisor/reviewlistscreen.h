// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace enumera {
class Store;
}

namespace enumera::app {

class ReviewFilter;
class ReviewListModel;

// The interviews received from the team, for the supervisor: by enumerator and status, with
// progress, interviewing time, confirmed warnings and conflicts; the selected one in detail
// (its confirmed warnings with their reasons). Filter by enumerator, status and household.
class ReviewListScreen : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewListScreen(Store &store, QWidget *parent = nullptr);

    // Reads the interviews, the team and the open conflicts again.
    void reload();
    QTableView *table() const { return m_table; }
    QComboBox *enumeratorFilter() const { return m_enumerator; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *details() const { return m_details; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *historyButton() const { return m_history; }
    QPushButton *conflictButton() const { return m_conflict; }
    const ReviewListModel &model() const { return *m_model; }
    // The rows shown (after the filters).
    int shownCount() const;

    QString selectedId() const;
    void selectInterview(const QString &id);

    // An enumerator's interviews only ("" for all); a status filter (see statusFilter()).
    void filterEnumerator(const QString &code);

signals:
    void openRequested(const QString &id);
    void historyRequested(const QString &id);
    void conflictRequested(qint64 conflict);
    void reloaded();

private:
    void showDetails();
    void updateEnumerators();

    Store &m_store;
    ReviewListModel *m_model = nullptr;
    ReviewFilter *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_enumerator = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_conflict = nullptr;
};

} // namespace enumera::app
