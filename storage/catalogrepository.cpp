// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/catalogrepository.h"

#include "core/holds.h"

#include "storage/database.h"

#include <algorithm>

#include <QJsonDocument>
#include <QSqlQuery>

namespace parkett {

namespace {

const char *const kPerformanceStatus[] = {"planned", "on-sale", "sold-out", "cancelled"};
const char *const kRoles[] = {"admin", "box-office", "phone-agent", "outlet", "supervisor"};

QString performanceStatusName(PerformanceStatus s)
{
    return QString::fromLatin1(kPerformanceStatus[int(s)]);
}

PerformanceStatus performanceStatusFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1StringView(kPerformanceStatus[i]))
            return PerformanceStatus(i);
    }
    return PerformanceStatus::Planned;
}

Error notFound(const char *what, qint64 id)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("%1 %2 not found").arg(QLatin1StringView(what)).arg(id));
}

} // namespace

QString roleName(Role role)
{
    return QString::fromLatin1(kRoles[int(role)]);
}

Result<Role> roleFromName(QStringView name)
{
    for (int i = 0; i < 5; ++i) {
        if (name == QLatin1StringView(kRoles[i]))
            return Role(i);
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown role \"%1\"").arg(name.toString()));
}

Result<VenueId> CatalogRepository::addVenue(const Venue &venue)
{
    auto q = m_db.exec(QStringLiteral(
                           "INSERT INTO venues (name, address, time_zone) VALUES (?, ?, ?)"),
                       {venue.name, venue.address, venue.timeZone});
    if (!q)
        return q.error();
    return VenueId(q->lastInsertId().toLongLong());
}

Result<Venue> CatalogRepository::venue(VenueId id)
{
    auto q = m_db.exec(QStringLiteral("SELECT name, address, time_zone FROM venues WHERE id = ?"),
                       {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound("venue", id.value);
    return Venue{id, q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
}

Result<QList<Venue>> CatalogRepository::venues()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, name, address, time_zone FROM venues ORDER BY name, id"));
    if (!q)
        return q.error();
    QList<Venue> out;
    while (q->next())
        out.append(Venue{VenueId(q->value(0).toLongLong()),
                         q->value(1).toString(),
                         q->value(2).toString(),
                         q->value(3).toString()});
    return out;
}

Result<SeatPlanId> CatalogRepository::addPlan(VenueId venue,
                                              const SeatPlan &plan,
                                              const QDateTime &now)
{
    const QByteArray doc = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO seat_plans (venue_id, version, name, seat_count,"
                       " standing_capacity, document, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {venue.value,
         plan.version(),
         plan.name(),
         int(plan.seats().size()),
         plan.standingCapacity(),
         QString::fromUtf8(doc),
         Database::timeText(now)});
    if (!q)
        return q.error();
    return SeatPlanId(q->lastInsertId().toLongLong());
}

Result<SeatPlan> CatalogRepository::plan(SeatPlanId id)
{
    auto q = m_db.exec(QStringLiteral("SELECT document FROM seat_plans WHERE id = ?"), {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound("seat plan", id.value);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(0).toString().toUtf8(), &parseError);
    if (doc.isNull())
        return makeError(ErrorCode::CorruptDatabase,
                         QStringLiteral("seat plan %1 is damaged: %2")
                             .arg(id.value)
                             .arg(parseError.errorString()));
    auto plan = SeatPlan::fromJson(doc.object());
    if (!plan)
        return plan.error();
    plan->setId(id);
    return plan;
}

Result<SeatPlanId> CatalogRepository::latestPlan(VenueId venue)
{
    auto id = m_db.scalar(
        QStringLiteral(
            "SELECT id FROM seat_plans WHERE venue_id = ? ORDER BY version DESC LIMIT 1"),
        {venue.value});
    if (!id)
        return id.error();
    if (!id->isValid())
        return notFound("plan of venue", venue.value);
    return SeatPlanId(id->toLongLong());
}

Result<CatalogRepository::PlanVersionSaved> CatalogRepository::savePlanVersion(VenueId venue,
                                                                               SeatPlan plan,
                                                                               const QDateTime &now)
{
    auto version = m_db.scalar(
        QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM seat_plans WHERE venue_id = ?"),
        {venue.value});
    if (!version)
        return version.error();
    // Seats with an active ticket in a performance that has not started, on any version of
    // this venue's plan: each must still exist in the new version.
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT DISTINCT p.id, t.seat_id, t.label FROM performances p"
            " JOIN tickets t ON t.performance_id = p.id AND t.active = 1 AND t.seat_id IS NOT NULL"
            " JOIN orders o ON o.id = t.order_id"
            " WHERE p.venue_id = ? AND p.starts_at > ?"
            " AND (o.status = 'sold' OR (o.status = 'reserved' AND o.reserved_until > ?))"
            " ORDER BY t.label"),
        {venue.value, Database::timeText(now), Database::timeText(now)});
    if (!q)
        return q.error();
    QStringList lost;
    while (q->next()) {
        if (!plan.seat(SeatId(q->value(1).toLongLong())))
            lost.append(QStringLiteral("%1 (performance %2)")
                            .arg(q->value(2).toString())
                            .arg(q->value(0).toLongLong()));
    }
    if (!lost.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the new plan removes %1 seat(s) with tickets: %2")
                             .arg(lost.size())
                             .arg(lost.join(QStringLiteral("; "))));
    plan.setVersion(version->toInt());
    auto id = addPlan(venue, plan, now);
    if (!id)
        return id.error();
    PlanVersionSaved saved{*id, version->toInt(), {}};
    auto moved = m_db.exec(
        QStringLiteral("UPDATE performances SET plan_id = ? WHERE venue_id = ? AND starts_at > ?"
                       " RETURNING id"),
        {id->value, venue.value, Database::timeText(now)});
    if (!moved)
        return moved.error();
    while (moved->next())
        saved.movedPerformances.append(PerformanceId(moved->value(0).toLongLong()));
    std::sort(saved.movedPerformances.begin(), saved.movedPerformances.end());
    return saved;
}

