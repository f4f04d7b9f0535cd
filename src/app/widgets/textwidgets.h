// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionwidget.h"

#include <QTimer>

#include <vector>

class QLineEdit;
class QPushButton;

namespace enumera::app {

// A question answered by typing: text, a number or a date. What is typed is saved when Enter
// or Tab is pressed, when the focus leaves the field, and (for texts) after a short pause in
// typing; the field is never rewritten while it holds typing that is not saved yet.
class LineQuestionWidget : public QuestionWidget
{
    Q_OBJECT

public:
    LineQuestionWidget(PageContext &context, Instance at, Layout layout, QWidget *parent);

    bool commitPending() override;
    QWidget *focusTarget() override;
    void setReadOnly(bool readOnly) override;
    QLineEdit *editor() const { return m_edit; }

protected:
    // The value of what is typed; false with `refusal` set when it cannot be one.
    virtual bool parse(const QString &typed, Value &value, QString &refusal) const = 0;
    // The stored value as it is typed.
    virtual QString format(const Value &value) const = 0;
    void showValue() override;
    bool commit(bool fromPause);

    QLineEdit *m_edit = nullptr;
    QTimer m_pause;
    bool m_dirty = false;
};

class TextQuestionWidget : public LineQuestionWidget
{
    Q_OBJECT

public:
    TextQuestionWidget(PageContext &context, Instance at, Layout layout = Layout::Full,
                       QWidget *parent = nullptr);

protected:
    bool parse(const QString &typed, Value &value, QString &refusal) const override;
    QString format(const Value &value) const override;
    void showTexts() override;
};

// Integers and decimals, with their range shown and their special codes as buttons.
class NumberQuestionWidget : public LineQuestionWidget
{
    Q_OBJECT

public:
    NumberQuestionWidget(PageContext &context, Instance at, QWidget *parent = nullptr);
    void setReadOnly(bool readOnly) override;

protected:
    bool parse(const QString &typed, Value &value, QString &refusal) const override;
    QString format(const Value &value) const override;
    void showValue() override;
    void showTexts() override;

private:
    QLabel *m_range = nullptr;
    std::vector<std::pair<int, QPushButton *>> m_specials;
};

class DateQuestionWidget : public LineQuestionWidget
{
    Q_OBJECT

public:
    DateQuestionWidget(PageContext &context, Instance at, QWidget *parent = nullptr);
    void setReadOnly(bool readOnly) override;

protected:
    bool parse(const QString &typed, Value &value, QString &refusal) const override;
    QString format(const Value &value) const override;

private:
    QPushButton *m_today = nullptr;
};

// A note: a text for the enumerator, nothing to answer.
class NoteWidget : public ItemWidget
{
    Q_OBJECT

public:
    NoteWidget(PageContext &context, Instance at, QWidget *parent = nullptr);
    void refresh(uint8_t what) override;

private:
    QLabel *m_text = nullptr;
};

} // namespace enumera::app
