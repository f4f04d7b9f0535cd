// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace enumera {

namespace {

// The length of the UTF-8 sequence starting at s[i], or 0 when it is not one (an overlong form,
// a surrogate, a code point above U+10FFFF, a cut sequence).
size_t utf8Length(std::string_view s, size_t i)
{
    const auto byte = [&](size_t k) {
        return static_cast<unsigned char>(s[k]);
    };
    const unsigned char c = byte(i);
    size_t length = 0;
    uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (i + length > s.size())
        return 0;
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u)
            return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return length;
}

} // namespace

void JsonWriter::newline(size_t depth)
{
    static const std::string_view spaces = "\n                                                  "
                                           "                                                  ";
    if (depth * 2 < spaces.size()) {
        m_out.append(spaces.data(), depth * 2 + 1);
        return;
    }
    m_out += '\n';
    m_out.append(depth * 2, ' ');
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    if (m_levels.back())
        m_out += ',';
    m_levels.back() = true;
    newline(m_levels.size());
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_levels.push_back(false);
}

void JsonWriter::endObject()
{
    const bool filled = m_levels.back();
    m_levels.pop_back();
    if (filled)
        newline(m_levels.size());
    m_out += '}';
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_levels.push_back(false);
}

void JsonWriter::endArray()
{
    endObject();
    m_out.back() = ']';
}

void JsonWriter::key(std::string_view name)
{
    separate();
    quoted(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::string(std::string_view text)
{
    separate();
    quoted(text);
}

namespace {

// `text` as a JSON string, appended to `out`.
void appendQuoted(std::string &out, std::string_view text)
{
    out += '"';
    size_t i = 0;
    while (i < text.size()) {
        // Copy the longest run that needs no escaping at once.
        size_t run = i;
        while (run < text.size()) {
            const auto c = static_cast<unsigned char>(text[run]);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
                break;
            ++run;
        }
        out.append(text.data() + i, run - i);
        i = run;
        if (i == text.size())
            break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            if (const size_t length = utf8Length(text, i)) {
                out.append(text.data() + i, length);
                i += length;
            } else {
                out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
                ++i;
            }
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
        }
        ++i;
    }
    out += '"';
}

} // namespace

JsonKey::JsonKey(std::string_view name)
{
    appendQuoted(m_text, name);
    m_text += ": ";
}

void JsonWriter::quoted(std::string_view text)
{
    appendQuoted(m_out, text);
}

void JsonWriter::key(const JsonKey &key)
{
    separate();
    m_out += key.m_text;
    m_afterKey = true;
}

void JsonWriter::integer(int64_t n)
{
    separate();
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
    m_out.append(buffer, size_t(end - buffer));
}

void JsonWriter::number(double n)
{
    if (!std::isfinite(n)) {
        null();
        return;
    }
    if (n == std::floor(n) && std::fabs(n) < 1e15) {
        integer(static_cast<int64_t>(n));
        return;
    }
    separate();
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
    m_out.append(buffer, size_t(end - buffer));
}

void JsonWriter::boolean(bool b)
{
    separate();
    m_out += b ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

template<typename Json>
void JsonWriter::writeJson(const Json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::object:
        beginObject();
        for (auto it = value.begin(); it != value.end(); ++it) {
            key(it.key());
            writeJson(it.value());
        }
        endObject();
        break;
    case nlohmann::json::value_t::array:
        beginArray();
        for (const auto &element : value)
            writeJson(element);
        endArray();
        break;
    case nlohmann::json::value_t::string:
        string(value.template get_ref<const std::string &>());
        break;
    case nlohmann::json::value_t::boolean:
        boolean(value.template get<bool>());
        break;
    case nlohmann::json::value_t::number_integer:
        integer(value.template get<int64_t>());
        break;
    case nlohmann::json::value_t::number_unsigned:
        number(double(value.template get<uint64_t>()));
        break;
    case nlohmann::json::value_t::number_float:
        number(value.template get<double>());
        break;
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
        null();
        break;
    }
}

void JsonWriter::json(const nlohmann::json &value)
{
    writeJson(value);
}

void JsonWriter::json(const nlohmann::ordered_json &value)
{
    writeJson(value);
}

} // namespace enumera
