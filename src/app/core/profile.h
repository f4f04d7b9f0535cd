// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace enumera::app {

// Who is working on this laptop. Kept in DATA/profile.ini beside the database, so that a data
// folder given with --data-dir is a whole, separate workplace.
struct Profile
{
    QString name;
    QString code;                                // the enumerator's code: the owner of interviews
    QString role = QStringLiteral("enumerator"); // "supervisor" is for a later version
    QString interfaceLanguage;                   // "" follows the system

    bool isSet() const { return !code.isEmpty(); }

    static Profile load(const QString &dataDir);
    bool save(const QString &dataDir) const;
};

} // namespace enumera::app
