// SPDX-License-Identifier: GPL-3.0-or-later
#include "texts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace enumera::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Texts)
};

} // namespace

QString fingerprintReadAloud(const QString &fingerprint)
{
    QString digits;
    for (QChar c : fingerprint)
        if (c.isDigit() || (c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('F')))
            digits += c.toUpper();
    digits.truncate(FingerprintDigitsReadAloud);
    QString out;
    for (qsizetype i = 0; i < digits.size(); i += 4)
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + digits.mid(i, 4);
    return out;
}

QString localTime(const std::string &utc)
{
    if (utc.empty())
        return {};
    const QDateTime t = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODateWithMs);
    if (!t.isValid())
        return QString::fromStdString(utc);
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return Tr::tr("%1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace enumera::app