Result<ProductionId> CatalogRepository::addProduction(const Production &production)
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO productions (title, description, duration_minutes) VALUES (?, ?, ?)"),
        {production.title, production.description, production.durationMinutes});
    if (!q)
        return q.error();
    return ProductionId(q->lastInsertId().toLongLong());
}

Result<Production> CatalogRepository::production(ProductionId id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT title, description, duration_minutes FROM productions WHERE id = ?"),
        {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound("production", id.value);
    return Production{id, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
}

Result<void> CatalogRepository::savePriceTypes(const QList<PriceType> &types)
{
    for (const PriceType &t : types) {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO price_types (id, code, name, sort_order) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET code = excluded.code,"
                " name = excluded.name, sort_order = excluded.sort_order"),
            {t.id.isValid() ? QVariant(t.id.value) : QVariant(), t.code, t.name, t.sortOrder});
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<PriceType>> CatalogRepository::priceTypes()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, code, name, sort_order FROM price_types ORDER BY sort_order, id"));
    if (!q)
        return q.error();
    QList<PriceType> out;
    while (q->next())
        out.append(PriceType{PriceTypeId(q->value(0).toLongLong()),
                             q->value(1).toString(),
                             q->value(2).toString(),
                             q->value(3).toInt()});
    return out;
}

Result<PerformanceId> CatalogRepository::addPerformance(const Performance &p,
                                                        const PriceList &prices)
{
    auto q = m_db.exec(QStringLiteral(
                           "INSERT INTO performances (production_id, venue_id, plan_id, starts_at,"
                           " sales_end, status, currency, vat_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {p.production.value,
                        p.venue.value,
                        p.plan.value,
                        Database::timeText(p.startsAt),
                        p.salesEnd.isValid() ? QVariant(Database::timeText(p.salesEnd)) : QVariant(),
                        performanceStatusName(p.status),
                        prices.currency().code(),
                        p.vatRateBasisPoints});
    if (!q)
        return q.error();
    const PerformanceId id(q->lastInsertId().toLongLong());
    for (const PriceList::Entry &e : prices.entries()) {
        auto ins = m_db.exec(
            QStringLiteral("INSERT INTO prices (performance_id, category_id, price_type_id, amount)"
                           " VALUES (?, ?, ?, ?)"),
            {id.value, e.category.value, e.type.value, e.price.minorUnits()});
        if (!ins)
            return ins.error();
    }
    return id;
}

Result<Performance> CatalogRepository::performance(PerformanceId id)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT production_id, venue_id, plan_id, starts_at, sales_end, status, vat_bp"
            " FROM performances WHERE id = ?"),
        {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound("performance", id.value);
    Performance p;
    p.id = id;
    p.production = ProductionId(q->value(0).toLongLong());
    p.venue = VenueId(q->value(1).toLongLong());
    p.plan = SeatPlanId(q->value(2).toLongLong());
    p.startsAt = Database::timeFromText(q->value(3).toString());
    p.salesEnd = Database::timeFromText(q->value(4).toString());
    p.status = performanceStatusFromName(q->value(5).toString());
    p.vatRateBasisPoints = q->value(6).toLongLong();
    return p;
}

