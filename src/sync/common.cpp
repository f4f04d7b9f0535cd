// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>

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
    qCWarning(lcSync) << "sync:" << what << "failed:" << e.what();
    return Error{storageFailure(e, database, what.toStdString())};
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
