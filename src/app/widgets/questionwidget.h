// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemwidget.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class QHBoxLayout;
class QKeyEvent;

namespace enumera::app {

// A question: its label (read aloud), instruction (for the enumerator, shown differently),
// hint, the editor of its type, and beside it what the engine says of the answer: an error in
// words, a warning that can be confirmed with a reason, a refusal.
//
// Under it, the supervisor's comments at the question; in review, a field to add one.
//
// Keys: Enter and Tab save the answer and move to the next relevant question (the engine says
// which), Shift+Tab to the previous one; Ctrl+K confirms a warning; in review, Ctrl+M comments.
class QuestionWidget : public ItemWidget
{
    Q_OBJECT

public:
    enum class Layout { Full, Compact }; // Compact: a specify text beside its option

    QuestionWidget(PageContext &context, Instance at, Layout layout = Layout::Full,
                   QWidget *parent = nullptr);

    void refresh(uint8_t what) override;
    void setReadOnly(bool readOnly) override;

    // Saves what was typed and not yet saved. False when the answer was refused.
    virtual bool commitPending() { return true; }
    // Gives the keyboard focus to the editor.
    virtual void focusEditor();
    // The widget that takes the keyboard focus.
    virtual QWidget *focusTarget() { return this; }

    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // Shows a refusal or a failure beside the question; an empty text clears it.
    void showRefusal(const QString &text);
    void openConfirmation();
    // In review: opens the field to comment on the question.
    void openComment();
    // Shows the comments at the question again (after one was added).
    void showComments();

protected:
    // Redraws the editor from the stored answer.
    virtual void showValue() = 0;
    virtual void showTexts();
    void showOutcome();
    // Key presses that the editor of a type handles (digits for codes, ...); true when used.
    virtual bool handleKey(QKeyEvent *event);
    // Routes Enter, Tab and Shift+Tab of `editor` to the navigation, and notes its focus.
    void watchKeys(QWidget *editor);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

    bool answer(const Value &value);
    bool toggle(int code, bool selected);
    QString rangeMessage() const;

    Layout m_layout;
    QVBoxLayout *m_body = nullptr; // where the editor goes
    QLabel *m_name = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_instruction = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_confirmBar = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_openConfirm = nullptr;
    QWidget *m_comments = nullptr;
    QPushButton *m_openComment = nullptr;
    QWidget *m_commentBar = nullptr;
    QLineEdit *m_commentField = nullptr;
    std::function<void()> m_saveComment; // saves what the comment field says, if anything
    QString m_refusal;
    bool m_readOnly = false;
    bool m_current = false;
};

} // namespace enumera::app
