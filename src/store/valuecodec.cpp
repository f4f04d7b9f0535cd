// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuecodec.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace enumera {

namespace {

std::string numberText(double n)
{
    if (n == std::floor(n) && std::fabs(n) < 1e15)
        return std::to_string(static_cast<long long>(n));
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", n);
    return buffer;
}

bool parseNumber(const std::string &text, double &out)
{
    const char *end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

} // namespace

StoredValue encodeValue(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::Number:
        return {'n', numberText(v.asNumber())};
    case Value::Kind::Special:
        return {'s', std::to_string(v.specialCode())};
    case Value::Kind::Text:
        return {'t', v.asText()};
    case Value::Kind::Codes: {
        std::string s;
        for (int c : v.asCodes())
            s += (s.empty() ? "" : ",") + std::to_string(c);
        return {'c', s};
    }
    case Value::Kind::Date:
        return {'d', v.asDate().iso()};
    case Value::Kind::Bool:
        return {'b', v.asBool() ? "1" : "0"};
    case Value::Kind::Missing:
        break;
    }
    return {'t', ""};
}

bool decodeValue(char kind, const std::string &text, Value &out)
{
    switch (kind) {
    case 'n': {
        double n = 0;
        if (!parseNumber(text, n))
            return false;
        out = Value::number(n);
        return true;
    }
    case 's': {
        double n = 0;
        if (!parseNumber(text, n))
            return false;
        out = Value::special(int(n));
        return true;
    }
    case 't':
        out = Value::text(text);
        return true;
    case 'c': {
        CodeSet codes;
        size_t pos = 0;
        while (pos < text.size()) {
            size_t end = text.find(',', pos);
            if (end == std::string::npos)
                end = text.size();
            int code = 0;
            auto [ptr, ec] = std::from_chars(text.data() + pos, text.data() + end, code);
            if (ec != std::errc() || ptr != text.data() + end)
                return false;
            codes.push_back(code);
            pos = end + 1;
        }
        out = Value::codes(std::move(codes));
        return true;
    }
    case 'd': {
        Date d;
        if (!Date::parse(text, d))
            return false;
        out = Value::date(d);
        return true;
    }
    case 'b':
        out = Value::boolean(text == "1");
        return true;
    default:
        return false;
    }
}

std::string valueJson(const Value &v)
{
    nlohmann::json j;
    switch (v.kind()) {
    case Value::Kind::Missing:
        j = nullptr;
        break;
    case Value::Kind::Bool:
        j = v.asBool();
        break;
    case Value::Kind::Number:
        if (v.asNumber() == std::floor(v.asNumber()) && std::fabs(v.asNumber()) < 1e15)
            j = static_cast<long long>(v.asNumber());
        else
            j = v.asNumber();
        break;
    case Value::Kind::Special:
        j = v.specialCode();
        break;
    case Value::Kind::Text:
        j = v.asText();
        break;
    case Value::Kind::Codes:
        j = v.asCodes();
        break;
    case Value::Kind::Date:
        j = v.asDate().iso();
        break;
    }
    return j.dump();
}

} // namespace enumera
