// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/boxoffice.h"

#include "models/customerdesk.h"
#include "models/salesgateway.h"
#include "storage/catalogrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/holdrepository.h"
#include "storage/salesservice.h"

namespace parkett {

BoxOffice::BoxOffice(std::unique_ptr<Database> database, Clock clock)
    : m_database(std::move(database))
    , m_catalog(std::make_unique<CatalogRepository>(*m_database))
    , m_sales(
          std::make_unique<SalesService>(*m_database, SalesService::boxOfficeContext(*m_catalog)))
    , m_customers(std::make_unique<CustomerRepository>(*m_database))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
    , m_customerDesk(std::make_unique<CustomerDesk>(
          *m_database,
          [this] { return m_clock(); },
          SalesService::boxOfficeContext(*m_catalog).user))
{}

BoxOffice::~BoxOffice() = default;

QString BoxOffice::databasePath() const
{
    return m_database->path();
}

void BoxOffice::setSalesContext(UserId user, ChannelId channel)
{
    m_sales = std::make_unique<SalesService>(*m_database, SalesContext{user, channel});
    m_customerDesk->setUser(user);
}

Result<QList<PerformanceSummary>> BoxOffice::upcoming()
{
    const QDateTime now = m_clock();
    return m_catalog->upcoming(now, now);
}

Result<PerformanceSummary> BoxOffice::summary(PerformanceId performance)
{
    return m_catalog->summary(performance, m_clock());
}

Result<PerformanceForSale> BoxOffice::openPerformance(PerformanceId performance)
{
    PerformanceForSale out;
    auto summary = m_catalog->summary(performance, m_clock());
    if (!summary)
        return summary.error();
    out.summary = *summary;
    auto plan = m_catalog->plan(summary->performance.plan);
    if (!plan)
        return plan.error();
    out.plan = std::move(*plan);
    auto prices = m_catalog->priceList(performance);
    if (!prices)
        return prices.error();
    out.prices = *prices;
    auto types = m_catalog->priceTypes();
    if (!types)
        return types.error();
    out.priceTypes = *types;
    auto inventory = m_catalog->inventory(performance, out.plan);
    if (!inventory)
        return inventory.error();
    out.inventory = *inventory;
    return out;
}

Result<Inventory> BoxOffice::inventory(PerformanceId performance, const SeatPlan &plan)
{
    return m_catalog->inventory(performance, plan);
}

Result<Order> BoxOffice::sell(const Basket &basket,
                              PaymentMethod method,
                              const QString &overrideReason)
{
    // SalesService refuses a customer blocked from sale unless a supervisor's approval,
    // given at the card, comes with the sale.
    auto order = m_sales->sell(basket,
                               method,
                               m_clock(),
                               RuleOverride{overrideReason},
                               m_customerDesk->approvalFor(basket.customer()));
    if (order)
        m_customerDesk->saleCompleted(basket.customer());
    return order;
}

Result<Order> BoxOffice::reserve(const Basket &basket,
                                 const QDateTime &until,
                                 const QString &overrideReason)
{
    auto order = m_sales->reserve(basket,
                                  until,
                                  m_clock(),
                                  RuleOverride{overrideReason},
                                  m_customerDesk->approvalFor(basket.customer()));
    if (order)
        m_customerDesk->saleCompleted(basket.customer());
    return order;
}

Result<Order> BoxOffice::payReservation(OrderId order, PaymentMethod method)
{
    return m_sales->payReservation(order, method, m_clock());
}

Result<Order> BoxOffice::cancelReservation(OrderId order, const QString &reason)
{
    auto current = m_customerDesk->order(order);
    if (!current)
        return current.error();
    if (current->status() != OrderStatus::Reserved)
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("order %1 is not a reservation").arg(current->number()));
    return m_sales->cancel(order, reason, m_clock());
}

SalesGateway &BoxOffice::salesGateway()
{
    if (m_gateway)
        return *m_gateway;
    if (!m_standaloneSales)
        m_standaloneSales = std::make_unique<StandaloneSales>(*this);
    return *m_standaloneSales;
}

