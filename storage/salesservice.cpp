// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/salesservice.h"

#include "core/inventory.h"
#include "core/seatplan.h"
#include "storage/catalogrepository.h"
#include "storage/customerservice.h"
#include "storage/database.h"
#include "storage/holdrepository.h"
#include "storage/orderrepository.h"

#include <optional>

namespace parkett {

SalesService::SalesService(Database &db, SalesContext context, BarcodeSource barcodes)
    : m_db(db)
    , m_context(context)
    , m_barcodes(barcodes ? std::move(barcodes) : BarcodeSource(&SalesService::randomBarcode))
{}

SalesContext SalesService::boxOfficeContext(CatalogRepository &catalog)
{
    SalesContext context;
    if (auto channels = catalog.channels()) {
        for (const Channel &c : *channels) {
            if (c.kind == SalesChannelKind::BoxOffice) {
                context.channel = c.id;
                break;
            }
        }
    }
    if (auto users = catalog.users()) {
        for (const User &u : *users) {
            if (u.role == Role::BoxOffice) {
                context.user = u.id;
                break;
            }
        }
    }
    return context;
}

QString SalesService::randomBarcode()
{
    return randomTicketCode();
}

Result<int> SalesService::expireWithin(const QDateTime &now, PerformanceId performance)
{
    OrderRepository orders(m_db);
    auto expired = orders.expiredReservations(now, performance);
    if (!expired)
        return expired.error();
    for (OrderId id : *expired) {
        if (auto r = changeOrder(id, [&now](Order &order) { return order.expire(now); }); !r)
            return r.error();
    }
    return int(expired->size());
}

QString SalesService::sellerRole()
{
    if (!m_context.user.isValid())
        return QString();
    auto role = m_db.scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"),
                            {m_context.user.value});
    return role ? role->toString() : QString();
}

const SeatNeighbours &SalesService::geometryFor(const SeatPlan &plan)
{
    const bool same = m_rulesPlan && m_rulesPlan->id() == plan.id()
                      && m_rulesPlan->version() == plan.version()
                      && m_rulesPlan->lastId() == plan.lastId()
                      && m_rulesPlan->seats().size() == plan.seats().size()
                      && m_rulesPlan->areas() == plan.areas();
    if (!same) {
        m_rulesGeometry.reset();
        m_rulesPlan = std::make_unique<SeatPlan>(plan);
        m_rulesGeometry = std::make_unique<SeatNeighbours>(*m_rulesPlan);
    }
    return *m_rulesGeometry;
}

namespace {

OrderRequest requestFor(const Basket &basket, bool reservation)
{
    OrderRequest request;
    request.orderType = reservation ? QStringLiteral("reservation") : QStringLiteral("sale");
    for (const BasketLine &line : basket.lines()) {
        if (!line.seat.isValid())
            continue;
        request.seats.append(line.seat);
        QString code;
        for (const PriceType &t : basket.priceTypes()) {
            if (t.id == line.priceType)
                code = t.code;
        }
        request.priceTypes.append(code);
    }
    return request;
}

} // namespace

Result<RuleCheck> SalesService::checkRules(const Basket &basket,
                                           bool reservation,
                                           const QDateTime &now)
{
    if (!basket.plan())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the basket has no seat plan"));
    const SeatPlan &plan = *basket.plan();
    if (!hasSeatingRules(plan))
        return RuleCheck{};
    auto inventory = CatalogRepository(m_db).inventory(basket.performance(), plan);
    if (!inventory)
        return inventory.error();
    const SeatNeighbours &geometry = geometryFor(plan);
    return checkOrder(geometry,
                      SeatClaims::fromInventory(plan, *inventory, now),
                      requestFor(basket, reservation));
}