Result<PriceList> CatalogRepository::priceList(PerformanceId id)
{
    auto cur = m_db.scalar(QStringLiteral("SELECT currency FROM performances WHERE id = ?"),
                           {id.value});
    if (!cur)
        return cur.error();
    if (!cur->isValid())
        return notFound("performance", id.value);
    const Currency currency = Currency::fromCode(cur->toString());
    PriceList list(currency);
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT category_id, price_type_id, amount FROM prices WHERE performance_id = ?"),
        {id.value});
    if (!q)
        return q.error();
    while (q->next())
        list.setPrice(CategoryId(q->value(0).toLongLong()),
                      PriceTypeId(q->value(1).toLongLong()),
                      Money(q->value(2).toLongLong(), currency));
    return list;
}

Result<QList<PerformanceSummary>> CatalogRepository::summaries(const QString &where,
                                                               const QVariant &bind,
                                                               const QDateTime &now,
                                                               int limit)
{
    // Counts come from active tickets: a reservation past its time is not counted at all.
    const QString sql
        = QStringLiteral(
              "SELECT p.id, p.production_id, p.venue_id, p.plan_id, p.starts_at, p.sales_end, "
              "p.status, p.vat_bp,"
              " pr.title, v.name, sp.seat_count + sp.standing_capacity,"
              " (SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id"
              "   WHERE t.performance_id = p.id AND t.active = 1 AND o.status = 'sold'),"
              " (SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id"
              "   WHERE t.performance_id = p.id AND t.active = 1 AND o.status = 'reserved' AND "
              "o.reserved_until > ?),"
              " (SELECT count(*) FROM seat_blocks b WHERE b.performance_id = p.id AND NOT EXISTS"
              "   (SELECT 1 FROM tickets t JOIN orders o ON o.id = t.order_id WHERE "
              "t.performance_id = p.id"
              "    AND t.seat_id = b.seat_id AND t.active = 1"
              "    AND (o.status = 'sold' OR (o.status = 'reserved' AND o.reserved_until > ?))))"
              " FROM performances p JOIN productions pr ON pr.id = p.production_id"
              " JOIN venues v ON v.id = p.venue_id JOIN seat_plans sp ON sp.id = p.plan_id"
              " WHERE %1 ORDER BY p.starts_at, p.id LIMIT ?")
              .arg(where);
    const QString nowText = Database::timeText(now);
    auto q = m_db.exec(sql, {nowText, nowText, bind, limit});
    if (!q)
        return q.error();
    QList<PerformanceSummary> out;
    while (q->next()) {
        PerformanceSummary s;
        Performance &p = s.performance;
        p.id = PerformanceId(q->value(0).toLongLong());
        p.production = ProductionId(q->value(1).toLongLong());
        p.venue = VenueId(q->value(2).toLongLong());
        p.plan = SeatPlanId(q->value(3).toLongLong());
        p.startsAt = Database::timeFromText(q->value(4).toString());
        p.salesEnd = Database::timeFromText(q->value(5).toString());
        p.status = performanceStatusFromName(q->value(6).toString());
        p.vatRateBasisPoints = q->value(7).toLongLong();
        s.title = q->value(8).toString();
        s.venueName = q->value(9).toString();
        s.capacity = q->value(10).toInt();
        s.sold = q->value(11).toInt();
        s.reserved = q->value(12).toInt();
        s.blocked = q->value(13).toInt();
        out.append(s);
    }
    return out;
}

Result<QList<PerformanceSummary>> CatalogRepository::upcoming(const QDateTime &from,
                                                              const QDateTime &now,
                                                              int limit)
{
    return summaries(QStringLiteral("p.starts_at >= ?"), Database::timeText(from), now, limit);
}

Result<PerformanceSummary> CatalogRepository::summary(PerformanceId id, const QDateTime &now)
{
    auto list = summaries(QStringLiteral("p.id = ?"), id.value, now, 1);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound("performance", id.value);
    return list->first();
}

