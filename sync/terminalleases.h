// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog.h"
#include "core/ids.h"
#include "core/result.h"
#include "core/seatplan.h"

#include <functional>

#include <QList>
#include <QObject>

namespace parkett {

class Database;
class ServerClient;
struct ServerReply;

/** What the server has leased to one terminal for one performance. */
struct LeaseSummary
{
    PerformanceId performance;
    QList<SeatId> seats;
    struct Zone
    {
        ZoneId zone;
        int quantity = 0;
    };
    QList<Zone> zones;
    int standing() const;
};

/** A supervisor's requests for this terminal's lease (docs/api.md, "Terminal leases"): read
    it from the server, lease seats or standing places of a performance to the terminal, and
    release the lease. The server is asked every time; the cache learns the change through
    the change feed, like every other terminal. The seats to offer come from the cache. */
class TerminalLeases final : public QObject
{
    Q_OBJECT

public:
    using ListDone = std::function<void(Result<QList<LeaseSummary>>)>;
    using Done = std::function<void(Result<void>)>;

    TerminalLeases(Database &db, ServerClient &client, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TerminalLeases)

    /** The terminal the requests are for: the signed-in one. */
    qint64 terminal() const;

    /** GET /v1/leases?terminal=: every performance leased to this terminal. */
    void fetch(QObject *context, ListDone done);
    /** POST /v1/leases for \a seats and standing \a zones; all or nothing on the server. */
    void lease(PerformanceId performance,
               const QList<SeatId> &seats,
               const QList<LeaseSummary::Zone> &zones,
               QObject *context,
               Done done);
    /** DELETE /v1/leases: the unsold leased places of \a performance become free. */
    void release(PerformanceId performance, QObject *context, Done done);

    /** On-sale performances of the cache, by start. */
    Result<QList<PerformanceSummary>> performances(const QDateTime &now);
    /** Up to \a count seats of \a performance that are free in the cache (no ticket, hold or
        block) and not leased here yet, front rows first: row by row in plan order. */
    Result<QList<SeatId>> freeSeats(PerformanceId performance, int count, const QDateTime &now);
    /** The standing zones of \a performance's plan. */
    Result<QList<StandingZone>> zones(PerformanceId performance);

Q_SIGNALS:
    /** A lease or release went through. */
    void leaseChanged(parkett::PerformanceId performance);

private:
    /** The answer handler of a lease change: tells leaseChanged() on success, then \a done
        while \a context lives. */
    std::function<void(const ServerReply &)> whenChanged(PerformanceId performance,
                                                         QObject *context,
                                                         Done done);
    Database &m_db;
    ServerClient &m_client;
};

} // namespace parkett