Result<Order> SalesService::place(const Basket &basket,
                                  Mode mode,
                                  PaymentMethod method,
                                  const QDateTime &until,
                                  const QDateTime &now,
                                  const RuleOverride &override,
                                  const SupervisorApproval &approval)
{
    if (basket.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the basket is empty"));
    if (!basket.plan())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the basket has no seat plan"));

    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();

    // A customer blocked from sale buys only with a supervisor's credentials; the approval
    // is written to the customer's history in this transaction (gone if the sale fails).
    auto approved = CustomerService(m_db, m_context.user)
                        .approveSale(basket.customer(), approval, now);
    if (!approved)
        return approved.error();
    const QString approvedBy = *approved;

    CatalogRepository catalog(m_db);
    auto performance = catalog.performance(basket.performance());
    if (!performance)
        return performance.error();
    if (mode == Mode::Reserve) {
        const QDateTime latest = performance->latestReservationEnd();
        if (until > latest)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("a reservation must end by %1, when sales for the "
                                            "performance end")
                                 .arg(latest.toString(Qt::ISODate)));
    }
    if (!performance->isOnSale(now))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("performance %1 is not on sale")
                             .arg(basket.performance().value));
    // Reservations whose time is up give their seats back before we look.
    if (auto r = expireWithin(now, basket.performance()); !r)
        return r.error();
    auto inventory = catalog.inventory(basket.performance(), *basket.plan());
    if (!inventory)
        return inventory.error();
    // Held seats the seller's role may sell are sold like free ones; the hold is noted.
    const QString role = sellerRole();
    QStringList fromHolds;
    HoldRepository holdCodes(m_db);
    for (SeatId seat : basket.seats()) {
        const SeatClaim *claim = inventory->seatClaim(seat);
        if (!claim || claim->holdCode.isEmpty()
            || inventory->seatStatus(seat, now) == SeatStatus::Free)
            continue;
        auto code = holdCodes.code(claim->holdCode);
        HoldCode hold = code ? *code : HoldCode{};
        if (hold.allowsRole(role)) {
            fromHolds.append(QStringLiteral("seat %1 from %2").arg(seat.value).arg(claim->holdCode));
            inventory->clearSeat(seat);
        }
    }
    if (auto r = inventory->checkSeatsFree(*basket.plan(), basket.seats(), now); !r)
        return r.error();
    // The plan's seating rules; a supervisor may override them with a reason.
    RuleCheck rules;
    if (hasSeatingRules(*basket.plan())) {
        rules = checkOrder(geometryFor(*basket.plan()),
                           SeatClaims::fromInventory(*basket.plan(), *inventory, now),
                           requestFor(basket, mode == Mode::Reserve));
        if (!rules.isOk()) {
            if (!override.isSet())
                return rules.error();
            if (role != QLatin1StringView("supervisor") && role != QLatin1StringView("admin"))
                return makeError(ErrorCode::RuleViolation,
                                 QStringLiteral("only a supervisor may override the seating "
                                                "rules: %1")
                                     .arg(rules.summary()));
        }
    }
    // Standing places: free ones first; what is missing comes out of the zone's holds whose
    // code the seller's role may sell (in code order). Those holds shrink by what was taken;
    // a cancelled ticket later goes back to general sale, not to the hold.
    struct TakenFromHold
    {
        ZoneId zone;
        QString code;
        int taken = 0;
        int left = 0;
    };
    QList<TakenFromHold> standingFromHolds;
    std::optional<QList<PerformanceHolds::ZoneHold>> held;
    for (const StandingZone &zone : basket.plan()->zones()) {
        const int quantity = basket.standingQuantity(zone.id);
        if (quantity <= 0)
            continue;
        int missing = quantity - inventory->zoneCounts(zone.id, now).free();
        if (missing > 0 && !held) {
            auto h = sellableStandingHolds(basket.performance(), now);
            if (!h)
                return h.error();
            held = std::move(*h);
        }
        int taken = 0;
        for (qsizetype i = 0; missing > 0 && i < held->size(); ++i) {
            const PerformanceHolds::ZoneHold &h = held->at(i);
            if (h.zone != zone.id)
                continue;
            const int take = std::min(missing, h.quantity);
            standingFromHolds.append({zone.id, h.code, take, h.quantity - take});
            taken += take;
            missing -= take;
        }
        if (quantity - taken > 0) {
            if (auto r = inventory->checkStandingAvailable(*basket.plan(),
                                                           zone.id,
                                                           quantity - taken,
                                                           now);
                !r)
                return r.error();
        }
    }
    for (const TakenFromHold &t : std::as_const(standingFromHolds)) {
        const StandingZone *zone = basket.plan()->zone(t.zone);
        fromHolds.append(QStringLiteral("standing %1 x%2 from %3")
                             .arg(zone ? zone->name : QString::number(t.zone.value))
                             .arg(t.taken)
                             .arg(t.code));
    }
    // Prices are taken from the stored price list, not trusted from the basket.
    auto prices = catalog.priceList(basket.performance());
    if (!prices)
        return prices.error();
    QList<Ticket> tickets = basket.toTickets();
    for (Ticket &t : tickets) {
        auto price = prices->price(t.category, t.priceType);
        if (!price)
            return price.error();
        t.price = *price;
        t.barcode = m_barcodes();
    }

    Result<Order> order = Order();
    if (mode == Mode::Sell) {
        const Money total = *Money::sum(
            [&] {
                QList<Money> amounts;
                for (const Ticket &t : tickets)
                    amounts.append(t.price);
                return amounts;
            }(),
            prices->currency());
        order = Order::createSold(tickets, Payment{{}, method, total, now, {}}, now);
    } else {
        order = Order::createReserved(tickets, until, now);
    }
    if (!order)
        return order.error();
    order->setCustomer(basket.customer());
    order->setChannel(m_context.channel);
    order->setUser(m_context.user);
    if (!fromHolds.isEmpty())
        order->addHistory(now,
                          QStringLiteral("sold-from-hold"),
                          fromHolds.join(QStringLiteral(", ")));
    if (!approvedBy.isEmpty())
        order->addHistory(now,
                          QStringLiteral("blocked-customer-approved"),
                          QStringLiteral("supervisor: %1").arg(approvedBy));
    if (!rules.isOk())
        order->addHistory(now,
                          QStringLiteral("rules-overridden"),
                          QStringLiteral("reason: %1; rules: %2")
                              .arg(override.reason.trimmed(), rules.summary()));

    OrderRepository orders(m_db);
    if (auto r = orders.insert(*order); !r) {
        if (r.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::SeatUnavailable,
                             QStringLiteral("a seat was taken by another sale: %1")
                                 .arg(r.error().message));
        return r.error();
    }
    for (const TakenFromHold &t : std::as_const(standingFromHolds)) {
        if (auto r = holdCodes.holdStanding(basket.performance(), t.zone, t.code, t.left); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return order;
}

Result<Order> SalesService::sell(const Basket &basket,
                                 PaymentMethod method,
                                 const QDateTime &now,
                                 const RuleOverride &override,
                                 const SupervisorApproval &approval)
{
    return place(basket, Mode::Sell, method, {}, now, override, approval);
}

Result<Order> SalesService::reserve(const Basket &basket,
                                    const QDateTime &until,
                                    const QDateTime &now,
                                    const RuleOverride &override,
                                    const SupervisorApproval &approval)
{
    return place(basket, Mode::Reserve, PaymentMethod::Cash, until, now, override, approval);
}

Result<Order> SalesService::changeOrder(OrderId id,
                                        const std::function<Result<void>(Order &)> &change)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    OrderRepository orders(m_db);
    auto order = orders.order(id);
    if (!order)
        return order.error();
    const int payments = int(order->payments().size());
    const int history = int(order->history().size());
    order->setUser(m_context.user);
    if (auto r = change(*order); !r)
        return r.error();
    if (auto r = orders.update(*order, payments, history); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return order;
}

Result<Order> SalesService::payReservation(OrderId id, PaymentMethod method, const QDateTime &now)
{
    return changeOrder(id, [&](Order &order) -> Result<void> {
        if (order.isExpired(now))
            return makeError(ErrorCode::ReservationExpired,
                             QStringLiteral(
                                 "reservation %1 expired at %2; its seats are free again")
                                 .arg(order.number(), order.reservedUntil().toString(Qt::ISODate)));
        return order.pay(Payment{{}, method, order.total() - order.paid(), now, {}}, now);
    });
}

Result<Order> SalesService::cancel(OrderId id, const QString &reason, const QDateTime &now)
{
    return changeOrder(id, [&](Order &order) { return order.cancel(now, reason); });
}

Result<int> SalesService::releaseHolds(PerformanceId performance, const QList<SeatId> &seats)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto n = HoldRepository(m_db).releaseSeats(performance, seats, m_context.user);
    if (!n)
        return n;
    if (auto r = tx.commit(); !r)
        return r.error();
    return n;
}

Result<QList<PerformanceHolds::ZoneHold>> SalesService::sellableStandingHolds(
    PerformanceId performance, const QDateTime &now)
{
    auto stored = CatalogRepository(m_db).performance(performance);
    if (!stored)
        return stored.error();
    HoldRepository holdCodes(m_db);
    auto held = holdCodes.holds(performance);
    if (!held)
        return held.error();
    const QString role = sellerRole();
    QList<PerformanceHolds::ZoneHold> out;
    for (const PerformanceHolds::ZoneHold &h : std::as_const(held->zones)) {
        if (h.quantity <= 0)
            continue;
        auto code = holdCodes.code(h.code);
        const HoldCode hold = code ? *code : HoldCode{};
        // A released hold is already counted as free.
        if (hold.isReleased(stored->startsAt, now) || !hold.allowsRole(role))
            continue;
        out.append(h);
    }
    return out;
}

Result<int> SalesService::releaseExpired(const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto n = expireWithin(now, PerformanceId());
    if (!n)
        return n;
    if (auto r = tx.commit(); !r)
        return r.error();
    return n;
}

} // namespace parkett
