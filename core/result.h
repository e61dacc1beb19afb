// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace parkett {

/** What went wrong, as a value. The message is for logs and the CLI; widgets compose their own
    text from the code where they need to. */
enum class ErrorCode {
    InvalidArgument,
    NotFound,
    CurrencyMismatch,
    Overflow,
    IllegalTransition,
    ReservationExpired,
    SeatUnavailable,
    CapacityExceeded,
    PriceMissing,
    Conflict,
    SchemaTooNew,
    CorruptDatabase,
    StorageFailure,
    ParseError,
    RuleViolation,    ///< a seating rule of the plan (distancing, area or table limits) refuses it
    PermissionDenied, ///< the user's role may not do this (release or sell a hold, ...)
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

/** An expected-style result: a value or an Error. Never throws across module boundaries. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace parkett