Result<Inventory> CatalogRepository::inventory(PerformanceId id, const SeatPlan &plan)
{
    Inventory inv(id);
    for (const StandingZone &z : plan.zones())
        inv.setZoneCapacity(z.id, z.capacity);
    auto q = m_db.exec(QStringLiteral(
                           "SELECT t.seat_id, t.zone_id, o.id, o.status, o.reserved_until"
                           " FROM tickets t JOIN orders o ON o.id = t.order_id"
                           " WHERE t.performance_id = ? AND t.active = 1"),
                       {id.value});
    if (!q)
        return q.error();
    while (q->next()) {
        const bool sold = q->value(3).toString() == QLatin1StringView("sold");
        const SeatStatus status = sold ? SeatStatus::Sold : SeatStatus::Reserved;
        const QDateTime until = sold ? QDateTime() : Database::timeFromText(q->value(4).toString());
        if (!q->value(0).isNull()) {
            SeatClaim claim;
            claim.status = status;
            claim.order = OrderId(q->value(2).toLongLong());
            claim.expiresAt = until;
            inv.setSeatClaim(SeatId(q->value(0).toLongLong()), claim);
        } else {
            inv.addZoneClaim(ZoneId(q->value(1).toLongLong()), status, 1, until);
        }
    }
    // Holds: a hold with a release time is a Held claim that ends then; one without is a kill.
    auto b = m_db.exec(QStringLiteral(
                           "SELECT b.seat_id, b.hold_code, h.release_at,"
                           " coalesce(h.release_minutes_before, 0), p.starts_at"
                           " FROM seat_blocks b JOIN performances p ON p.id = b.performance_id"
                           " LEFT JOIN hold_codes h ON h.code = b.hold_code"
                           " WHERE b.performance_id = ?"),
                       {id.value});
    if (!b)
        return b.error();
    auto releaseOf = [](const QSqlQuery &row, int column) {
        HoldCode code;
        if (!row.value(column).isNull())
            code.releaseAt = Database::timeFromText(row.value(column).toString());
        code.releaseMinutesBefore = row.value(column + 1).toInt();
        return code.releaseTime(Database::timeFromText(row.value(column + 2).toString()));
    };
    while (b->next()) {
        const SeatId seat(b->value(0).toLongLong());
        if (inv.seatClaim(seat))
            continue; // a ticket sold before the block keeps its seat
        SeatClaim claim;
        claim.expiresAt = releaseOf(*b, 2);
        claim.status = claim.expiresAt.isValid() ? SeatStatus::Held : SeatStatus::Blocked;
        claim.holdCode = b->value(1).toString();
        inv.setSeatClaim(seat, claim);
    }
    auto z = m_db.exec(QStringLiteral(
                           "SELECT z.zone_id, z.quantity, h.release_at,"
                           " coalesce(h.release_minutes_before, 0), p.starts_at"
                           " FROM zone_holds z JOIN performances p ON p.id = z.performance_id"
                           " LEFT JOIN hold_codes h ON h.code = z.hold_code"
                           " WHERE z.performance_id = ?"),
                       {id.value});
    if (!z)
        return z.error();
    while (z->next())
        inv.addZoneClaim(ZoneId(z->value(0).toLongLong()),
                         SeatStatus::Held,
                         z->value(1).toInt(),
                         releaseOf(*z, 2));
    return inv;
}

Result<void> CatalogRepository::blockSeat(PerformanceId performance,
                                          SeatId seat,
                                          const QString &holdCode)
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO seat_blocks (performance_id, seat_id, hold_code) VALUES (?, ?, ?)"
            " ON CONFLICT DO UPDATE SET hold_code = excluded.hold_code"),
        {performance.value, seat.value, holdCode});
    if (!q)
        return q.error();
    return {};
}

Result<ChannelId> CatalogRepository::addChannel(const Channel &channel)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO channels (name, kind) VALUES (?, ?)"),
                       {channel.name, channelKindName(channel.kind)});
    if (!q)
        return q.error();
    return ChannelId(q->lastInsertId().toLongLong());
}

Result<QList<Channel>> CatalogRepository::channels()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, kind FROM channels ORDER BY id"));
    if (!q)
        return q.error();
    QList<Channel> out;
    while (q->next()) {
        auto kind = channelKindFromName(q->value(2).toString());
        out.append(Channel{ChannelId(q->value(0).toLongLong()),
                           q->value(1).toString(),
                           kind ? *kind : SalesChannelKind::BoxOffice});
    }
    return out;
}

Result<UserId> CatalogRepository::addUser(const User &user)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO users (login, name, role) VALUES (?, ?, ?)"),
                       {user.login, user.name, roleName(user.role)});
    if (!q)
        return q.error();
    return UserId(q->lastInsertId().toLongLong());
}

Result<QList<User>> CatalogRepository::users()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, login, name, role FROM users ORDER BY id"));
    if (!q)
        return q.error();
    QList<User> out;
    while (q->next()) {
        auto role = roleFromName(q->value(3).toString());
        out.append(User{UserId(q->value(0).toLongLong()),
                        q->value(1).toString(),
                        q->value(2).toString(),
                        role ? *role : Role::BoxOffice});
    }
    return out;
}

} // namespace parkett
