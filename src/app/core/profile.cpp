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
    p.interfaceLanguage = s.value(QStringLiteral("interface/language")).toString();
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
    s.sync();
    return s.status() == QSettings::NoError;
}

} // namespace enumera::app
