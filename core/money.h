// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <array>
#include <compare>

#include <QList>
#include <QString>

class QLocale;

namespace parkett {

/** An ISO 4217 currency: three upper-case letters and the number of minor-unit digits. */
class Currency
{
public:
    constexpr Currency() = default;

    /** Returns an invalid currency when \a code is not three ASCII letters. */
    static Currency fromCode(QStringView code);

    bool isValid() const { return m_code[0] != 0; }
    QString code() const;
    /** Minor-unit digits as listed in ISO 4217 (EUR 2, JPY 0, KWD 3, ...). */
    int minorDigits() const;
    qint64 minorPerMajor() const;

    auto operator<=>(const Currency &) const = default;

private:
    std::array<char, 3> m_code{0, 0, 0};
};

enum class Rounding {
    HalfUp,   ///< commercial rounding: halves away from zero (VAT on receipts)
    HalfEven, ///< banker's rounding
    Down,     ///< towards zero
    Up,       ///< away from zero
};

/** Exact money: integer minor units and a currency. Never a double. */
class Money
{
public:
    constexpr Money() = default;
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    {}

    static Money zero(Currency currency) { return Money(0, currency); }
    /** Parses "12", "12.5", "-1234.56" (a dot or comma as decimal separator). */
    static Result<Money> parse(QStringView text, Currency currency);
    static Result<Money> sum(const QList<Money> &amounts, Currency currency);

    qint64 minorUnits() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    /** Checked arithmetic: currency mismatch and overflow are errors. */
    Result<Money> add(const Money &other) const;
    Result<Money> subtract(const Money &other) const;
    Result<Money> multiply(qint64 factor) const;

    /** Same-currency arithmetic for code that has already checked; asserts on mismatch. */
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    Money operator*(qint64 factor) const;
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }

    /** This amount times basisPoints / 10000 (1 bp = 0.01 %), rounded. */
    Money percentage(qint64 basisPoints, Rounding rounding = Rounding::HalfUp) const;
    /** The VAT contained in this gross amount at \a rateBasisPoints (2500 = 25 %). */
    Money vatFromGross(qint64 rateBasisPoints, Rounding rounding = Rounding::HalfUp) const;
    /** The VAT to add on top of this net amount. */
    Money vatOnNet(qint64 rateBasisPoints, Rounding rounding = Rounding::HalfUp) const;
    /** A percentage fee clamped to [minimum, maximum] (a zero maximum means no maximum). */
    Money fee(qint64 basisPoints, const Money &minimum, const Money &maximum) const;
    /** Splits into \a parts amounts that add up exactly; earlier parts get the extra units. */
    QList<Money> allocate(int parts) const;

    /** Machine text: "-12.50 EUR". */
    QString toString() const;
    /** Decimal part only, "12.50", for data exchange. */
    QString toDecimalString() const;
    /** Locale formatting for people: "kr. 125,00", "€12.50". */
    QString toLocaleString(const QLocale &locale) const;

    bool operator==(const Money &) const = default;
    /** Ordering is only meaningful within one currency. */
    std::partial_ordering operator<=>(const Money &other) const;

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

/** Divides a / b rounding as asked. b must be positive. */
qint64 divideRounded(qint64 a, qint64 b, Rounding rounding);

} // namespace parkett
