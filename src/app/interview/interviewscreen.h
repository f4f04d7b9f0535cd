// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagemodel.h"
#include "store/session.h"
#include "widgets/pagecontext.h"

#include <QElapsedTimer>
#include <QWidget>

#include <map>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace enumera::app {

class PageView;
class SectionPanel;

// The interview screen: the pages in a side panel, the current page's questions, the
// questionnaire's language, and completion. Every change goes to the InterviewSession (the
// engine decides, the store commits it durably before the call returns); the screen then
// redraws what the engine reports as changed (Interview::changes()).
//
// The supervisor's comments are shown at their questions, and for an interview sent back the
// reason at the top. In review (a supervisor reading an interview received from the team)
// nothing can be changed, not even the language it is stored in: the questionnaire's language
// changes what is shown only, and the supervisor may comment on any question (stored at once).
//
// Keys: Enter or Tab to the next question, Shift+Tab back, Ctrl+L to the section list (Escape
// back), Ctrl+PgDown and Ctrl+PgUp to the next and previous section, Ctrl+Return to complete;
// in review, Ctrl+M to comment on the current question.
class InterviewScreen : public QWidget, public PageContext
{
    Q_OBJECT

public:
    struct Options
    {
        bool review = false;   // a supervisor reads the interview
        QString commentAuthor; // who comments, in review (the supervisor's code)
    };

    InterviewScreen(std::unique_ptr<InterviewSession> session, QWidget *parent = nullptr);
    InterviewScreen(std::unique_ptr<InterviewSession> session, Options options,
                    QWidget *parent = nullptr);
    ~InterviewScreen() override;

    bool reviewing() const { return m_options.review; }
    // Puts a widget (the review's decisions) in the top bar, before the completion button.
    void addBarWidget(QWidget *widget);
    // The line under the top bar: the state of the interview, or what the review says of it.
    // `kind`: "info", "rejected", "conflict".
    void setBanner(const QString &text, const QString &kind);
    QLabel *banner() const { return m_banner; }
    // Reads the comments from the store again and shows them.
    void reloadComments();

    InterviewSession &session() { return *m_session; }
    const PageModel &pages() const { return *m_pages; }
    PageView *pageView() const { return m_view; }
    SectionPanel *panel() const { return m_panel; }
    QComboBox *languageBox() const { return m_language; }

    // Opens a page and puts the keyboard on `focus` (or the page's first question).
    void openPage(int page, const Instance &focus = {});
    // Opens the page of a question (or roster) and puts the keyboard on it.
    void goTo(const Instance &at);
    // Saves what is typed and not saved yet (before the screen closes).
    bool commitPending();
    void setQuestionnaireLanguage(int language);
    // Shows what is missing; completes the interview if the enumerator says so.
    void reviewAndComplete();
    // The time the last change took to redraw, after the session returned (nanoseconds).
    qint64 lastRedrawNs() const { return m_lastRedrawNs; }

    // PageContext
    const Interview &interview() const override { return m_session->interview(); }
    bool readOnly() const override { return m_options.review || m_session->readOnly(); }
    bool setAnswer(const Instance &question, const Value &value, QString *refusal) override;
    bool toggleOption(const Instance &question, int code, bool selected, QString *refusal) override;
    bool confirmWarnings(const Instance &question, const QString &reason) override;
    void addRow(const Instance &roster) override;
    void removeRow(const Row &row) override;
    void openRow(const Row &row) override;
    void moveNext(QuestionWidget *from) override;
    void movePrevious(QuestionWidget *from) override;
    void questionFocused(QuestionWidget *question) override;
    std::vector<Comment> commentsAt(const Instance &question) const override;
    bool canComment() const override { return m_options.review; }
    bool addComment(const Instance &question, const QString &text) override;

signals:
    void closeRequested();
    void completed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handle(const Result<SetResult> &result, QString *refusal);
    void afterChange();
    void rebuild(const std::string &focusPath);
    void storeFailed(const std::string &error);
    void showView(int page);
    // Previous and next section: enabled while there is a relevant section that way.
    void updateSectionButtons();
    void focusStop(QWidget *stop);
    void updateHeader();
    void leavingRosterRow(int fromPage, const Instance &target);
    int rowPageOf(int page) const;
    std::vector<uint64_t> rowSignature() const;

    void readComments();
    // Marks the sections that hold comments in the side panel.
    void markComments();

    Options m_options;
    std::unique_ptr<InterviewSession> m_session;
    std::map<std::string, std::vector<Comment>> m_comments; // by the question's path
    Comment m_reason; // for an interview sent back: the supervisor's latest general comment
    bool m_bannerSet = false;
    std::unique_ptr<PageModel> m_pages;
    std::vector<uint64_t> m_rowSignature;
    SectionPanel *m_panel = nullptr;
    QScrollArea *m_scroll = nullptr;
    PageView *m_view = nullptr;
    QLabel *m_household = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_banner = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_previousPage = nullptr;
    QPushButton *m_nextPage = nullptr;
    QuestionWidget *m_current = nullptr;
    Instance m_afterAdd; // where Tab goes from a roster's add button
    QElapsedTimer m_clock;
    qint64 m_lastRedrawNs = 0;
};

} // namespace enumera::app