Result<QList<Customer>> BoxOffice::searchCustomers(const QString &text, int limit)
{
    auto alternatives = m_customerDesk->alternativeEmailsEnabled();
    return m_customers->search(text, limit, alternatives && *alternatives);
}

Result<QList<BoxOffice::VenuePlan>> BoxOffice::venuePlans()
{
    auto venues = m_catalog->venues();
    if (!venues)
        return venues.error();
    QList<VenuePlan> out;
    for (const Venue &venue : *venues) {
        auto id = m_catalog->latestPlan(venue.id);
        if (!id)
            continue; // a venue without a plan yet has nothing to edit
        auto plan = m_catalog->plan(*id);
        if (!plan)
            return plan.error();
        out.append({venue, std::move(*plan)});
    }
    return out;
}

Result<BoxOffice::PlanSaved> BoxOffice::savePlanVersion(VenueId venue, const SeatPlan &plan)
{
    TransactionGuard tx(*m_database);
    if (!tx.isActive())
        return tx.beginError();
    auto saved = m_catalog->savePlanVersion(venue, plan, now());
    if (!saved)
        return saved.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return PlanSaved{saved->version, int(saved->movedPerformances.size())};
}

Result<int> BoxOffice::releaseExpired()
{
    return m_sales->releaseExpired(m_clock());
}

const SeatNeighbours &BoxOffice::geometryFor(const SeatPlan &plan)
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

Result<QHash<SeatId, QString>> BoxOffice::blockedSeats(PerformanceId performance,
                                                       const SeatPlan &plan)
{
    if (plan.areas().isEmpty())
        return QHash<SeatId, QString>();
    auto inventory = m_catalog->inventory(performance, plan);
    if (!inventory)
        return inventory.error();
    const SeatNeighbours &geometry = geometryFor(plan);
    return computeBlockedSeats(geometry, SeatClaims::fromInventory(plan, *inventory, m_clock()))
        .texts(plan);
}

QSet<SeatId> BoxOffice::distancedNeighbours(const SeatPlan &plan, const QSet<SeatId> &selection)
{
    QSet<SeatId> out;
    if (plan.areas().isEmpty() || selection.isEmpty())
        return out;
    const SeatNeighbours &geometry = geometryFor(plan);
    QList<DistancedSeat> around;
    for (SeatId id : selection) {
        const int seat = plan.seatIndex(id);
        if (seat >= 0)
            appendDistancedSeats(geometry, seat, around);
    }
    for (const DistancedSeat &d : std::as_const(around)) {
        const SeatId id = plan.seats().at(d.seat).id;
        if (!selection.contains(id))
            out.insert(id);
    }
    return out;
}

Result<RuleCheck> BoxOffice::checkRules(const Basket &basket, bool reservation)
{
    return m_sales->checkRules(basket, reservation, m_clock());
}

Result<int> BoxOffice::releaseHolds(PerformanceId performance, const QList<SeatId> &seats)
{
    return m_sales->releaseHolds(performance, seats);
}

Result<bool> BoxOffice::isHeldAtOtherTerminal(const QString &holdCode)
{
    return HoldRepository(*m_database).isHeldAtOtherTerminal(holdCode);
}

Result<QList<PerformanceHolds::ZoneHold>> BoxOffice::sellableStandingHolds(PerformanceId performance)
{
    return m_sales->sellableStandingHolds(performance, m_clock());
}

Result<BestAvailableResult> BoxOffice::bestAvailable(PerformanceId performance,
                                                     const SeatPlan &plan,
                                                     const BestAvailableRequest &request)
{
    auto inventory = m_catalog->inventory(performance, plan);
    if (!inventory)
        return inventory.error();
    const QDateTime now = m_clock();
    const SeatNeighbours &geometry = geometryFor(plan);
    const SeatClaims claims = SeatClaims::fromInventory(plan, *inventory, now);
    BestAvailableRequest withStanding = request;
    if (withStanding.allowStanding && withStanding.standingFree.isEmpty()) {
        for (const StandingZone &zone : plan.zones())
            withStanding.standingFree.insert(zone.id, inventory->zoneCounts(zone.id, now).free());
    }
    return findBestAvailable(geometry, claims, computeBlockedSeats(geometry, claims), withStanding);
}

} // namespace parkett
