// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace enumera {

// A declared special code stored as an answer (77 = Don't know, ...).
struct SpecialCode
{
    int code = 0;
    bool operator==(const SpecialCode &) const = default;
};

// A calendar date, as days since 1970-01-01.
struct Date
{
    int32_t days = 0;
    bool operator==(const Date &) const = default;
    auto operator<=>(const Date &) const = default;

    static bool parse(const std::string &iso, Date &out); // YYYY-MM-DD, a real day
    std::string iso() const;
};

// The selected codes of a multiple-choice answer, sorted, without duplicates.
using CodeSet = std::vector<int>;

// An answer, a calculated value or the result of an expression.
//
// Missing stands for every value that is not known: an unanswered question, a question that
// is not relevant, a special code used in arithmetic, or an unknown condition.
class Value
{
public:
    enum class Kind : uint8_t { Missing, Bool, Number, Special, Text, Codes, Date };

    Value() = default;
    static Value boolean(bool b) { return Value(b); }
    static Value number(double n) { return Value(n); }
    static Value special(int code) { return Value(SpecialCode{code}); }
    static Value text(std::string s) { return Value(std::move(s)); }
    static Value codes(CodeSet c);
    static Value date(Date d) { return Value(d); }

    Kind kind() const { return static_cast<Kind>(m_data.index()); }
    bool isMissing() const { return kind() == Kind::Missing; }
    bool isKnown() const { return !isMissing(); }

    bool asBool() const { return std::get<bool>(m_data); }
    double asNumber() const { return std::get<double>(m_data); }
    int specialCode() const { return std::get<SpecialCode>(m_data).code; }
    const std::string &asText() const { return std::get<std::string>(m_data); }
    const CodeSet &asCodes() const { return std::get<CodeSet>(m_data); }
    Date asDate() const { return std::get<Date>(m_data); }

    bool isTrue() const { return kind() == Kind::Bool && asBool(); }

    // Identity, for change detection: the same kind and the same content.
    bool operator==(const Value &other) const = default;

    // The value as a short text for diagnostics and scripts (not for respondents).
    std::string debugText() const;

private:
    template<typename T>
    explicit Value(T v)
        : m_data(std::move(v))
    {}

    std::variant<std::monostate, bool, double, SpecialCode, std::string, CodeSet, Date> m_data;
};

} // namespace enumera
