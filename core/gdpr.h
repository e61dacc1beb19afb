// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/consent.h"
#include "core/customer.h"
#include "core/customerflag.h"
#include "core/customerhistory.h"

#include <QJsonObject>
#include <QList>

namespace parkett {

/** One order as the export lists it. */
struct DossierOrder
{
    QString number;
    QString status;
    QString channel;
    QDateTime createdAt;
    QString performance;
    QDateTime performanceAt;
    QString total; ///< formatted amount with currency
    QStringList tickets;
    QStringList payments;
};

/** Everything held about one customer: what a GDPR access request gets. */
struct CustomerDossier
{
    Customer customer;
    QList<FlagDefinition> flags;
    QList<ConsentRecord> consents;
    QList<CustomerHistoryEntry> history;
    QList<DossierOrder> orders;
    QDateTime exportedAt;
};

/** The dossier as JSON (stable keys; dates ISO 8601 UTC). The internal note is included: the
    customer is entitled to it. */
QJsonObject dossierToJson(const CustomerDossier &dossier);

/** The customer with all personal data removed (names, contact, address, birthday, note,
    alternative e-mails, web link); identity, number and creation time stay so the orders
    remain for accounting. */
Customer anonymisedCustomer(const Customer &customer, const QDateTime &now);

} // namespace parkett
