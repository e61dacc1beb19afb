// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/terminalleases.h"

#include "protocol/messages.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "sync/serverclient.h"
#include "sync/syncstate.h"

#include <QPointer>
#include <QSet>
#include <QUuid>

namespace parkett {

int LeaseSummary::standing() const
{
    int n = 0;
    for (const Zone &z : zones)
        n += z.quantity;
    return n;
}

TerminalLeases::TerminalLeases(Database &db, ServerClient &client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
{}

qint64 TerminalLeases::terminal() const
{
    return SyncState(m_db).terminalId();
}

void TerminalLeases::fetch(QObject *context, ListDone done)
{
    QPointer<QObject> guard(context);
    m_client.get(QStringLiteral("/v1/leases?terminal=%1").arg(terminal()),
                 this,
                 [guard, done = std::move(done)](const ServerReply &reply) {
                     if (!guard)
                         return;
                     if (!reply.isSuccess()) {
                         done(reply.toError());
                         return;
                     }
                     protocol::JsonReader json(reply.body);
                     QList<LeaseSummary> out;
                     for (protocol::JsonReader &l : json.objects(u"leases")) {
                         LeaseSummary lease;
                         lease.performance = PerformanceId(l.integer(u"performance"));
                         for (qint64 seat : l.integers(u"seats", true))
                             lease.seats.append(SeatId(seat));
                         for (const protocol::ZoneQuantity &z :
                              protocol::zoneQuantitiesFromJson(l, u"zones"))
                             lease.zones.append({ZoneId(z.zone), z.quantity});
                         out.append(lease);
                     }
                     if (!json.ok()) {
                         done(makeError(ErrorCode::ParseError,
                                        QStringLiteral("the server's leases are malformed: %1")
                                            .arg(json.error())));
                         return;
                     }
                     done(out);
                 });
}

void TerminalLeases::lease(PerformanceId performance,
                           const QList<SeatId> &seats,
                           const QList<LeaseSummary::Zone> &zones,
                           QObject *context,
                           Done done)
{
    protocol::LeaseRequest request;
    request.performance = performance.value;
    request.terminal = terminal();
    for (SeatId seat : seats)
        request.seats.append(seat.value);
    for (const LeaseSummary::Zone &z : zones) {
        if (z.quantity > 0)
            request.zones.append(protocol::ZoneQuantity{z.zone.value, z.quantity});
    }
    if (request.seats.isEmpty() && request.zones.isEmpty()) {
        done(makeError(ErrorCode::InvalidArgument, tr("Nothing to lease.")));
        return;
    }
    m_client.send("POST",
                  QStringLiteral("/v1/leases"),
                  request.toJson(),
                  QUuid::createUuid(),
                  this,
                  whenChanged(performance, context, std::move(done)));
}

std::function<void(const ServerReply &)> TerminalLeases::whenChanged(PerformanceId performance,
                                                                     QObject *context,
                                                                     Done done)
{
    // The lease changed on the server whether or not the asker is still there to hear it.
    return [this, performance, guard = QPointer<QObject>(context), done = std::move(done)](
               const ServerReply &reply) {
        if (reply.isSuccess())
            Q_EMIT leaseChanged(performance);
        if (!guard)
            return;
        if (!reply.isSuccess())
            done(reply.toError());
        else
            done(Result<void>());
    };
}

void TerminalLeases::release(PerformanceId performance, QObject *context, Done done)
{
    m_client.send("DELETE",
                  QStringLiteral("/v1/leases?performance=%1&terminal=%2")
                      .arg(performance.value)
                      .arg(terminal()),
                  {},
                  QUuid::createUuid(),
                  this,
                  whenChanged(performance, context, std::move(done)));
}

Result<QList<PerformanceSummary>> TerminalLeases::performances(const QDateTime &now)
{
    CatalogRepository catalog(m_db);
    auto all = catalog.upcoming(QDateTime::fromSecsSinceEpoch(0, Qt::UTC), now, 1000);
    if (!all)
        return all.error();
    QList<PerformanceSummary> out;
    for (const PerformanceSummary &p : std::as_const(*all)) {
        if (p.performance.isOnSale(now))
            out.append(p);
    }
    return out;
}

Result<QList<SeatId>> TerminalLeases::freeSeats(PerformanceId performance,
                                                int count,
                                                const QDateTime &now)
{
    CatalogRepository catalog(m_db);
    auto perf = catalog.performance(performance);
    if (!perf)
        return perf.error();
    auto plan = catalog.plan(perf->plan);
    if (!plan)
        return plan.error();
    auto inventory = catalog.inventory(performance, *plan);
    if (!inventory)
        return inventory.error();
    auto leased = m_db.exec(QStringLiteral("SELECT seat_id FROM sync_leases WHERE"
                                           " performance_id = ? AND seat_id IS NOT NULL"),
                            {performance.value});
    if (!leased)
        return leased.error();
    QSet<qint64> mine;
    while (leased->next())
        mine.insert(leased->value(0).toLongLong());
    QList<SeatId> out;
    for (const Seat &seat : plan->seats()) {
        if (out.size() >= count)
            break;
        if (inventory->seatStatus(seat.id, now) == SeatStatus::Free && !mine.contains(seat.id.value))
            out.append(seat.id);
    }
    return out;
}

Result<QList<StandingZone>> TerminalLeases::zones(PerformanceId performance)
{
    CatalogRepository catalog(m_db);
    auto perf = catalog.performance(performance);
    if (!perf)
        return perf.error();
    auto plan = catalog.plan(perf->plan);
    if (!plan)
        return plan.error();
    return plan->zones();
}

} // namespace parkett
