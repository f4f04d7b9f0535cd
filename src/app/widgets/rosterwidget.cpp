// SPDX-License-Identifier: GPL-3.0-or-later
#include "rosterwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace enumera::app {

bool confirmRemoveRow(QWidget *parent, const QString &title)
{
    QMessageBox box(QMessageBox::Warning, QObject::tr("Remove %1?").arg(title),
                    QObject::tr("Remove %1 and all its answers from this interview?").arg(title),
                    QMessageBox::NoButton, parent);
    QPushButton *remove = box.addButton(QObject::tr("Remove"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QObject::tr("Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    // Back to the window, so that the keyboard goes on where it was.
    if (parent)
        parent->window()->activateWindow();
    return box.clickedButton() == remove;
}

RowFrame::RowFrame(PageContext &context, const Row &row, bool removable, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_row(row)
{
    setObjectName(QStringLiteral("rosterRow"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("rowTitle"));
    header->addWidget(m_title, 1);
    if (removable) {
        m_remove = new QPushButton(tr("Remove"), this);
        m_remove->setObjectName(QStringLiteral("removeRow"));
        m_remove->setFocusPolicy(Qt::NoFocus);
        connect(m_remove, &QPushButton::clicked, this, [this] {
            if (confirmRemoveRow(this, m_title->text()))
                m_context.removeRow(m_row);
        });
        header->addWidget(m_remove);
    }
    layout->addLayout(header);
    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    layout->addLayout(m_body);
    refreshTitle();
}

void RowFrame::refreshTitle()
{
    m_title->setText(qs(m_context.interview().rowTitle(m_row)));
}

void RowFrame::setReadOnly(bool readOnly)
{
    if (m_remove)
        m_remove->setVisible(!readOnly);
}

// ---------------------------------------------------------------------------------------------

RosterWidget::RosterWidget(PageContext &context, Instance at, bool pagedRows, QWidget *parent)
    : ItemWidget(context, at, parent)
    , m_paged(pagedRows)
{
    setObjectName(QStringLiteral("roster"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("rosterTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(10);
    layout->addLayout(m_rows);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setProperty("kind", QStringLiteral("error"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    const Item &roster = item();
    const bool grown = roster.rosterKind == RosterKind::Grown;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_add->setVisible(grown);
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] { m_context.addRow(m_at); });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    layout->addLayout(addRow);

    const auto &rows = interview().rows(at);
    if (m_paged) {
        for (const auto &row : rows) {
            auto *entry = new QFrame(this);
            entry->setObjectName(QStringLiteral("rowEntry"));
            auto *h = new QHBoxLayout(entry);
            h->setContentsMargins(12, 8, 8, 8);
            auto *title = new QLabel(entry);
            title->setObjectName(QStringLiteral("rowTitle"));
            auto *summary = new QLabel(entry);
            summary->setObjectName(QStringLiteral("rowSummary"));
            auto *open = new QPushButton(tr("Open"), entry);
            open->setObjectName(QStringLiteral("openRow"));
            open->setFocusPolicy(Qt::NoFocus);
            const Row *r = row.get();
            connect(open, &QPushButton::clicked, this, [this, r] { m_context.openRow(*r); });
            QPushButton *remove = nullptr;
            h->addWidget(title, 1);
            h->addWidget(summary);
            h->addWidget(open);
            if (grown) {
                remove = new QPushButton(tr("Remove"), entry);
                remove->setObjectName(QStringLiteral("removeRow"));
                remove->setFocusPolicy(Qt::NoFocus);
                connect(remove, &QPushButton::clicked, this, [this, r, title] {
                    if (confirmRemoveRow(this, title->text()))
                        m_context.removeRow(*r);
                });
                h->addWidget(remove);
            }
            entry->setVisible(r->relevant);
            m_rows->addWidget(entry);
            m_entries[r] = {title, summary, remove};
        }
    }
}

QString RosterWidget::rowNoun() const
{
    const Item &roster = item();
    const Interview &i = interview();
    if (const TextTemplate *t = roster.rowTitle.in(i.language(), i.form().defaultLanguage))
        if (!t->segments.empty() && t->segments.front().expr == NoExpr) {
            const QString noun = qs(t->segments.front().literal).trimmed();
            if (!noun.isEmpty())
                return noun;
        }
    return tr("row");
}

void RosterWidget::refresh(uint8_t what)
{
    ItemWidget::refresh(what);
    const Interview &i = interview();
    if (what & Change::Text)
        m_title->setText(qs(i.label(m_at)));
    const QuestionState s = i.state(m_at);
    QStringList messages;
    if (s.relevant)
        for (int v : s.failingErrors)
            messages << qs(i.validationMessage(m_at, v));
    m_message->setText(messages.join(QLatin1Char('\n')));
    m_message->setVisible(!messages.isEmpty());
    const int next = int(i.rows(m_at).size()) + 1;
    m_add->setText(tr("+ Add %1 %2").arg(rowNoun().toLower()).arg(next));
    const Item &roster = item();
    m_add->setEnabled(roster.maxRows == 0 || next <= roster.maxRows);
}

void RosterWidget::setReadOnly(bool readOnly)
{
    m_add->setVisible(!readOnly && item().rosterKind == RosterKind::Grown);
    for (auto &[row, entry] : m_entries)
        if (entry.remove)
            entry.remove->setVisible(!readOnly);
}

void RosterWidget::refreshEntries(const std::function<QString(const Row &)> &summary)
{
    for (auto &[row, entry] : m_entries) {
        entry.title->setText(qs(interview().rowTitle(*row)));
        entry.summary->setText(summary(*row));
        entry.title->parentWidget()->setVisible(row->relevant);
    }
}

} // namespace enumera::app
