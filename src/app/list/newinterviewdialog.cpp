// SPDX-License-Identifier: GPL-3.0-or-later
#include "newinterviewdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace enumera::app {

NewInterviewDialog::NewInterviewDialog(const QStringList &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("newInterviewDialog"));
    setWindowTitle(tr("New interview"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *label = new QLabel(tr("Household identification"), this);
    label->setObjectName(QStringLiteral("fieldLabel"));
    m_household = new QLineEdit(this);
    m_household->setObjectName(QStringLiteral("householdField"));
    m_household->setPlaceholderText(tr("As written on the assignment, e.g. H-0001"));
    label->setBuddy(m_household);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("hint"));
    m_note->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_household);
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start interview"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startInterview"));
    m_start->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_household, &QLineEdit::textChanged, this, &NewInterviewDialog::check);
    check();
}

QString NewInterviewDialog::household() const
{
    return m_household->text().trimmed();
}

void NewInterviewDialog::check()
{
    const QString h = household();
    m_start->setEnabled(!h.isEmpty());
    const bool twice = m_existing.contains(h, Qt::CaseInsensitive);
    if (twice)
        m_note->setText(tr("This household already has an interview in the list. Start another "
                           "one only if that is what the assignment says."));
    else
        m_note->setText(tr("The interview opens at its first question."));
    // A household interviewed twice is a warning, shown as one (the question screen's style).
    m_note->setObjectName(twice ? QStringLiteral("message") : QStringLiteral("hint"));
    m_note->setProperty("kind", twice ? QStringLiteral("warning") : QString());
    m_note->style()->unpolish(m_note);
    m_note->style()->polish(m_note);
    // The note may now take two lines: the dialog grows to show them whole.
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}

} // namespace enumera::app
