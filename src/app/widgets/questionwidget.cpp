// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionwidget.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace enumera::app {

QuestionWidget::QuestionWidget(PageContext &context, Instance at, Layout layout, QWidget *parent)
    : ItemWidget(context, at, parent)
    , m_layout(layout)
{
    setObjectName(layout == Layout::Full ? QStringLiteral("question") : QStringLiteral("specify"));
    setFocusPolicy(Qt::StrongFocus);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(layout == Layout::Full ? QMargins(16, 12, 16, 12) : QMargins());
    outer->setSpacing(6);

    if (layout == Layout::Full) {
        auto *header = new QHBoxLayout;
        header->setSpacing(10);
        m_name = new QLabel(qs(item().name), this);
        m_name->setObjectName(QStringLiteral("questionName"));
        m_name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_label = new QLabel(this);
        m_label->setObjectName(QStringLiteral("questionLabel"));
        m_label->setWordWrap(true);
        m_label->setTextFormat(Qt::PlainText);
        m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        header->addWidget(m_name, 0, Qt::AlignTop);
        header->addWidget(m_label, 1);
        m_openComment = new QPushButton(tr("Comment…"), this);
        header->addWidget(m_openComment, 0, Qt::AlignTop);
        outer->addLayout(header);

        m_instruction = new QLabel(this);
        m_instruction->setObjectName(QStringLiteral("instruction"));
        m_instruction->setWordWrap(true);
        m_instruction->setTextFormat(Qt::PlainText);
        outer->addWidget(m_instruction);
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("hint"));
        m_hint->setWordWrap(true);
        m_hint->setTextFormat(Qt::PlainText);
        outer->addWidget(m_hint);
    }

    m_body = new QVBoxLayout;
    m_body->setSpacing(4);
    m_body->setContentsMargins(layout == Layout::Full ? QMargins(0, 4, 0, 0) : QMargins());
    outer->addLayout(m_body);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    outer->addWidget(m_message);

    // A warning is confirmed with a reason: a line to type it and a button.
    m_openConfirm = new QPushButton(tr("Confirm…"), this);
    m_openConfirm->setObjectName(QStringLiteral("openConfirm"));
    m_openConfirm->setToolTip(tr("The respondent confirms the answer (Ctrl+K)"));
    m_openConfirm->setFocusPolicy(Qt::NoFocus);
    m_openConfirm->hide();
    m_confirmBar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_confirmBar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLineEdit(m_confirmBar);
    m_reason->setObjectName(QStringLiteral("confirmReason"));
    m_reason->setPlaceholderText(tr("Why the answer stands (as the respondent said)"));
    m_confirmButton = new QPushButton(tr("Confirm"), m_confirmBar);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    bar->addWidget(m_reason, 1);
    bar->addWidget(m_confirmButton);
    m_confirmBar->hide();
    auto *messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(0, 0, 0, 0);
    messageRow->addWidget(m_openConfirm);
    messageRow->addWidget(m_confirmBar, 1);
    messageRow->addStretch(0);
    if (!m_openComment) {
        m_openComment = new QPushButton(tr("Comment…"), this);
        messageRow->addWidget(m_openComment);
    }
    outer->addLayout(messageRow);

    // The supervisor's comments, and in review the field to add one.
    m_comments = new QWidget(this);
    auto *comments = new QVBoxLayout(m_comments);
    comments->setContentsMargins(0, 2, 0, 0);
    comments->setSpacing(4);
    m_comments->hide();
    outer->addWidget(m_comments);
    m_openComment->setObjectName(QStringLiteral("openComment"));
    m_openComment->setToolTip(tr("Comment on this question, for the enumerator (Ctrl+M)"));
    m_openComment->setFocusPolicy(Qt::NoFocus);
    m_openComment->setVisible(m_context.canComment());
    m_commentBar = new QWidget(this);
    auto *commentBar = new QHBoxLayout(m_commentBar);
    commentBar->setContentsMargins(0, 0, 0, 0);
    m_commentField = new QLineEdit(m_commentBar);
    m_commentField->setObjectName(QStringLiteral("commentField"));
    m_commentField->setPlaceholderText(tr("What the enumerator should check or correct here"));
    auto *saveComment = new QPushButton(tr("Add comment"), m_commentBar);
    saveComment->setObjectName(QStringLiteral("saveComment"));
    auto *cancelComment = new QPushButton(tr("Cancel"), m_commentBar);
    cancelComment->setObjectName(QStringLiteral("cancelComment"));
    commentBar->addWidget(m_commentField, 1);
    commentBar->addWidget(saveComment);
    commentBar->addWidget(cancelComment);
    m_commentBar->hide();
    outer->addWidget(m_commentBar);
    connect(m_openComment, &QPushButton::clicked, this, &QuestionWidget::openComment);
    m_saveComment = [this] {
        const QString text = m_commentField->text().trimmed();
        if (text.isEmpty()) {
            m_commentField->setFocus();
            return;
        }
        if (m_context.addComment(m_at, text)) {
            m_commentField->clear();
            m_commentBar->hide();
            m_openComment->show();
            showComments();
            focusEditor();
        }
    };
    auto cancel = [this] {
        m_commentField->clear();
        m_commentBar->hide();
        m_openComment->setVisible(m_context.canComment());
        focusEditor();
    };
    connect(saveComment, &QPushButton::clicked, this, [this] { m_saveComment(); });
    connect(cancelComment, &QPushButton::clicked, this, cancel);
    m_commentField->installEventFilter(this);

    connect(m_openConfirm, &QPushButton::clicked, this, &QuestionWidget::openConfirmation);
    auto confirm = [this] {
        const QString reason = m_reason->text().trimmed();
        if (reason.isEmpty()) {
            m_reason->setFocus();
            return;
        }
        if (m_context.confirmWarnings(m_at, reason)) {
            m_confirmBar->hide();
            focusEditor();
        }
    };
    connect(m_confirmButton, &QPushButton::clicked, this, confirm);
    connect(m_reason, &QLineEdit::returnPressed, this, confirm);
    installEventFilter(this);
}

