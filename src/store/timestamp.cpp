// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp.h"

#include <QDateTime>

namespace enumera {

Timestamp Timestamp::now()
{
    const QDateTime local = QDateTime::currentDateTime();
    return {local.toUTC().toString(Qt::ISODateWithMs).toStdString(), local.offsetFromUtc() / 60};
}

double secondsBetween(const std::string &a, const std::string &b)
{
    const QDateTime x = QDateTime::fromString(QString::fromStdString(a), Qt::ISODateWithMs);
    const QDateTime y = QDateTime::fromString(QString::fromStdString(b), Qt::ISODateWithMs);
    if (!x.isValid() || !y.isValid())
        return 0;
    return double(x.msecsTo(y)) / 1000.0;
}

} // namespace enumera
