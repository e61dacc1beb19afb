// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/order.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace parkett {

/** A postal address; \a country is an ISO 3166 alpha-2 code ("DK", "DE", "GB"). */
struct Address
{
    QString street;
    QString postcode;
    QString city;
    QString country = QStringLiteral("DK");

    bool isEmpty() const { return street.isEmpty() && postcode.isEmpty() && city.isEmpty(); }
    friend bool operator==(const Address &, const Address &) = default;
};

/** A customer with contact details. Flags, consents, history and orders live beside it (see
    CustomerService); alternativeEmails are kept even while the feature is switched off. */
struct Customer
{
    CustomerId id;
    QString number; ///< customer number shown to staff, "C-000042"
    QString firstName;
    QString lastName;
    QString email;
    QString phone; ///< E.164 where it could be normalised
    QDateTime createdAt;

    QString mobile; ///< second phone, E.164
    QString company;
    QString language; ///< ISO 639-1, "da", "en"
    QDate birthday;
    Address address;
    QString note; ///< internal, staff only: never shown to the customer or printed
    QStringList alternativeEmails;
    qint64 webAccount = 0; ///< linked web-shop account, 0 when none
    QString webAccountEmail;
    int revision = 0; ///< bumped on every save; a save from an older revision is a conflict
    QDateTime anonymisedAt;

    QString displayName() const;
    bool isAnonymised() const { return anonymisedAt.isValid(); }
};

/** The fields of a customer that staff edit and that the history records by name. */
enum class CustomerField {
    FirstName,
    LastName,
    Email,
    Phone,
    Mobile,
    Company,
    Language,
    Birthday,
    Street,
    Postcode,
    City,
    Country,
    Note,
    AlternativeEmails,
    WebAccount,
};

/** Every editable field, in card order. */
QList<CustomerField> customerFields();
/** Stable machine name used in the history and the export: "first_name", "postcode". */
QString customerFieldName(CustomerField field);
Result<CustomerField> customerFieldFromName(QStringView name);
/** The field's value as text (dates ISO, lists joined by ", "). */
QString customerFieldValue(const Customer &customer, CustomerField field);
/** Sets \a field from the text customerFieldValue() gives. */
void setCustomerFieldValue(Customer &customer, CustomerField field, const QString &value);

enum class FieldProblem { Required, InvalidEmail, InvalidPhone, InvalidPostcode, InvalidDate };

/** A problem with one field, for showing at that field; widgets word it from \a problem. */
struct FieldError
{
    CustomerField field;
    FieldProblem problem;
    QString message; ///< English, for logs and the CLI
};

/** One changed field: what the history keeps. */
struct FieldChange
{
    CustomerField field;
    QString oldValue;
    QString newValue;
};

/** The fields whose values differ between \a before and \a after. */
QList<FieldChange> diffCustomers(const Customer &before, const Customer &after);

/** Checks what a counter must not store: no name, a malformed e-mail or phone. */
Result<void> validateCustomer(const Customer &customer);
/** Every problem, field by field (empty when the customer may be saved). */
QList<FieldError> customerFieldErrors(const Customer &customer);
/** The customer as it is stored: phones in E.164, e-mails trimmed and lower-case domain,
    postcode in the country's canonical spelling. Call after customerFieldErrors() is empty. */
Customer normalizedCustomer(Customer customer);
bool isValidEmail(QStringView email);
/** Checks a postcode against the country's format (DK/NO 4 digits, DE 5, SE "123 45", UK
    outward + inward, ...). Unknown countries accept any non-empty text up to 10 characters. */
bool isValidPostcode(QStringView country, QStringView postcode);
/** Normalises a phone number to E.164 ("+4512345678"). Numbers without a country prefix get
    \a defaultCountryCode. Returns an error for text that is not a phone number. */
Result<QString> normalizePhone(QStringView phone, QStringView defaultCountryCode = u"45");
/** The calling code for an ISO country ("DK" -> "45"), "45" when unknown. */
QString callingCode(QStringView country);

/** How alike two names are, 0 (nothing in common) to 1 (the same after case and accents),
    from the edit distance of the folded names. */
double nameSimilarity(const QString &a, const QString &b);

enum class Role { Admin, BoxOffice, PhoneAgent, Outlet, Supervisor };

struct User
{
    UserId id;
    QString login;
    QString name;
    Role role = Role::BoxOffice;
};

struct Channel
{
    ChannelId id;
    QString name;
    SalesChannelKind kind = SalesChannelKind::BoxOffice;
};

QString channelKindName(SalesChannelKind kind);
Result<SalesChannelKind> channelKindFromName(QStringView name);

} // namespace parkett
