// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;
class QLineEdit;
class QPushButton;

namespace enumera::app {

// Who is working: asked on the first start, and editable later from the list. The first start
// also asks the role (an enumerator who interviews, or a supervisor who reviews the team's
// interviews); the role of a data folder is not changed afterwards.
class ProfileScreen : public QWidget
{
    Q_OBJECT

public:
    ProfileScreen(const Profile &profile, bool firstStart, QWidget *parent = nullptr);
    Profile profile() const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *codeField() const { return m_code; }
    QRadioButton *enumeratorRole() const { return m_enumeratorRole; }
    QRadioButton *supervisorRole() const { return m_supervisorRole; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void saved(const Profile &profile);
    void cancelled();

private:
    void check();
    void roleChanged();

    Profile m_profile;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeLabel = nullptr;
    QRadioButton *m_enumeratorRole = nullptr;
    QRadioButton *m_supervisorRole = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace enumera::app
