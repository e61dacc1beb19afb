// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace parkett {

class Database;

/** Writes what the server says (docs/api.md JSON) into the local SQLite store, which in
    connected mode is a cache of the server. Rows from the server keep the server's ids and
    are marked (orders.origin = 'server', server_id); orders sold offline here keep a local id
    from kLocalIdBase up and are linked to the server's order by server_id once it answers.
    The server is authoritative: a seat the server gives to an order is taken from any other
    order in the cache. Each call is one transaction (a savepoint inside the caller's). */
class SyncCache
{
public:
    /** Local ids of offline orders and their tickets start here, far above server ids. */
    static constexpr qint64 kLocalIdBase = qint64(1) << 40;

    explicit SyncCache(Database &db, qint64 terminal = 0)
        : m_db(db)
        , m_terminal(terminal)
    {}

    qint64 terminal() const { return m_terminal; }
    void setTerminal(qint64 terminal) { m_terminal = terminal; }

    /** GET /v1/catalog: venues, plans (without documents), productions, price types,
        performances, prices and channels. Returns the plans whose document must be fetched
        (new, or a new version). */
    Result<QList<SeatPlanId>> applyCatalog(const QJsonObject &catalog, const QDateTime &now);
    /** GET /v1/plans/{id}: the plan's native document. */
    Result<void> applyPlan(const QJsonObject &plan);
    /** GET /v1/performances/{id}/snapshot: the orders, and this terminal's leases. Cached
        server orders of the performance that the snapshot no longer lists are cancelled. */
    Result<void> applySnapshot(const QJsonObject &snapshot);
    /** One order as the server sends it; inserted or updated in place. \a localOrder links
        an order sold offline here to the server's. Returns the order's local id. */
    Result<OrderId> applyOrder(PerformanceId performance,
                               const QJsonObject &order,
                               OrderId localOrder = {});
    /** One entry of the change feed. Returns true when the catalogue must be fetched again. */
    Result<bool> applyChange(const QJsonObject &change);
    /** A lease change for \a performance; only this terminal's leases are kept. */
    Result<void> applyLease(PerformanceId performance, const QJsonObject &lease);
    Result<void> applyCustomer(const QJsonObject &customer, const QDateTime &now);
    /** The signed-in user from the login answer, so orders can name their seller. */
    Result<void> applyUser(const QJsonObject &user);
    /** The server refused the offline order \a localOrder: its tickets stop counting in the
        cache (the server's inventory wins) and the reason goes into its history. */
    Result<void> markRefused(OrderId localOrder, const QString &reason, const QDateTime &now);

    /** Performances of the cache that are on sale, by start. */
    Result<QList<PerformanceId>> onSalePerformances();
    /** The next free local id of \a table ("orders" or "tickets") from kLocalIdBase up. */
    Result<qint64> nextLocalId(const QString &table);

private:
    Result<void> upsertTicket(PerformanceId performance,
                              OrderId order,
                              bool orderActive,
                              const QJsonObject &ticket,
                              const QString &currency);
    Result<void> bumpReceiptCounter(const QString &receipt);

    Database &m_db;
    qint64 m_terminal = 0;
};

} // namespace parkett