void QuestionWidget::refresh(uint8_t what)
{
    ItemWidget::refresh(what);
    if (what & Change::Relevance)
        showComments();
    if (what & Change::Text)
        showTexts();
    if (what & (Change::Value | Change::Text))
        showValue();
    if (what & (Change::Value | Change::Outcome | Change::Relevance | Change::Text))
        showOutcome();
}

void QuestionWidget::showTexts()
{
    if (m_layout != Layout::Full)
        return;
    const Interview &i = interview();
    m_label->setText(qs(i.label(m_at)));
    const QString instruction = qs(i.instruction(m_at));
    m_instruction->setText(instruction);
    m_instruction->setVisible(!instruction.isEmpty());
    const QString hint = qs(i.hint(m_at));
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString QuestionWidget::rangeMessage() const
{
    return qs(interview().rangeMessage(m_at));
}

void QuestionWidget::showOutcome()
{
    const Interview &i = interview();
    const QuestionState s = i.state(m_at);
    QString text;
    QString kind;
    bool canConfirm = false;
    if (!m_refusal.isEmpty()) {
        text = m_refusal;
        kind = QStringLiteral("error");
    } else if (s.relevant && s.outcome == Outcome::OutOfRange) {
        text = rangeMessage();
        kind = QStringLiteral("error");
    } else if (s.relevant && s.outcome == Outcome::Error) {
        QStringList messages;
        for (int v : s.failingErrors)
            messages << qs(i.validationMessage(m_at, v));
        text = messages.join(QLatin1Char('\n'));
        kind = QStringLiteral("error");
    } else if (s.relevant && s.outcome == Outcome::Warning) {
        QStringList messages;
        for (int v : s.failingWarnings)
            messages << qs(i.validationMessage(m_at, v));
        text = messages.join(QLatin1Char('\n'));
        if (s.confirmed) {
            text += QLatin1Char('\n') + tr("Confirmed: %1").arg(qs(i.confirmationReason(m_at)));
            kind = QStringLiteral("confirmed");
        } else {
            kind = QStringLiteral("warning");
            canConfirm = !m_readOnly;
        }
    }
    m_message->setText(text);
    m_message->setProperty("kind", kind);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setVisible(!text.isEmpty());
    setProperty("outcome", kind);
    style()->unpolish(this);
    style()->polish(this);
    m_openConfirm->setVisible(canConfirm && !m_confirmBar->isVisible());
    if (!canConfirm)
        m_confirmBar->hide();
}

void QuestionWidget::showRefusal(const QString &text)
{
    m_refusal = text;
    showOutcome();
}

void QuestionWidget::openConfirmation()
{
    if (m_readOnly || !m_openConfirm->isVisible())
        return;
    m_openConfirm->hide();
    m_confirmBar->show();
    m_reason->setFocus();
}

void QuestionWidget::showComments()
{
    QLayout *layout = m_comments->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::vector<Comment> comments = m_context.commentsAt(m_at);
    for (const Comment &c : comments) {
        const QDateTime at = QDateTime::fromString(qs(c.at.utc), Qt::ISODateWithMs).toLocalTime();
        auto *label = new QLabel(m_comments);
        label->setObjectName(QStringLiteral("comment"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setText(tr("<b>Comment by %1</b>, %2<br>%3")
                           .arg(qs(c.author).toHtmlEscaped(),
                                QLocale().toString(at, QLocale::ShortFormat),
                                qs(c.text).toHtmlEscaped()));
        layout->addWidget(label);
    }
    m_comments->setVisible(!comments.empty());
    setProperty("commented", !comments.empty());
    style()->unpolish(this);
    style()->polish(this);
}

void QuestionWidget::openComment()
{
    if (!m_context.canComment())
        return;
    m_openComment->hide();
    m_commentBar->show();
    m_commentField->setFocus();
}

void QuestionWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showOutcome();
}

void QuestionWidget::focusEditor()
{
    focusTarget()->setFocus(Qt::OtherFocusReason);
}

void QuestionWidget::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    setProperty("current", current);
    style()->unpolish(this);
    style()->polish(this);
    update();
}

bool QuestionWidget::answer(const Value &value)
{
    QString refusal;
    const bool ok = m_context.setAnswer(m_at, value, &refusal);
    if (m_refusal != refusal)
        showRefusal(refusal);
    return ok;
}

bool QuestionWidget::toggle(int code, bool selected)
{
    QString refusal;
    const bool ok = m_context.toggleOption(m_at, code, selected, &refusal);
    if (m_refusal != refusal)
        showRefusal(refusal);
    return ok;
}

void QuestionWidget::watchKeys(QWidget *editor)
{
    editor->installEventFilter(this);
}

bool QuestionWidget::handleKey(QKeyEvent *)
{
    return false;
}

bool QuestionWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        m_context.questionFocused(this);
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return ItemWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_commentField) {
        // The comment's own keys: Enter saves it and stays at the question (the key goes no
        // further, where it would move on to the next question), Escape leaves it.
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_saveComment();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_commentField->clear();
            m_commentBar->hide();
            m_openComment->setVisible(m_context.canComment());
            focusEditor();
            return true;
        }
        return false;
    }
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mods != Qt::NoModifier)
            break;
        [[fallthrough]];
    case Qt::Key_Tab:
        if (key->key() == Qt::Key_Tab && mods != Qt::NoModifier)
            break;
        if (commitPending())
            m_context.moveNext(this);
        return true;
    case Qt::Key_Backtab:
        if (commitPending())
            m_context.movePrevious(this);
        return true;
    case Qt::Key_K:
        if (mods == Qt::ControlModifier) {
            openConfirmation();
            return true;
        }
        break;
    default:
        break;
    }
    if (!m_readOnly && handleKey(key))
        return true;
    return ItemWidget::eventFilter(watched, event);
}

void QuestionWidget::focusInEvent(QFocusEvent *event)
{
    ItemWidget::focusInEvent(event);
    QWidget *target = focusTarget();
    if (target != this)
        target->setFocus(Qt::OtherFocusReason);
}

void QuestionWidget::keyPressEvent(QKeyEvent *event)
{
    ItemWidget::keyPressEvent(event);
}

} // namespace enumera::app
