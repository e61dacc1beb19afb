// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"

#include <cstdlib>
#include <limits>

#include <QLocale>

namespace parkett {

namespace {

struct CurrencyDigits
{
    const char *code;
    int digits;
};

// ISO 4217 currencies whose minor unit is not two digits.
constexpr CurrencyDigits kUnusualDigits[] = {
    {"BHD", 3}, {"BIF", 0}, {"CLF", 4}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IQD", 3},
    {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3},
    {"OMR", 3}, {"PYG", 0}, {"RWF", 0}, {"TND", 3}, {"UGX", 0}, {"UYI", 0}, {"UYW", 4},
    {"VND", 0}, {"VUV", 0}, {"XAF", 0}, {"XOF", 0}, {"XPF", 0},
};

} // namespace

Currency Currency::fromCode(QStringView code)
{
    Currency c;
    if (code.size() != 3)
        return c;
    for (int i = 0; i < 3; ++i) {
        const QChar ch = code.at(i).toUpper();
        if (ch < QLatin1Char('A') || ch > QLatin1Char('Z'))
            return Currency();
        c.m_code[size_t(i)] = char(ch.unicode());
    }
    return c;
}

QString Currency::code() const
{
    if (!isValid())
        return QString();
    return QString::fromLatin1(m_code.data(), 3);
}

int Currency::minorDigits() const
{
    for (const auto &entry : kUnusualDigits) {
        if (entry.code[0] == m_code[0] && entry.code[1] == m_code[1] && entry.code[2] == m_code[2])
            return entry.digits;
    }
    return 2;
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < minorDigits(); ++i)
        factor *= 10;
    return factor;
}

qint64 divideRounded(qint64 a, qint64 b, Rounding rounding)
{
    Q_ASSERT(b > 0);
    const qint64 q = a / b;
    const qint64 r = a % b;
    if (r == 0)
        return q;
    const int sign = a < 0 ? -1 : 1;
    const qint64 absR = r < 0 ? -r : r;
    switch (rounding) {
    case Rounding::Down:
        return q;
    case Rounding::Up:
        return q + sign;
    case Rounding::HalfUp:
        return (absR * 2 >= b) ? q + sign : q;
    case Rounding::HalfEven:
        if (absR * 2 > b)
            return q + sign;
        if (absR * 2 < b)
            return q;
        return (q % 2 == 0) ? q : q + sign;
    }
    return q;
}

namespace {

__extension__ typedef __int128 Int128;

// a * num / den without intermediate overflow for the ranges money uses (128-bit product).
qint64 mulDiv(qint64 a, qint64 num, qint64 den, Rounding rounding)
{
    const Int128 product = static_cast<Int128>(a) * num;
    const Int128 q = product / den;
    const Int128 r = product % den;
    if (r == 0)
        return qint64(q);
    const int sign = product < 0 ? -1 : 1;
    const Int128 absR = r < 0 ? -r : r;
    switch (rounding) {
    case Rounding::Down:
        return qint64(q);
    case Rounding::Up:
        return qint64(q + sign);
    case Rounding::HalfUp:
        return qint64(absR * 2 >= den ? q + sign : q);
    case Rounding::HalfEven:
        if (absR * 2 > den)
            return qint64(q + sign);
        if (absR * 2 < den)
            return qint64(q);
        return qint64(q % 2 == 0 ? q : q + sign);
    }
    return qint64(q);
}

Error mismatch(const Money &a, const Money &b)
{
    return makeError(ErrorCode::CurrencyMismatch,
                     QStringLiteral("cannot combine %1 and %2")
                         .arg(a.currency().code(), b.currency().code()));
}

} // namespace

Result<Money> Money::parse(QStringView text, Currency currency)
{
    if (!currency.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("invalid currency"));
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::ParseError, QStringLiteral("empty amount"));
    bool negative = false;
    if (t.startsWith(QLatin1Char('-'))) {
        negative = true;
        t = t.mid(1);
    } else if (t.startsWith(QLatin1Char('+'))) {
        t = t.mid(1);
    }
    qsizetype sep = t.indexOf(QLatin1Char('.'));
    if (sep < 0)
        sep = t.indexOf(QLatin1Char(','));
    const QStringView whole = sep < 0 ? t : t.left(sep);
    const QStringView frac = sep < 0 ? QStringView() : t.mid(sep + 1);
    const int digits = currency.minorDigits();
    auto bad = [&] {
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("'%1' is not an amount in %2")
                             .arg(text.toString(), currency.code()));
    };
    if (whole.isEmpty() && frac.isEmpty())
        return bad();
    if (frac.size() > digits)
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("'%1' has more than %2 decimals for %3")
                             .arg(text.toString())
                             .arg(digits)
                             .arg(currency.code()));
    qint64 value = 0;
    auto appendDigits = [&](QStringView part) {
        for (QChar ch : part) {
            if (!ch.isDigit() || ch.unicode() > 127)
                return false;
            if (__builtin_mul_overflow(value, qint64(10), &value)
                || __builtin_add_overflow(value, qint64(ch.unicode() - '0'), &value))
                return false;
        }
        return true;
    };
    if (!appendDigits(whole) || !appendDigits(frac))
        return bad();
    for (qsizetype i = frac.size(); i < digits; ++i) {
        if (__builtin_mul_overflow(value, qint64(10), &value))
            return makeError(ErrorCode::Overflow, QStringLiteral("amount too large"));
    }
    return Money(negative ? -value : value, currency);
}

