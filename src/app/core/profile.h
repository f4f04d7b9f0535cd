// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace enumera::app {

// Who is working on this laptop. Kept in DATA/profile.ini beside the database, so that a data
// folder given with --data-dir is a whole, separate workplace: an enumerator's, or a
// supervisor's (who reviews the team's interviews and runs the sync server on that database).
struct Profile
{
    static constexpr quint16 DefaultServerPort = 8443;

    QString name;
    QString code;                                // the enumerator's (or supervisor's) code
    QString role = QStringLiteral("enumerator"); // "enumerator" or "supervisor"
    QString interfaceLanguage;                   // "" follows the system
    // Supervisor: where the sync server listens, and whether it was running at the last close.
    QString serverAddress = QStringLiteral("0.0.0.0");
    quint16 serverPort = DefaultServerPort;
    bool serverRunning = false;

    bool isSet() const { return !code.isEmpty(); }
    bool isSupervisor() const { return role == QLatin1String("supervisor"); }

    static Profile load(const QString &dataDir);
    bool save(const QString &dataDir) const;
};

} // namespace enumera::app
