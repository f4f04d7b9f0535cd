// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>

namespace enumera {

// An instant: ISO 8601 in UTC ("2026-12-03T10:12:23.123Z"), with the local offset from UTC in
// minutes kept beside it (-300 in Lima, -180 in São Paulo).
struct Timestamp
{
    std::string utc;
    int offsetMinutes = 0;

    static Timestamp now();
    bool operator==(const Timestamp &) const = default;
};

using Clock = std::function<Timestamp()>;

} // namespace enumera
