// SPDX-License-Identifier: GPL-3.0-or-later
#include "value.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace enumera {

Value Value::codes(CodeSet c)
{
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
    return Value(std::move(c));
}

bool Date::parse(const std::string &iso, Date &out)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return false;
    auto number = [&](size_t from, size_t len, int &n) {
        const char *begin = iso.data() + from;
        auto [end, ec] = std::from_chars(begin, begin + len, n);
        return ec == std::errc() && end == begin + len;
    };
    int y = 0, m = 0, d = 0;
    if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d))
        return false;
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(unsigned(m)),
                                          std::chrono::day(unsigned(d))};
    if (!ymd.ok())
        return false;
    out.days = int32_t(std::chrono::sys_days(ymd).time_since_epoch().count());
    return true;
}

std::string Date::iso() const
{
    const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(days))};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buffer;
}

static std::string numberText(double n)
{
    if (std::isfinite(n) && n == std::floor(n) && std::fabs(n) < 1e15)
        return std::to_string(static_cast<long long>(n));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", n);
    return buffer;
}

std::string Value::debugText() const
{
    switch (kind()) {
    case Kind::Missing:
        return "(missing)";
    case Kind::Bool:
        return asBool() ? "true" : "false";
    case Kind::Number:
        return numberText(asNumber());
    case Kind::Special:
        return std::to_string(specialCode());
    case Kind::Text:
        return '"' + asText() + '"';
    case Kind::Codes: {
        std::string s = "[";
        for (size_t i = 0; i < asCodes().size(); ++i)
            s += (i ? ", " : "") + std::to_string(asCodes()[i]);
        return s + "]";
    }
    case Kind::Date:
        return asDate().iso();
    }
    return {};
}

} // namespace enumera
