// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customer.h"

#include <algorithm>

#include <QRegularExpression>

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

QList<CustomerField> customerFields()
{
    return {CustomerField::FirstName,
            CustomerField::LastName,
            CustomerField::Email,
            CustomerField::Phone,
            CustomerField::Mobile,
            CustomerField::Company,
            CustomerField::Language,
            CustomerField::Birthday,
            CustomerField::Street,
            CustomerField::Postcode,
            CustomerField::City,
            CustomerField::Country,
            CustomerField::Note,
            CustomerField::AlternativeEmails,
            CustomerField::WebAccount};
}

QString customerFieldName(CustomerField field)
{
    static const char *const names[] = {"first_name",
                                        "last_name",
                                        "email",
                                        "phone",
                                        "mobile",
                                        "company",
                                        "language",
                                        "birthday",
                                        "street",
                                        "postcode",
                                        "city",
                                        "country",
                                        "note",
                                        "alternative_emails",
                                        "web_account"};
    return QString::fromLatin1(names[int(field)]);
}

Result<CustomerField> customerFieldFromName(QStringView name)
{
    for (CustomerField f : customerFields()) {
        if (customerFieldName(f) == name)
            return f;
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown customer field \"%1\"").arg(name.toString()));
}

QString customerFieldValue(const Customer &c, CustomerField field)
{
    switch (field) {
    case CustomerField::FirstName:
        return c.firstName;
    case CustomerField::LastName:
        return c.lastName;
    case CustomerField::Email:
        return c.email;
    case CustomerField::Phone:
        return c.phone;
    case CustomerField::Mobile:
        return c.mobile;
    case CustomerField::Company:
        return c.company;
    case CustomerField::Language:
        return c.language;
    case CustomerField::Birthday:
        return c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString();
    case CustomerField::Street:
        return c.address.street;
    case CustomerField::Postcode:
        return c.address.postcode;
    case CustomerField::City:
        return c.address.city;
    case CustomerField::Country:
        return c.address.country;
    case CustomerField::Note:
        return c.note;
    case CustomerField::AlternativeEmails:
        return c.alternativeEmails.join(QStringLiteral(", "));
    case CustomerField::WebAccount:
        return c.webAccount != 0 ? c.webAccountEmail : QString();
    }
    return QString();
}

