// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/holdrepository.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

namespace parkett {

namespace {

HoldCode codeFrom(const QSqlQuery &q)
{
    HoldCode c;
    c.code = q.value(0).toString();
    c.name = q.value(1).toString();
    c.color = q.value(2).toString();
    c.role = q.value(3).toString();
    if (!q.value(4).isNull())
        c.releaseAt = Database::timeFromText(q.value(4).toString());
    c.releaseMinutesBefore = q.value(5).toInt();
    return c;
}

const QLatin1StringView kCodeColumns("code, name, color, role, release_at, release_minutes_before");

} // namespace

Result<void> HoldRepository::saveCode(const HoldCode &code)
{
    if (code.code.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a hold code needs a code"));
    auto q = m_db.exec(QStringLiteral("INSERT INTO hold_codes (code, name, color, role, release_at,"
                                      " release_minutes_before) VALUES (?, ?, ?, ?, ?, ?)"
                                      " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                                      " color = excluded.color, role = excluded.role,"
                                      " release_at = excluded.release_at,"
                                      " release_minutes_before = excluded.release_minutes_before"),
                       {code.code,
                        code.name.isEmpty() ? code.code : code.name,
                        code.color.isEmpty() ? QStringLiteral("#808080") : code.color,
                        code.role,
                        code.releaseAt.isValid() ? QVariant(Database::timeText(code.releaseAt))
                                                 : QVariant(),
                        std::max(0, code.releaseMinutesBefore)});
    if (!q)
        return q.error();
    return {};
}

Result<QList<HoldCode>> HoldRepository::codes()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM hold_codes ORDER BY code").arg(kCodeColumns));
    if (!q)
        return q.error();
    QList<HoldCode> out;
    while (q->next())
        out.append(codeFrom(*q));
    return out;
}

Result<HoldCode> HoldRepository::code(const QString &code)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM hold_codes WHERE code = ?").arg(kCodeColumns),
                       {code});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no hold code \"%1\"").arg(code));
    return codeFrom(*q);
}

Result<bool> HoldRepository::isHeldAtOtherTerminal(const QString &code)
{
    auto role = m_db.scalar(QStringLiteral("SELECT role FROM hold_codes WHERE code = ?"), {code});
    if (!role)
        return role.error();
    return role->toString() == otherTerminalRole();
}

Result<void> HoldRepository::holdSeats(PerformanceId performance,
                                       const QList<SeatId> &seats,
                                       const QString &code)
{
    if (auto c = this->code(code); !c)
        return c.error();
    for (SeatId seat : seats) {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO seat_blocks (performance_id, seat_id, hold_code) VALUES (?, ?, ?)"
                " ON CONFLICT DO UPDATE SET hold_code = excluded.hold_code"),
            {performance.value, seat.value, code});
        if (!q)
            return q.error();
    }
    return {};
}

Result<void> HoldRepository::holdStanding(PerformanceId performance,
                                          ZoneId zone,
                                          const QString &code,
                                          int quantity)
{
    if (auto c = this->code(code); !c)
        return c.error();
    if (quantity < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("quantity must not be negative"));
    auto q = quantity == 0
                 ? m_db.exec(QStringLiteral("DELETE FROM zone_holds WHERE performance_id = ?"
                                            " AND zone_id = ? AND hold_code = ?"),
                             {performance.value, zone.value, code})
                 : m_db.exec(QStringLiteral(
                                 "INSERT INTO zone_holds (performance_id, zone_id, hold_code,"
                                 " quantity) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE"
                                 " SET quantity = excluded.quantity"),
                             {performance.value, zone.value, code, quantity});
    if (!q)
        return q.error();
    return {};
}

Result<QString> HoldRepository::roleOf(UserId user)
{
    auto q = m_db.exec(QStringLiteral("SELECT role FROM users WHERE id = ?"), {user.value});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(user.value));
    return q->value(0).toString();
}

namespace {

Error releaseRefused(const QString &code, const QString &role)
{
    return makeError(ErrorCode::PermissionDenied,
                     QStringLiteral("the role \"%1\" may not release hold \"%2\"")
                         .arg(role.isEmpty() ? QStringLiteral("-") : role, code));
}

} // namespace

