// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/interview.h"
#include "store/store.h"

#include <QString>

#include <vector>

namespace enumera::app {

class QuestionWidget;

// What the widgets of a page may ask of the interview screen. Widgets read the interview to
// show it and hand every change to the screen, which passes it to the session (the engine and
// the store decide) and redraws what changed.
class PageContext
{
public:
    virtual ~PageContext() = default;

    virtual const Interview &interview() const = 0;
    virtual bool readOnly() const = 0;

    // Each returns false when the change was refused or could not be saved; the widget shows
    // `refusal` (set for refusals) beside the question.
    virtual bool setAnswer(const Instance &question, const Value &value, QString *refusal) = 0;
    virtual bool toggleOption(const Instance &question, int code, bool selected,
                              QString *refusal) = 0;
    virtual bool confirmWarnings(const Instance &question, const QString &reason) = 0;
    virtual void addRow(const Instance &roster) = 0;
    virtual void removeRow(const Row &row) = 0;
    virtual void openRow(const Row &row) = 0;

    // Keyboard navigation: from a question to the next or previous relevant one.
    virtual void moveNext(QuestionWidget *from) = 0;
    virtual void movePrevious(QuestionWidget *from) = 0;
    virtual void questionFocused(QuestionWidget *question) = 0;

    // The supervisor's comments at a question, oldest first: shown to the enumerator of an
    // interview sent back, and to the supervisor reviewing it.
    virtual std::vector<Comment> commentsAt(const Instance &question) const
    {
        Q_UNUSED(question);
        return {};
    }
    // In review, the supervisor may comment on any question; the comment is stored at once.
    virtual bool canComment() const { return false; }
    virtual bool addComment(const Instance &question, const QString &text)
    {
        Q_UNUSED(question);
        Q_UNUSED(text);
        return false;
    }
};

} // namespace enumera::app
