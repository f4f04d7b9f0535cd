// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codekeys.h"
#include "questionwidget.h"

#include <vector>

class QLabel;

namespace enumera::app {

class TextQuestionWidget;

// One option of a choice question: its code and label, and the specify text that belongs to it
// (shown while the engine says it is asked).
class OptionRow : public QFrame
{
    Q_OBJECT

public:
    OptionRow(int code, bool special, bool multiple, QWidget *parent);
    void setTexts(const QString &code, const QString &label);
    void setSelected(bool selected);
    void setHighlighted(bool highlighted);
    void setPending(bool pending);
    int code() const { return m_code; }
    bool isSpecial() const { return m_special; }
    bool isSelected() const { return m_selected; }
    void addSpecify(QWidget *specify);

signals:
    void clicked(int code);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void repolish();

    int m_code;
    bool m_special;
    bool m_multiple;
    bool m_selected = false;
    QLabel *m_mark = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_text = nullptr;
    class QHBoxLayout *m_row = nullptr;
};

// Single and multiple choice: options with their codes ("01 Yes"), special codes (Don't know)
// as options of their own. Digits choose a code, Up and Down move, Space chooses the option
// under the cursor. For multiple choice each choice toggles one option, and the engine says
// what becomes of the others (an exclusive "None of these" clears them).
class ChoiceWidget : public QuestionWidget
{
    Q_OBJECT

public:
    ChoiceWidget(PageContext &context, Instance at, QWidget *parent = nullptr);

    bool commitPending() override;
    void setReadOnly(bool readOnly) override;
    const std::vector<TextQuestionWidget *> &specifyWidgets() const { return m_specify; }
    bool isMultiple() const { return m_multiple; }

protected:
    void showValue() override;
    void showTexts() override;
    bool handleKey(QKeyEvent *event) override;

private:
    void choose(int code);
    void moveCursor(int step);

    bool m_multiple;
    std::vector<OptionRow *> m_options;
    std::vector<TextQuestionWidget *> m_specify;
    CodeKeys m_keys;
    int m_cursor = -1;
};

} // namespace enumera::app