Result<int> HoldRepository::releaseSeats(PerformanceId performance,
                                         const QList<SeatId> &seats,
                                         UserId user)
{
    auto role = roleOf(user);
    if (!role)
        return role.error();
    // Every seat's code is checked before anything is deleted: all or nothing.
    QHash<QString, bool> allowed;
    for (SeatId seat : seats) {
        auto q = m_db.exec(QStringLiteral("SELECT hold_code FROM seat_blocks"
                                          " WHERE performance_id = ? AND seat_id = ?"),
                           {performance.value, seat.value});
        if (!q)
            return q.error();
        if (!q->next())
            continue;
        const QString held = q->value(0).toString();
        auto it = allowed.find(held);
        if (it == allowed.end()) {
            // A seat under a code that no longer exists: only supervisors and admins.
            auto c = code(held);
            it = allowed.insert(held, (c ? *c : HoldCode{}).allowsRole(*role));
        }
        if (!*it)
            return releaseRefused(held, *role);
    }
    int n = 0;
    for (SeatId seat : seats) {
        auto q = m_db.exec(QStringLiteral(
                               "DELETE FROM seat_blocks WHERE performance_id = ? AND seat_id = ?"),
                           {performance.value, seat.value});
        if (!q)
            return q.error();
        n += q->numRowsAffected();
    }
    return n;
}

Result<int> HoldRepository::releaseCode(PerformanceId performance, const QString &code, UserId user)
{
    auto role = roleOf(user);
    if (!role)
        return role.error();
    auto c = this->code(code);
    if (!(c ? *c : HoldCode{}).allowsRole(*role))
        return releaseRefused(code, *role);
    int n = 0;
    for (const QLatin1StringView table :
         {QLatin1StringView("seat_blocks"), QLatin1StringView("zone_holds")}) {
        auto q = m_db.exec(
            QStringLiteral("DELETE FROM %1 WHERE performance_id = ? AND hold_code = ?").arg(table),
            {performance.value, code});
        if (!q)
            return q.error();
        n += q->numRowsAffected();
    }
    return n;
}

Result<PerformanceHolds> HoldRepository::holds(PerformanceId performance)
{
    PerformanceHolds out;
    auto q = m_db.exec(QStringLiteral("SELECT seat_id, hold_code FROM seat_blocks"
                                      " WHERE performance_id = ? ORDER BY seat_id"),
                       {performance.value});
    if (!q)
        return q.error();
    while (q->next())
        out.seats.append({SeatId(q->value(0).toLongLong()), q->value(1).toString()});
    auto z = m_db.exec(QStringLiteral("SELECT zone_id, hold_code, quantity FROM zone_holds"
                                      " WHERE performance_id = ? ORDER BY zone_id, hold_code"),
                       {performance.value});
    if (!z)
        return z.error();
    while (z->next())
        out.zones.append(
            {ZoneId(z->value(0).toLongLong()), z->value(1).toString(), z->value(2).toInt()});
    return out;
}

Result<int> HoldRepository::copyHolds(PerformanceId from, const QList<PerformanceId> &to)
{
    auto source = holds(from);
    if (!source)
        return source.error();
    CatalogRepository catalog(m_db);
    int n = 0;
    for (PerformanceId target : to) {
        if (target == from)
            continue;
        auto performance = catalog.performance(target);
        if (!performance)
            return performance.error();
        // Performances may be on other plan versions: only what the target's plan has.
        auto plan = catalog.plan(performance->plan);
        if (!plan)
            return plan.error();
        for (const PerformanceHolds::SeatHold &h : std::as_const(source->seats)) {
            if (plan->seatIndex(h.seat) < 0)
                continue;
            if (auto r = holdSeats(target, {h.seat}, h.code); !r)
                return r.error();
            ++n;
        }
        for (const PerformanceHolds::ZoneHold &h : std::as_const(source->zones)) {
            if (!plan->zone(h.zone))
                continue;
            if (auto r = holdStanding(target, h.zone, h.code, h.quantity); !r)
                return r.error();
            ++n;
        }
    }
    return n;
}

} // namespace parkett
