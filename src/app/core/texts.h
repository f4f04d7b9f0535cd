// SPDX-License-Identifier: GPL-3.0-or-later
// Texts the screens share: instants and durations for people, and a certificate's fingerprint
// in the form that is read aloud.
#pragma once

#include <QString>

#include <string>

namespace enumera::app {

// How many hexadecimal digits of the server's certificate fingerprint the supervisor reads out
// and the enumerator types when pairing (64 bits; the pairing code protects the rest).
constexpr int FingerprintDigitsReadAloud = 16;

// "0F28 C7A1 93B2 55E0": the first digits of a fingerprint ("0F:28:C7:..."), in groups of four.
QString fingerprintReadAloud(const QString &fingerprint);

// An ISO 8601 UTC instant in the local time, short: "3/2/26 10:05 AM". "" stays "".
QString localTime(const std::string &utc);

// "1 h 05 min", "12 min", "40 s".
QString durationText(qint64 seconds);

} // namespace enumera::app
