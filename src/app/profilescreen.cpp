// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilescreen.h"

#include "core/translations.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace enumera::app {

ProfileScreen::ProfileScreen(const Profile &profile, bool firstStart, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("profileScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("question"));
    card->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    auto *title = new QLabel(firstStart ? tr("Welcome to Enumera") : tr("Who is working"), card);
    title->setObjectName(QStringLiteral("screenTitle"));
    auto *intro = new QLabel(firstStart ? tr("Before you start: who is working on this laptop? "
                                             "Your code goes with every interview you make, or "
                                             "every decision you take on one.")
                                        : tr("Your name and code go with every change you make."),
                             card);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("hint"));
    layout->addWidget(title);
    layout->addWidget(intro);

    // The role: chosen once, on the first start, for this data folder.
    m_enumeratorRole = new QRadioButton(tr("Enumerator: I interview households"), card);
    m_enumeratorRole->setObjectName(QStringLiteral("roleEnumerator"));
    m_supervisorRole = new QRadioButton(
        tr("Supervisor: I review my team's interviews and run the sync server"), card);
    m_supervisorRole->setObjectName(QStringLiteral("roleSupervisor"));
    (profile.isSupervisor() ? m_supervisorRole : m_enumeratorRole)->setChecked(true);
    if (firstStart) {
        auto *roles = new QVBoxLayout;
        roles->setSpacing(6);
        roles->addWidget(m_enumeratorRole);
        roles->addWidget(m_supervisorRole);
        layout->addLayout(roles);
    } else {
        m_enumeratorRole->hide();
        m_supervisorRole->hide();
        auto *role = new QLabel(profile.isSupervisor()
                                    ? tr("This laptop is a supervisor's (its data folder holds the "
                                         "team and what it sent).")
                                    : tr("This laptop is an enumerator's."),
                                card);
        role->setObjectName(QStringLiteral("hint"));
        role->setWordWrap(true);
        layout->addWidget(role);
    }
    connect(m_enumeratorRole, &QRadioButton::toggled, this, &ProfileScreen::roleChanged);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    m_name = new QLineEdit(profile.name, card);
    m_name->setObjectName(QStringLiteral("enumeratorNameField"));
    m_name->setPlaceholderText(tr("First name and surname"));
    m_code = new QLineEdit(profile.code, card);
    m_code->setObjectName(QStringLiteral("enumeratorCodeField"));
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{1,32}")), m_code));
    m_language = new QComboBox(card);
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    m_language->addItem(tr("As the system"), QString());
    for (const QString &code : interfaceLanguages()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(profile.interfaceLanguage)));
    m_codeLabel = new QLabel(card);
    form->addRow(tr("Name"), m_name);
    form->addRow(m_codeLabel, m_code);
    form->addRow(tr("Interface language"), m_language);
    layout->addLayout(form);
    auto *note =
        new QLabel(tr("A change of the interface language shows from the next start."), card);
    note->setObjectName(QStringLiteral("hint"));
    note->setWordWrap(true);
    note->setVisible(!firstStart);
    layout->addWidget(note);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    if (!firstStart) {
        auto *cancel = new QPushButton(tr("Cancel"), card);
        connect(cancel, &QPushButton::clicked, this, &ProfileScreen::cancelled);
        buttons->addWidget(cancel);
    }
    m_save = new QPushButton(firstStart ? tr("Start") : tr("Save"), card);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_save->setDefault(true);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_save->isEnabled())
            emit saved(this->profile());
    });
    connect(m_name, &QLineEdit::textChanged, this, &ProfileScreen::check);
    connect(m_code, &QLineEdit::textChanged, this, &ProfileScreen::check);
    connect(m_name, &QLineEdit::returnPressed, m_code, qOverload<>(&QWidget::setFocus));
    connect(m_code, &QLineEdit::returnPressed, m_save, &QPushButton::click);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    roleChanged();
    check();
    m_name->setFocus();
}

void ProfileScreen::roleChanged()
{
    const bool supervisor = m_supervisorRole->isChecked();
    m_codeLabel->setText(supervisor ? tr("Supervisor code") : tr("Enumerator code"));
    m_code->setPlaceholderText(supervisor ? tr("As given by the survey office, e.g. S-03")
                                          : tr("As given by the survey office, e.g. E-017"));
}

Profile ProfileScreen::profile() const
{
    Profile p = m_profile;
    p.name = m_name->text().trimmed();
    p.code = m_code->text().trimmed();
    p.role =
        m_supervisorRole->isChecked() ? QStringLiteral("supervisor") : QStringLiteral("enumerator");
    p.interfaceLanguage = m_language->currentData().toString();
    return p;
}

void ProfileScreen::check()
{
    m_save->setEnabled(!m_name->text().trimmed().isEmpty() && !m_code->text().trimmed().isEmpty());
}

} // namespace enumera::app
