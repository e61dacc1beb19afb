// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/offlinecustomers.h"

#include "core/customerhistory.h"
#include "storage/customerservice.h"
#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/synccache.h"

namespace parkett {

namespace {

// Every table whose rows belong to a customer by customer_id.
const char *const kCustomerTables[] = {
    "orders",
    "customer_emails",
    "customer_flags",
    "customer_consents",
    "customer_history",
};

// The customer's columns the server does not keep: they move with the customer to its
// server id.
constexpr const char *kLocalColumns
    = "created_at, mobile, company, language, birthday, street, postcode, city, country, note,"
      " web_account_id, revision, anonymised_at";

} // namespace

OfflineCustomers::OfflineCustomers(
    Database &db, Outbox &outbox, SyncCache &cache, qint64 terminal, UserId user)
    : m_db(db)
    , m_outbox(outbox)
    , m_cache(cache)
    , m_terminal(terminal)
    , m_user(user)
{}

QJsonObject OfflineCustomers::contactJson(const Customer &customer)
{
    return QJsonObject{{QStringLiteral("firstName"), customer.firstName},
                       {QStringLiteral("lastName"), customer.lastName},
                       {QStringLiteral("email"), customer.email},
                       {QStringLiteral("phone"), customer.phone}};
}

bool OfflineCustomers::changesContact(const Customer &stored, const Customer &edited)
{
    return contactJson(stored) != contactJson(edited);
}

bool OfflineCustomers::isLocal(CustomerId id)
{
    return id.value >= SyncCache::kLocalIdBase;
}

Result<CustomerId> OfflineCustomers::create(const Customer &customer,
                                            const QDateTime &now,
                                            const QUuid &operation)
{
    const QList<FieldError> errors = customerFieldErrors(customer);
    if (!errors.isEmpty())
        return makeError(ErrorCode::InvalidArgument, errors.first().message);
    Customer local = normalizedCustomer(customer);
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto id = m_cache.nextLocalId(QStringLiteral("customers"));
    if (!id)
        return id.error();
    local.id = CustomerId(*id);
    local.number = QStringLiteral("T%1-C%2")
                       .arg(m_terminal)
                       .arg(*id - SyncCache::kLocalIdBase + 1, 6, 10, QLatin1Char('0'));
    auto created = CustomerService(m_db, m_user).adopt(local, now);
    if (!created)
        return created.error();
    if (auto op = m_outbox.append("POST",
                                  QStringLiteral("/v1/customers"),
                                  contactJson(local),
                                  now,
                                  {},
                                  local.id,
                                  operation);
        !op)
        return op.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_outbox.announce();
    return local.id;
}

Result<CustomerId> OfflineCustomers::adopt(Database &db,
                                           SyncCache &cache,
                                           CustomerId local,
                                           const QJsonObject &server)
{
    const CustomerId serverId(server.value(QStringLiteral("id")).toInteger());
    const QString number = server.value(QStringLiteral("number")).toString();
    if (!serverId.isValid() || number.isEmpty())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("the server's customer came without id or number"));
    if (serverId == local)
        return serverId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TransactionGuard tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto localNumber = db.scalar(QStringLiteral("SELECT number FROM customers WHERE id = ?"),
                                 {local.value});
    if (!localNumber)
        return localNumber.error();
    if (localNumber->isValid()) {
        auto known = db.scalar(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"),
                               {serverId.value});
        if (!known)
            return known.error();
        // The feed may have brought the server's customer first: it keeps its row and takes
        // what only this terminal knows. Else the row is copied under the server's id.
        const QString columns = QLatin1StringView(kLocalColumns);
        auto copied = known->isValid()
                          ? db.exec(QStringLiteral("UPDATE customers SET (%1) = (SELECT %1 FROM"
                                                   " customers WHERE id = ?) WHERE id = ?")
                                        .arg(columns),
                                    {local.value, serverId.value})
                          : db.exec(QStringLiteral("INSERT INTO customers (id, number, first_name,"
                                                   " last_name, email, phone, %1) SELECT ?, ?,"
                                                   " first_name, last_name, email, phone, %1"
                                                   " FROM customers WHERE id = ?")
                                        .arg(columns),
                                    {serverId.value, number, local.value});
        if (!copied)
            return copied.error();
        for (const char *table : kCustomerTables) {
            const QString name = QLatin1StringView(table);
            auto moved = db.exec(QStringLiteral("UPDATE OR IGNORE %1 SET customer_id = ?"
                                                " WHERE customer_id = ?")
                                     .arg(name),
                                 {serverId.value, local.value});
            if (!moved)
                return moved.error();
            // What could not move (a flag both rows have) goes with the local row.
            auto left = db.exec(QStringLiteral("DELETE FROM %1 WHERE customer_id = ?").arg(name),
                                {local.value});
            if (!left)
                return left.error();
        }
        auto gone = db.exec(QStringLiteral("DELETE FROM customers WHERE id = ?"), {local.value});
        if (!gone)
            return gone.error();
        auto logged = db.exec(QStringLiteral("INSERT INTO customer_history (customer_id, at,"
                                             " action, field, old_value, new_value)"
                                             " VALUES (?, ?, ?, 'number', ?, ?)"),
                              {serverId.value,
                               Database::timeText(now),
                               QString::fromUtf16(history::kChanged),
                               localNumber->toString(),
                               number});
        if (!logged)
            return logged.error();
    }
    if (auto r = cache.applyCustomer(server, now); !r)
        return r.error();
    // Sales to the customer still waiting (or refused and perhaps sent again later) name it
    // by the server's id from now on.
    auto rewritten = db.exec(QStringLiteral("UPDATE sync_outbox SET body = json_set(body,"
                                            " '$.customer', ?) WHERE state <> 'sent'"
                                            " AND json_extract(body, '$.customer') = ?"),
                             {serverId.value, local.value});
    if (!rewritten)
        return rewritten.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return serverId;
}

} // namespace parkett
