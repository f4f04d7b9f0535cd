// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace enumera {

// Milliseconds since 1970 of an ISO 8601 instant as the store writes them
// ("2026-03-02T09:00:00.250Z", or with an offset "+01:00"); nothing if it is not one.
std::optional<int64_t> instantMs(std::string_view s);

// The interviewing time of an interview: the gaps between consecutive events of its enumerator,
// those longer than the idle limit left out (an interruption, the night between two visits).
// The export's duration_seconds, and what the supervisor's screens show.
class Duration
{
public:
    static constexpr int DefaultIdleSeconds = 900;

    explicit Duration(int idleSeconds = DefaultIdleSeconds)
        : m_idleMs(int64_t(idleSeconds) * 1000)
    {}
    void reset()
    {
        m_totalMs = 0;
        m_last.reset();
    }
    // The next event of the enumerator, at an instant as the store writes it; one that is not
    // an instant is passed over.
    void add(std::string_view at);
    // Whether any event was added.
    bool any() const { return m_last.has_value(); }
    int64_t seconds() const { return (m_totalMs + 500) / 1000; }

private:
    int64_t m_idleMs;
    int64_t m_totalMs = 0;
    std::optional<int64_t> m_last;
};

} // namespace enumera
