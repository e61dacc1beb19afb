// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gdpr.h"

#include <QJsonArray>

namespace parkett {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject dossierToJson(const CustomerDossier &d)
{
    const Customer &c = d.customer;
    QJsonObject contact;
    for (CustomerField f : customerFields()) {
        if (f == CustomerField::AlternativeEmails)
            continue;
        contact.insert(customerFieldName(f), customerFieldValue(c, f));
    }
    contact.insert(QStringLiteral("alternative_emails"),
                   QJsonArray::fromStringList(c.alternativeEmails));

    QJsonArray flags;
    for (const FlagDefinition &f : d.flags)
        flags.append(
            QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("name"), f.name}});

    QJsonArray consents;
    for (const ConsentRecord &r : d.consents)
        consents.append(QJsonObject{{QStringLiteral("purpose"), consentPurposeName(r.purpose)},
                                    {QStringLiteral("channel"), consentChannelName(r.channel)},
                                    {QStringLiteral("granted"), r.granted},
                                    {QStringLiteral("at"), isoUtc(r.at)},
                                    {QStringLiteral("source"), consentSourceName(r.source)},
                                    {QStringLiteral("recorded_by"), r.userName}});

    QJsonArray history;
    for (const CustomerHistoryEntry &h : d.history)
        history.append(QJsonObject{{QStringLiteral("at"), isoUtc(h.at)},
                                   {QStringLiteral("action"), h.action},
                                   {QStringLiteral("field"), h.field},
                                   {QStringLiteral("old"), h.oldValue},
                                   {QStringLiteral("new"), h.newValue},
                                   {QStringLiteral("by"), h.userName}});

    QJsonArray orders;
    for (const DossierOrder &o : d.orders)
        orders.append(
            QJsonObject{{QStringLiteral("number"), o.number},
                        {QStringLiteral("status"), o.status},
                        {QStringLiteral("channel"), o.channel},
                        {QStringLiteral("created_at"), isoUtc(o.createdAt)},
                        {QStringLiteral("performance"), o.performance},
                        {QStringLiteral("performance_at"), isoUtc(o.performanceAt)},
                        {QStringLiteral("total"), o.total},
                        {QStringLiteral("tickets"), QJsonArray::fromStringList(o.tickets)},
                        {QStringLiteral("payments"), QJsonArray::fromStringList(o.payments)}});

    return QJsonObject{{QStringLiteral("format"), QStringLiteral("parkett-customer-export-1")},
                       {QStringLiteral("exported_at"), isoUtc(d.exportedAt)},
                       {QStringLiteral("number"), c.number},
                       {QStringLiteral("created_at"), isoUtc(c.createdAt)},
                       {QStringLiteral("contact"), contact},
                       {QStringLiteral("flags"), flags},
                       {QStringLiteral("consents"), consents},
                       {QStringLiteral("history"), history},
                       {QStringLiteral("orders"), orders}};
}

Customer anonymisedCustomer(const Customer &customer, const QDateTime &now)
{
    Customer out;
    out.id = customer.id;
    out.number = customer.number;
    out.createdAt = customer.createdAt;
    out.revision = customer.revision;
    out.lastName = QStringLiteral("Anonymised");
    out.address.country = QString();
    out.anonymisedAt = now;
    return out;
}

} // namespace parkett
