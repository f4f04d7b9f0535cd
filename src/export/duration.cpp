// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration.h"

namespace enumera {

std::optional<int64_t> instantMs(std::string_view s)
{
    auto digits = [&](size_t at, size_t count, int &out) {
        if (at + count > s.size())
            return false;
        out = 0;
        for (size_t i = at; i < at + count; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(0, 4, year) || s.size() < 19 || s[4] != '-' || !digits(5, 2, month) ||
        s[7] != '-' || !digits(8, 2, day) || s[10] != 'T' || !digits(11, 2, hour) || s[13] != ':' ||
        !digits(14, 2, minute) || s[16] != ':' || !digits(17, 2, second))
        return std::nullopt;
    size_t i = 19;
    int ms = 0;
    if (i < s.size() && s[i] == '.') {
        int scale = 100;
        for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, scale /= 10)
            ms += (s[i] - '0') * scale;
    }
    int offset = 0;
    if (i < s.size() && s[i] == 'Z') {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        int h = 0, m = 0;
        if (!digits(i + 1, 2, h) || i + 3 >= s.size() || s[i + 3] != ':' || !digits(i + 4, 2, m))
            return std::nullopt;
        offset = (s[i] == '-' ? -1 : 1) * (h * 60 + m);
        i += 6;
    }
    if (i != s.size() || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    // Days from civil (proleptic Gregorian), after H. Hinnant's algorithm.
    const int y = year - (month <= 2);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const int64_t days = int64_t(era) * 146097 + doe - 719468;
    return ((days * 24 + hour) * 60 + minute - offset) * 60000 + int64_t(second) * 1000 + ms;
}

void Duration::add(std::string_view at)
{
    const std::optional<int64_t> t = instantMs(at);
    if (!t)
        return;
    if (m_last && *t >= *m_last && *t - *m_last <= m_idleMs)
        m_totalMs += *t - *m_last;
    m_last = t;
}

} // namespace enumera