Result<Money> Money::sum(const QList<Money> &amounts, Currency currency)
{
    Money total = zero(currency);
    for (const Money &m : amounts) {
        auto next = total.add(m);
        if (!next)
            return next.error();
        total = *next;
    }
    return total;
}

Result<Money> Money::add(const Money &other) const
{
    if (m_currency != other.m_currency)
        return mismatch(*this, other);
    qint64 out = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &out))
        return makeError(ErrorCode::Overflow, QStringLiteral("amount overflow"));
    return Money(out, m_currency);
}

Result<Money> Money::subtract(const Money &other) const
{
    if (m_currency != other.m_currency)
        return mismatch(*this, other);
    qint64 out = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &out))
        return makeError(ErrorCode::Overflow, QStringLiteral("amount overflow"));
    return Money(out, m_currency);
}

Result<Money> Money::multiply(qint64 factor) const
{
    qint64 out = 0;
    if (__builtin_mul_overflow(m_minor, factor, &out))
        return makeError(ErrorCode::Overflow, QStringLiteral("amount overflow"));
    return Money(out, m_currency);
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor - other.m_minor, m_currency);
}

Money Money::operator*(qint64 factor) const
{
    return Money(m_minor * factor, m_currency);
}

Money Money::percentage(qint64 basisPoints, Rounding rounding) const
{
    return Money(mulDiv(m_minor, basisPoints, 10000, rounding), m_currency);
}

Money Money::vatFromGross(qint64 rateBasisPoints, Rounding rounding) const
{
    return Money(mulDiv(m_minor, rateBasisPoints, 10000 + rateBasisPoints, rounding), m_currency);
}

Money Money::vatOnNet(qint64 rateBasisPoints, Rounding rounding) const
{
    return percentage(rateBasisPoints, rounding);
}

Money Money::fee(qint64 basisPoints, const Money &minimum, const Money &maximum) const
{
    Money f = percentage(basisPoints, Rounding::HalfUp);
    if (minimum.m_currency == m_currency && f.m_minor < minimum.m_minor)
        f.m_minor = minimum.m_minor;
    if (maximum.m_currency == m_currency && maximum.m_minor > 0 && f.m_minor > maximum.m_minor)
        f.m_minor = maximum.m_minor;
    return f;
}

QList<Money> Money::allocate(int parts) const
{
    QList<Money> out;
    if (parts <= 0)
        return out;
    const qint64 base = m_minor / parts;
    qint64 rest = m_minor - base * parts;
    const qint64 step = rest < 0 ? -1 : 1;
    out.reserve(parts);
    for (int i = 0; i < parts; ++i) {
        qint64 v = base;
        if (rest != 0) {
            v += step;
            rest -= step;
        }
        out.append(Money(v, m_currency));
    }
    return out;
}

QString Money::toDecimalString() const
{
    const int digits = m_currency.isValid() ? m_currency.minorDigits() : 2;
    const qint64 factor = m_currency.isValid() ? m_currency.minorPerMajor() : 100;
    const quint64 absMinor = m_minor < 0 ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    QString s = QString::number(absMinor / quint64(factor));
    if (digits > 0) {
        s += QLatin1Char('.');
        s += QStringLiteral("%1").arg(absMinor % quint64(factor), digits, 10, QLatin1Char('0'));
    }
    if (m_minor < 0)
        s.prepend(QLatin1Char('-'));
    return s;
}

QString Money::toString() const
{
    return toDecimalString() + QLatin1Char(' ') + m_currency.code();
}

QString Money::toLocaleString(const QLocale &locale) const
{
    const int digits = m_currency.isValid() ? m_currency.minorDigits() : 2;
    // Digits are formatted from the exact integer; only the grouping comes from the locale.
    const qint64 factor = m_currency.isValid() ? m_currency.minorPerMajor() : 100;
    const qint64 whole = (m_minor < 0 ? -m_minor : m_minor) / factor;
    const qint64 frac = (m_minor < 0 ? -m_minor : m_minor) % factor;
    QString number = locale.toString(whole);
    if (digits > 0) {
        number += locale.decimalPoint();
        number += QStringLiteral("%1").arg(frac, digits, 10, QLatin1Char('0'));
    }
    if (m_minor < 0)
        number.prepend(locale.negativeSign());
    QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) != m_currency.code())
        symbol = m_currency.code();
    // Reuse the locale's placement of the symbol by formatting a probe value.
    const QString probe = locale.toCurrencyString(1.0, QStringLiteral("\x01"));
    const qsizetype at = probe.indexOf(QChar(1));
    if (at <= 0)
        return symbol + QChar(0x00a0) + number;
    return number + QChar(0x00a0) + symbol;
}

std::partial_ordering Money::operator<=>(const Money &other) const
{
    if (m_currency != other.m_currency)
        return std::partial_ordering::unordered;
    return m_minor <=> other.m_minor;
}

} // namespace parkett
