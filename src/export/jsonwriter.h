// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace enumera {

// A member's name quoted once, to be written many times (the names of a form's items).
class JsonKey
{
public:
    explicit JsonKey(std::string_view name);

private:
    friend class JsonWriter;
    std::string m_text; // "name":
};

// Writes JSON as it goes, into a text the caller empties whenever it likes: nothing is kept but
// the nesting. Indented by two spaces, "key": value, one member or element a line, as most
// tools print JSON, so that an export reads well in a diff. Texts are written as UTF-8, with
// only the quote, the backslash and control characters escaped; a byte sequence that is not
// UTF-8 becomes U+FFFD, so that the document is always valid JSON.
class JsonWriter
{
public:
    explicit JsonWriter(std::string &out)
        : m_out(out)
    {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);
    void key(const JsonKey &key);

    void string(std::string_view text);
    void integer(int64_t n);
    void number(double n); // a whole number below 10^15 is written without a decimal point
    void boolean(bool b);
    void null();
    void json(const nlohmann::json &value);
    void json(const nlohmann::ordered_json &value);

    // Shorthands for members.
    void member(std::string_view name, std::string_view text)
    {
        key(name);
        string(text);
    }
    void member(std::string_view name, const char *text)
    {
        key(name);
        string(text);
    }
    void member(std::string_view name, int64_t n)
    {
        key(name);
        integer(n);
    }
    void member(std::string_view name, int n)
    {
        key(name);
        integer(n);
    }
    void member(std::string_view name, bool b)
    {
        key(name);
        boolean(b);
    }

    int depth() const { return int(m_levels.size()); }

private:
    void separate();
    void quoted(std::string_view text);
    void newline(size_t depth);
    template<typename Json>
    void writeJson(const Json &value);

    std::string &m_out;
    std::vector<bool> m_levels; // by depth: whether something has been written at that level
    bool m_afterKey = false;
};

} // namespace enumera