void setCustomerFieldValue(Customer &c, CustomerField field, const QString &value)
{
    switch (field) {
    case CustomerField::FirstName:
        c.firstName = value;
        break;
    case CustomerField::LastName:
        c.lastName = value;
        break;
    case CustomerField::Email:
        c.email = value;
        break;
    case CustomerField::Phone:
        c.phone = value;
        break;
    case CustomerField::Mobile:
        c.mobile = value;
        break;
    case CustomerField::Company:
        c.company = value;
        break;
    case CustomerField::Language:
        c.language = value;
        break;
    case CustomerField::Birthday:
        c.birthday = QDate::fromString(value, Qt::ISODate);
        break;
    case CustomerField::Street:
        c.address.street = value;
        break;
    case CustomerField::Postcode:
        c.address.postcode = value;
        break;
    case CustomerField::City:
        c.address.city = value;
        break;
    case CustomerField::Country:
        c.address.country = value;
        break;
    case CustomerField::Note:
        c.note = value;
        break;
    case CustomerField::AlternativeEmails:
        c.alternativeEmails.clear();
        for (const QString &e : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.alternativeEmails.append(e.trimmed());
        break;
    case CustomerField::WebAccount:
        c.webAccountEmail = value; // the id is set by linking, not by text
        break;
    }
}

QList<FieldChange> diffCustomers(const Customer &before, const Customer &after)
{
    QList<FieldChange> out;
    for (CustomerField f : customerFields()) {
        const QString a = customerFieldValue(before, f);
        const QString b = customerFieldValue(after, f);
        if (a != b)
            out.append(FieldChange{f, a, b});
    }
    return out;
}

QString callingCode(QStringView country)
{
    static const std::pair<const char *, const char *> codes[] = {{"DK", "45"},
                                                                  {"NO", "47"},
                                                                  {"SE", "46"},
                                                                  {"DE", "49"},
                                                                  {"GB", "44"},
                                                                  {"UK", "44"},
                                                                  {"NL", "31"},
                                                                  {"FR", "33"},
                                                                  {"PL", "48"},
                                                                  {"UA", "380"},
                                                                  {"US", "1"},
                                                                  {"FI", "358"},
                                                                  {"IS", "354"},
                                                                  {"AT", "43"},
                                                                  {"CH", "41"},
                                                                  {"ES", "34"},
                                                                  {"IT", "39"},
                                                                  {"BE", "32"}};
    for (const auto &[iso, code] : codes) {
        if (country.compare(QLatin1StringView(iso), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(code);
    }
    return QStringLiteral("45");
}

bool isValidPostcode(QStringView country, QStringView postcode)
{
    const QString p = postcode.trimmed().toString().toUpper();
    if (p.isEmpty())
        return false;
    static const std::pair<const char *, const char *> formats[] = {
        {"DK", "^[0-9]{4}$"},
        {"NO", "^[0-9]{4}$"},
        {"AT", "^[0-9]{4}$"},
        {"CH", "^[0-9]{4}$"},
        {"BE", "^[0-9]{4}$"},
        {"DE", "^[0-9]{5}$"},
        {"FR", "^[0-9]{5}$"},
        {"ES", "^[0-9]{5}$"},
        {"IT", "^[0-9]{5}$"},
        {"FI", "^[0-9]{5}$"},
        {"UA", "^[0-9]{5}$"},
        {"SE", "^[0-9]{3} ?[0-9]{2}$"},
        {"PL", "^[0-9]{2}-[0-9]{3}$"},
        {"NL", "^[0-9]{4} ?[A-Z]{2}$"},
        {"IS", "^[0-9]{3}$"},
        {"US", "^[0-9]{5}(-[0-9]{4})?$"},
        {"GB", "^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$"},
        {"UK", "^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$"},
    };
    for (const auto &[iso, pattern] : formats) {
        if (country.compare(QLatin1StringView(iso), Qt::CaseInsensitive) == 0)
            return QRegularExpression(QString::fromLatin1(pattern)).match(p).hasMatch();
    }
    return p.size() <= 10;
}

QList<FieldError> customerFieldErrors(const Customer &c)
{
    QList<FieldError> out;
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty())
        out.append({CustomerField::LastName,
                    FieldProblem::Required,
                    QStringLiteral("a customer needs a name")});
    if (!c.email.isEmpty() && !isValidEmail(c.email.trimmed()))
        out.append({CustomerField::Email,
                    FieldProblem::InvalidEmail,
                    QStringLiteral("'%1' is not a valid e-mail address").arg(c.email)});
    for (const QString &e : c.alternativeEmails) {
        if (!isValidEmail(e.trimmed())) {
            out.append({CustomerField::AlternativeEmails,
                        FieldProblem::InvalidEmail,
                        QStringLiteral("'%1' is not a valid e-mail address").arg(e)});
            break;
        }
    }
    const QString code = callingCode(c.address.country);
    if (!c.phone.isEmpty()) {
        if (auto p = normalizePhone(c.phone, code); !p)
            out.append({CustomerField::Phone, FieldProblem::InvalidPhone, p.error().message});
    }
    if (!c.mobile.isEmpty()) {
        if (auto p = normalizePhone(c.mobile, code); !p)
            out.append({CustomerField::Mobile, FieldProblem::InvalidPhone, p.error().message});
    }
    if (!c.address.postcode.isEmpty() && !isValidPostcode(c.address.country, c.address.postcode))
        out.append({CustomerField::Postcode,
                    FieldProblem::InvalidPostcode,
                    QStringLiteral("'%1' is not a postcode in %2")
                        .arg(c.address.postcode, c.address.country)});
    if (c.birthday.isValid() && c.createdAt.isValid() && c.birthday > c.createdAt.date())
        out.append({CustomerField::Birthday,
                    FieldProblem::InvalidDate,
                    QStringLiteral("the birthday is in the future")});
    return out;
}

Customer normalizedCustomer(Customer c)
{
    const QString code = callingCode(c.address.country);
    c.firstName = c.firstName.trimmed();
    c.lastName = c.lastName.trimmed();
    c.email = c.email.trimmed();
    if (!c.phone.isEmpty()) {
        if (auto p = normalizePhone(c.phone, code))
            c.phone = *p;
    }
    if (!c.mobile.isEmpty()) {
        if (auto p = normalizePhone(c.mobile, code))
            c.mobile = *p;
    }
    c.address.country = c.address.country.trimmed().toUpper();
    c.address.postcode = c.address.postcode.trimmed().toUpper();
    QStringList alternatives;
    for (const QString &e : std::as_const(c.alternativeEmails)) {
        const QString t = e.trimmed();
        if (!t.isEmpty() && !alternatives.contains(t, Qt::CaseInsensitive)
            && t.compare(c.email, Qt::CaseInsensitive) != 0)
            alternatives.append(t);
    }
    c.alternativeEmails = alternatives;
    return c;
}

Result<void> validateCustomer(const Customer &customer)
{
    const QList<FieldError> errors = customerFieldErrors(customer);
    if (!errors.isEmpty())
        return makeError(ErrorCode::InvalidArgument, errors.first().message);
    return {};
}

namespace {

QString foldName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.isLetterOrNumber())
            out += ch.toCaseFolded();
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
    }
    return out.trimmed();
}

} // namespace

double nameSimilarity(const QString &a, const QString &b)
{
    const QString x = foldName(a);
    const QString y = foldName(b);
    if (x.isEmpty() || y.isEmpty())
        return 0.0;
    if (x == y)
        return 1.0;
    // Levenshtein distance over two rows.
    QList<int> prev(y.size() + 1), cur(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    const double longest = double(std::max(x.size(), y.size()));
    return 1.0 - prev[y.size()] / longest;
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
