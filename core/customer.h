// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/order.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace parkett {

/** A customer, minimal for now: the card issue adds contact details, flags and consent. */
struct Customer
{
    CustomerId id;
    QString number; ///< customer number shown to staff, "C-000042"
    QString firstName;
    QString lastName;
    QString email;
    QString phone; ///< E.164 where it could be normalised
    QDateTime createdAt;

    QString displayName() const;
};

/** Checks what a counter must not store: no name, a malformed e-mail or phone. */
Result<void> validateCustomer(const Customer &customer);
bool isValidEmail(QStringView email);
/** Normalises a phone number to E.164 ("+4512345678"). Numbers without a country prefix get
    \a defaultCountryCode. Returns an error for text that is not a phone number. */
Result<QString> normalizePhone(QStringView phone, QStringView defaultCountryCode = u"45");

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
