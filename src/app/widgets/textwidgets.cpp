// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwidgets.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace enumera::app {

// ---------------------------------------------------------------------------------------------

LineQuestionWidget::LineQuestionWidget(PageContext &context, Instance at, Layout layout,
                                       QWidget *parent)
    : QuestionWidget(context, at, layout, parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("answerField"));
    watchKeys(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_dirty = true;
        m_pause.start();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field (Enter, Tab, a click elsewhere): once saved, it shows the answer as
        // it is stored ("20260302" becomes 2026-03-02, "05" becomes 5).
        // A page redrawn by the answer is on its way out, its widgets silenced: leave it be.
        if (commit(false) && !m_dirty && !signalsBlocked())
            m_edit->setText(format(interview().answer(m_at)));
    });
    m_pause.setSingleShot(true);
    m_pause.setInterval(800);
}

QWidget *LineQuestionWidget::focusTarget()
{
    return m_edit;
}

bool LineQuestionWidget::commit(bool fromPause)
{
    m_pause.stop();
    if (!m_dirty || m_readOnly)
        return true;
    Value value;
    QString refusal;
    if (!parse(m_edit->text(), value, refusal)) {
        if (!fromPause)
            showRefusal(refusal);
        return false;
    }
    m_dirty = false;
    if (!answer(value)) {
        m_dirty = true;
        return false;
    }
    return true;
}

bool LineQuestionWidget::commitPending()
{
    return commit(false);
}

void LineQuestionWidget::showValue()
{
    // Typing that is not saved yet is never overwritten.
    if (m_dirty)
        return;
    // Nor is a field rewritten that already says what is stored ("Ana " for "Ana", "05" for
    // 5): the enumerator may be typing on.
    const Value &stored = interview().answer(m_at);
    Value typed;
    QString refusal;
    if (parse(m_edit->text(), typed, refusal) && typed == stored)
        return;
    m_edit->setText(format(stored));
}

void LineQuestionWidget::setReadOnly(bool readOnly)
{
    QuestionWidget::setReadOnly(readOnly);
    m_edit->setReadOnly(readOnly);
}

// ---------------------------------------------------------------------------------------------

TextQuestionWidget::TextQuestionWidget(PageContext &context, Instance at, Layout layout,
                                       QWidget *parent)
    : LineQuestionWidget(context, at, layout, parent)
{
    m_body->addWidget(m_edit);
    // A long text is saved as it is typed, after a pause, so that nothing is lost if the laptop
    // goes down in the middle of it.
    connect(&m_pause, &QTimer::timeout, this, [this] { commit(true); });
}

bool TextQuestionWidget::parse(const QString &typed, Value &value, QString &) const
{
    const QString text = typed.trimmed();
    value = text.isEmpty() ? Value() : Value::text(text.toStdString());
    return true;
}

QString TextQuestionWidget::format(const Value &value) const
{
    return value.kind() == Value::Kind::Text ? qs(value.asText()) : QString();
}

void TextQuestionWidget::showTexts()
{
    LineQuestionWidget::showTexts();
    if (m_layout == Layout::Compact) {
        m_edit->setPlaceholderText(qs(interview().label(m_at)));
        m_edit->setToolTip(qs(interview().label(m_at)));
    }
}

// ---------------------------------------------------------------------------------------------

NumberQuestionWidget::NumberQuestionWidget(PageContext &context, Instance at, QWidget *parent)
    : LineQuestionWidget(context, at, Layout::Full, parent)
{
    const Item &q = item();
    const bool decimal = q.type == QuestionType::Decimal;
    m_edit->setObjectName(QStringLiteral("numberField"));
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(decimal ? QStringLiteral("-?[0-9]*([.,][0-9]*)?")
                                   : QStringLiteral("-?[0-9]*")),
        m_edit));
    m_edit->setMaximumWidth(160);
    m_edit->setAlignment(Qt::AlignRight);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_edit);
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("range"));
    row->addWidget(m_range);
    for (const SpecialCodeDef &s : q.specialCodes) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("specialCode"));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        const int code = s.code;
        connect(button, &QPushButton::clicked, this, [this, code] {
            m_dirty = false;
            m_pause.stop();
            m_edit->clear();
            answer(Value::special(code));
            showValue();
        });
        row->addWidget(button);
        m_specials.emplace_back(code, button);
    }
    row->addStretch(1);
    m_body->addLayout(row);
}

