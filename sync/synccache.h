// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"
#include "protocol/messages.h"
#include "storage/statementcache.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace parkett {

class Database;
class SnapshotOrders;

/** Writes what the server says (docs/api.md JSON) into the local SQLite store, which in
    connected mode is a cache of the server. Rows from the server keep the server's ids and
    are marked (orders.origin = 'server', server_id); orders sold offline here keep a local id
    from kLocalIdBase up and are linked to the server's order by server_id once it answers.
    The server is authoritative: a seat the server gives to an order is taken from any other
    order in the cache. Each call is one transaction (a savepoint inside the caller's).
    Answers are read through protocol/'s codecs: a malformed one changes nothing and is
    refused with ErrorCode::ParseError naming the field ("orders[3].tickets[0].seat must be
    an integer"). Holds of other terminals (the change feed's "hold" entries and the
    snapshot's holds) are kept in sync_holds and shown to the inventory as seat blocks and
    zone holds under the hold code serverHoldCode(), until they are released, expire, or an
    order takes their places. */
class SyncCache
{
public:
    /** Local ids of offline orders and their tickets start here, far above server ids. */
    static constexpr qint64 kLocalIdBase = qint64(1) << 40;
    /** The hold code under which places held at other terminals appear in the inventory. */
    static QString serverHoldCode() { return QStringLiteral("server-hold"); }

    explicit SyncCache(Database &db, qint64 terminal = 0)
        : m_db(db)
        , m_terminal(terminal)
        , m_statements(db, false)
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
    Result<OrderId> applyOrder(PerformanceId performance,
                               const protocol::WireOrder &order,
                               OrderId localOrder = {});
    /** One entry of the change feed. Returns true when the catalogue must be fetched again. */
    Result<bool> applyChange(const QJsonObject &change);
    Result<bool> applyChange(const protocol::WireChange &change);
    /** A lease change for \a performance; only this terminal's leases are kept. */
    Result<void> applyLease(PerformanceId performance, const QJsonObject &lease);
    /** A hold change for \a performance (docs/api.md, kind "hold"): another terminal's hold
        makes its places unavailable here; "released" frees them. This terminal's own holds
        are left out: they only live between hold and confirm of a sale made here. */
    Result<void> applyHold(PerformanceId performance, const QJsonObject &hold, const QDateTime &now);
    /** Drops the holds of every performance that ran out by \a now (their release may never
        come: a snapshot's holds carry no id); returns how many performances changed. */
    Result<int> expireHolds(const QDateTime &now);
    /** Drops holds that ran out by \a now and rewrites the inventory's view of the rest. */
    Result<void> refreshHolds(PerformanceId performance, const QDateTime &now);
    /** A customer change (docs/api.md, kind "customer"): the server's fields, flags and
        block; "anonymised" erases what this terminal keeps of the person too, and
        "mergedInto" merges the cached duplicate into the survivor and drops it. */
    Result<void> applyCustomer(const QJsonObject &customer, const QDateTime &now);
    /** \a duplicate was merged into \a survivor on the server: what the cache holds of it
        moves to the survivor (CustomerService::merge()) and it leaves the cache; nothing
        when the cache holds either not. */
    Result<void> applyMergedCustomer(CustomerId duplicate,
                                     CustomerId survivor,
                                     const QDateTime &now);
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
    /** Keeps each statement prepared for the length of a snapshot (the statements go when
        it ends, so none outlives the call or the connection). */
    class StatementScope;
    /** Runs \a sql as Database::exec does; within a StatementScope the statement is
        prepared once and reused. */
    Result<CachedQuery> exec(const QString &sql, std::initializer_list<QVariant> binds = {})
    {
        return m_statements.exec(sql, binds);
    }
    /** Value of the first column of the first row, or an invalid QVariant. */
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> binds = {})
    {
        return m_statements.scalar(sql, binds);
    }
    enum class Write {
        Alone,                ///< one order, from the change feed or an answer
        Snapshot,             ///< the performance's holds and leases are written after its orders
        IntoEmptyPerformance, ///< a snapshot of a performance the cache held nothing of
    };
    /** One order without a transaction of its own. */
    Result<OrderId> writeOrder(PerformanceId performance,
                               const protocol::WireOrder &order,
                               OrderId localOrder,
                               Write write);
    /** The orders of a snapshot into a performance the cache holds nothing of, as writeOrder
        would write them with Write::IntoEmptyPerformance, through SQLite's C API; false (and
        nothing written) when the connection gives no native handle. */
    Result<bool> writeNewOrders(PerformanceId performance, SnapshotOrders &orders);
    /** \a id when the cache holds that row of \a table, else null (remembered in \a seen
        within a StatementScope). */
    QVariant knownId(const char *table, QHash<qint64, bool> &seen, qint64 id);
    Result<void> upsertTicket(PerformanceId performance,
                              OrderId order,
                              bool orderActive,
                              const protocol::WireTicket &ticket,
                              const QString &now,
                              Write write);
    Result<void> addLease(PerformanceId performance,
                          const QList<qint64> &seats,
                          const QList<protocol::ZoneQuantity> &zones);
    /** An order of \a terminal took these places: its holds of them are used up. */
    Result<bool> consumeHolds(PerformanceId performance,
                              qint64 terminal,
                              const QList<protocol::WireTicket> &tickets);
    Result<void> bumpReceiptCounter(const QString &receipt);

    Database &m_db;
    qint64 m_terminal = 0;
    StatementCache m_statements;          ///< keeps its statements within a StatementScope only
    QHash<qint64, bool> m_knownCustomers; ///< within a StatementScope
    QHash<qint64, bool> m_knownChannels;
};

} // namespace parkett
