// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace enumera {

// Every answer takes the time, so it is read from the C library directly: through QDateTime
// (its time zone machinery and its ISO text) it cost an eighth of the processor time of an
// answer.
Timestamp Timestamp::now()
{
    using namespace std::chrono;
    const auto sinceEpoch = system_clock::now().time_since_epoch();
    const std::time_t seconds =
        std::time_t(duration_cast<std::chrono::seconds>(sinceEpoch).count());
    const int ms = int(duration_cast<milliseconds>(sinceEpoch).count() % 1000);
    std::tm utc{}, local{};
    gmtime_r(&seconds, &utc);
    localtime_r(&seconds, &local);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, ms);
    return {text, int(local.tm_gmtoff / 60)};
}

} // namespace enumera