void NumberQuestionWidget::showTexts()
{
    LineQuestionWidget::showTexts();
    const Item &q = item();
    const Interview &i = interview();
    QString range;
    if (q.min && q.max)
        range = tr("from %1 to %2").arg(qs(i.formatNumber(*q.min)), qs(i.formatNumber(*q.max)));
    else if (q.min)
        range = tr("at least %1").arg(qs(i.formatNumber(*q.min)));
    else if (q.max)
        range = tr("at most %1").arg(qs(i.formatNumber(*q.max)));
    m_range->setText(range);
    m_range->setVisible(!range.isEmpty());
    for (auto &[code, button] : m_specials)
        button->setText(qs(i.codeText(q, code)) + QStringLiteral("  ") +
                        qs(i.optionLabel(q, code)));
}

bool NumberQuestionWidget::parse(const QString &typed, Value &value, QString &refusal) const
{
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        // An empty field clears a number, not a special code chosen with its button.
        const Value &stored = interview().answer(m_at);
        value = stored.kind() == Value::Kind::Special ? stored : Value();
        return true;
    }
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double n = text.toDouble(&ok);
    if (!ok) {
        refusal = tr("Not a number: type digits only.");
        return false;
    }
    value = Value::number(n);
    return true;
}

QString NumberQuestionWidget::format(const Value &value) const
{
    if (value.kind() != Value::Kind::Number)
        return {};
    const double n = value.asNumber();
    if (item().type == QuestionType::Integer)
        return QString::number(static_cast<long long>(n));
    return QString::number(n, 'g', 15);
}

void NumberQuestionWidget::showValue()
{
    LineQuestionWidget::showValue();
    const Value &v = interview().answer(m_at);
    for (auto &[code, button] : m_specials)
        button->setChecked(v.kind() == Value::Kind::Special && v.specialCode() == code);
}

void NumberQuestionWidget::setReadOnly(bool readOnly)
{
    LineQuestionWidget::setReadOnly(readOnly);
    for (auto &entry : m_specials)
        entry.second->setEnabled(!readOnly);
}

// ---------------------------------------------------------------------------------------------

DateQuestionWidget::DateQuestionWidget(PageContext &context, Instance at, QWidget *parent)
    : LineQuestionWidget(context, at, Layout::Full, parent)
{
    m_edit->setObjectName(QStringLiteral("dateField"));
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_edit->setMaximumWidth(160);
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9-]{0,10}")), m_edit));
    m_today = new QPushButton(tr("Today"), this);
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_today->setFocusPolicy(Qt::NoFocus);
    connect(m_today, &QPushButton::clicked, this, [this] {
        m_edit->setText(QDate::currentDate().toString(Qt::ISODate));
        m_dirty = true;
        commit(false);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit);
    row->addWidget(m_today);
    row->addStretch(1);
    m_body->addLayout(row);
}

bool DateQuestionWidget::parse(const QString &typed, Value &value, QString &refusal) const
{
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        value = Value();
        return true;
    }
    if (text.size() == 8 && !text.contains(QLatin1Char('-')))
        text = text.left(4) + QLatin1Char('-') + text.mid(4, 2) + QLatin1Char('-') + text.mid(6);
    Date d;
    if (!Date::parse(text.toStdString(), d)) {
        refusal = tr("Not a date: write it as year-month-day, for example 2026-03-02.");
        return false;
    }
    value = Value::date(d);
    return true;
}

QString DateQuestionWidget::format(const Value &value) const
{
    return value.kind() == Value::Kind::Date ? qs(value.asDate().iso()) : QString();
}

void DateQuestionWidget::setReadOnly(bool readOnly)
{
    LineQuestionWidget::setReadOnly(readOnly);
    m_today->setEnabled(!readOnly);
}

// ---------------------------------------------------------------------------------------------

NoteWidget::NoteWidget(PageContext &context, Instance at, QWidget *parent)
    : ItemWidget(context, at, parent)
{
    setObjectName(QStringLiteral("note"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text);
}

void NoteWidget::refresh(uint8_t what)
{
    ItemWidget::refresh(what);
    if (what & Change::Text) {
        QString text = qs(interview().label(m_at));
        const QString instruction = qs(interview().instruction(m_at));
        if (!instruction.isEmpty())
            text += QLatin1Char('\n') + instruction;
        m_text->setText(text);
    }
}

} // namespace enumera::app
