// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customer.h"

namespace parkett {

QString Customer::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

bool isValidEmail(QStringView email)
{
    // The practical subset of RFC 5322 a box office accepts: local@domain.tld, no spaces.
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != email.lastIndexOf(QLatin1Char('@')) || at == email.size() - 1)
        return false;
    const QStringView local = email.left(at);
    const QStringView domain = email.mid(at + 1);
    if (local.size() > 64 || domain.size() > 253)
        return false;
    for (QChar ch : email) {
        if (ch.isSpace() || ch.category() == QChar::Other_Control)
            return false;
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QStringLiteral("..")))
        return false;
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot >= domain.size() - 2)
        return false;
    if (domain.contains(QStringLiteral("..")) || domain.startsWith(QLatin1Char('-')))
        return false;
    for (QChar ch : domain) {
        if (!(ch.isLetterOrNumber() || ch == QLatin1Char('-') || ch == QLatin1Char('.')))
            return false;
    }
    return true;
}

Result<QString> normalizePhone(QStringView phone, QStringView defaultCountryCode)
{
    QString digits;
    bool international = false;
    const QStringView t = phone.trimmed();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar ch = t.at(i);
        if (ch == QLatin1Char('+') && i == 0) {
            international = true;
        } else if (ch.isDigit() && ch.unicode() < 128) {
            digits += ch;
        } else if (ch == QLatin1Char(' ') || ch == QLatin1Char('-') || ch == QLatin1Char('(')
                   || ch == QLatin1Char(')') || ch == QLatin1Char('.') || ch == QLatin1Char('/')) {
            continue;
        } else {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("'%1' is not a phone number").arg(phone.toString()));
        }
    }
    if (!international && digits.startsWith(QStringLiteral("00"))) {
        international = true;
        digits.remove(0, 2);
    }
    if (!international) {
        if (digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1); // national trunk prefix
        digits.prepend(defaultCountryCode.toString());
    }
    // E.164: at most 15 digits; shorter than 7 is not a reachable number.
    if (digits.size() < 7 || digits.size() > 15)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' has the wrong number of digits for a phone number")
                             .arg(phone.toString()));
    return QLatin1Char('+') + digits;
}

Result<void> validateCustomer(const Customer &customer)
{
    if (customer.firstName.trimmed().isEmpty() && customer.lastName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a customer needs a name"));
    if (!customer.email.isEmpty() && !isValidEmail(customer.email))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' is not a valid e-mail address").arg(customer.email));
    if (!customer.phone.isEmpty()) {
        if (auto p = normalizePhone(customer.phone); !p)
            return p.error();
    }
    return {};
}

QString channelKindName(SalesChannelKind kind)
{
    static const char *const names[] = {"box-office", "phone", "web", "outlet"};
    return QString::fromLatin1(names[int(kind)]);
}

Result<SalesChannelKind> channelKindFromName(QStringView name)
{
    for (int i = 0; i < 4; ++i) {
        if (channelKindName(SalesChannelKind(i)) == name)
            return SalesChannelKind(i);
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown channel \"%1\"").arg(name.toString()));
}

} // namespace parkett
