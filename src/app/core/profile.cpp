// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QDir>
#include <QSettings>

namespace enumera::app {

namespace {

QString fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("profile.ini"));
}

} // namespace

Profile Profile::load(const QString &dataDir)
{
    QSettings s(fileIn(dataDir), QSettings::IniFormat);
    Profile p;
    p.name = s.value(QStringLiteral("enumerator/name")).toString();
    p.code = s.value(QStringLiteral("enumerator/code")).toString();
    p.role = s.value(QStringLiteral("enumerator/role"), QStringLiteral("enumerator")).toString();
    if (p.role != QLatin1String("supervisor"))
        p.role = QStringLiteral("enumerator");
    p.interfaceLanguage = s.value(QStringLiteral("interface/language")).toString();
    p.serverAddress = s.value(QStringLiteral("server/address"), p.serverAddress).toString();
    const uint port = s.value(QStringLiteral("server/port"), DefaultServerPort).toUInt();
    p.serverPort = port <= 65535 ? quint16(port) : DefaultServerPort;
    p.serverRunning = s.value(QStringLiteral("server/running"), false).toBool();
    return p;
}

bool Profile::save(const QString &dataDir) const
{
    QDir().mkpath(dataDir);
    QSettings s(fileIn(dataDir), QSettings::IniFormat);
    s.setValue(QStringLiteral("enumerator/name"), name);
    s.setValue(QStringLiteral("enumerator/code"), code);
    s.setValue(QStringLiteral("enumerator/role"), role);
    s.setValue(QStringLiteral("interface/language"), interfaceLanguage);
    if (isSupervisor()) {
        s.setValue(QStringLiteral("server/address"), serverAddress);
        s.setValue(QStringLiteral("server/port"), serverPort);
        s.setValue(QStringLiteral("server/running"), serverRunning);
    }
    s.sync();
    return s.status() == QSettings::NoError;
}

} // namespace enumera::app
