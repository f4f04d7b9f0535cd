// SPDX-License-Identifier: GPL-3.0-or-later
// Result<T>: a value or a message a person can act on.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace enumera {

// The error half of a Result: a message in words, for the person who can fix the cause.
struct Error
{
    std::string message;
};

template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &std::get<T>(m_state); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T &operator*() { return std::get<T>(m_state); }
    const T &operator*() const { return std::get<T>(m_state); }

    const std::string &error() const { return std::get<Error>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

// A Result with nothing to return on success.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error.message))
    {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const std::string &error() const { return *m_error; }

private:
    std::optional<std::string> m_error;
};

} // namespace enumera
