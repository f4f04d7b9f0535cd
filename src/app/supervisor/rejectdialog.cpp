// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace enumera::app {

RejectDialog::RejectDialog(const QString &household, int comments, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(tr("Send back to the enumerator"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *intro = new QLabel(tr("Household %1 goes back to the enumerator at their next sync, "
                                "with this reason at the top and your %n comment(s) at the "
                                "questions. Corrected and completed again, it comes back as the "
                                "next revision.",
                                nullptr, comments)
                                 .arg(household),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setPlaceholderText(tr("What should the enumerator check or correct?"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(120);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send back"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendBack"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto check = [this] {
        m_send->setEnabled(!reason().isEmpty());
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, check);
    check();
    m_reason->setFocus();
}

QString RejectDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace enumera::app
