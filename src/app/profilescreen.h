// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace enumera::app {

// Who is working: asked on the first start, and editable later from the list. The role is
// kept as "enumerator"; a supervisor role comes with a later version.
class ProfileScreen : public QWidget
{
    Q_OBJECT

public:
    ProfileScreen(const Profile &profile, bool firstStart, QWidget *parent = nullptr);
    Profile profile() const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *codeField() const { return m_code; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void saved(const Profile &profile);
    void cancelled();

private:
    void check();

    Profile m_profile;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace enumera::app
