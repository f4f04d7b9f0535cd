// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"

#include <QCoreApplication>
#include <QDateTime>

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcSync, "enumera.sync", QtWarningMsg)

namespace enumera::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

QDateTime parse(const std::string &utc)
{
    QDateTime t = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate);
    return t;
}

} // namespace

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

Error failure(const std::exception &e, const std::string &database, const QString &what)
{
    QString why = QString::fromUtf8(e.what());
    if (auto *sqlite = dynamic_cast<const SQLite::Exception *>(&e)) {
        switch (sqlite->getErrorCode() & 0xff) {
        case SQLITE_FULL:
            why = Tr::tr("the disk is full");
            break;
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            why = Tr::tr("the database or its folder cannot be written");
            break;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            why = Tr::tr("the database is in use by another program");
            break;
        case SQLITE_CORRUPT:
            why = Tr::tr("the database is damaged");
            break;
        case SQLITE_IOERR:
            why = Tr::tr("the disk could not be read or written");
            break;
        default:
            break;
        }
    }
    qCWarning(lcSync) << "sync:" << what << "failed:" << e.what();
    return Error{Tr::tr("%1 failed for %2: %3; nothing was changed")
                     .arg(what, q(database), why)
                     .toStdString()};
}

std::string shiftedUtc(const std::string &utc, int seconds)
{
    QDateTime t = parse(utc);
    if (!t.isValid())
        return utc;
    return t.toUTC().addSecs(seconds).toString(Qt::ISODateWithMs).toStdString();
}

std::optional<double> secondsFrom(const std::string &a, const std::string &b)
{
    const QDateTime x = parse(a), y = parse(b);
    if (!x.isValid() || !y.isValid())
        return std::nullopt;
    return double(x.msecsTo(y)) / 1000.0;
}

} // namespace enumera::sync
