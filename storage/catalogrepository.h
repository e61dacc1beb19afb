// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog.h"
#include "core/customer.h"
#include "core/inventory.h"
#include "core/result.h"
#include "core/seatplan.h"

#include <QDateTime>
#include <QList>

namespace parkett {

class Database;

/** Venues, plans, productions, performances, price types and price lists. */
class CatalogRepository
{
public:
    explicit CatalogRepository(Database &db)
        : m_db(db)
    {}

    Result<VenueId> addVenue(const Venue &venue);
    Result<Venue> venue(VenueId id);
    /** Every venue, by name. */
    Result<QList<Venue>> venues();
    /** Stores \a plan as a new version for \a venue. */
    Result<SeatPlanId> addPlan(VenueId venue, const SeatPlan &plan, const QDateTime &now);
    Result<SeatPlan> plan(SeatPlanId id);
    /** The newest plan version of \a venue. */
    Result<SeatPlanId> latestPlan(VenueId venue);

    /** What saving a new plan version did: its id, and the performances that now use it. */
    struct PlanVersionSaved
    {
        SeatPlanId plan;
        int version = 0;
        QList<PerformanceId> movedPerformances;
    };
    /** Saves \a plan as the next version for \a venue and moves the performances that have
        not started and are on an older version of it onto the new one. Refused, with every
        such seat named, when the new version drops a seat that holds an active ticket in one
        of those performances; performances that started keep their version. Call inside a
        TransactionGuard. */
    Result<PlanVersionSaved> savePlanVersion(VenueId venue, SeatPlan plan, const QDateTime &now);

    Result<ProductionId> addProduction(const Production &production);
    Result<Production> production(ProductionId id);

    Result<void> savePriceTypes(const QList<PriceType> &types);
    Result<QList<PriceType>> priceTypes();

    Result<PerformanceId> addPerformance(const Performance &performance, const PriceList &prices);
    Result<Performance> performance(PerformanceId id);
    Result<PriceList> priceList(PerformanceId id);

    /** Performances starting at or after \a from, soonest first, with counts as of \a now. */
    Result<QList<PerformanceSummary>> upcoming(const QDateTime &from,
                                               const QDateTime &now,
                                               int limit = 500);
    Result<PerformanceSummary> summary(PerformanceId id, const QDateTime &now);

    /** The performance's seats and standing places as they stand at \a now. */
    Result<Inventory> inventory(PerformanceId id, const SeatPlan &plan);

    Result<void> blockSeat(PerformanceId performance, SeatId seat, const QString &holdCode);

    Result<ChannelId> addChannel(const Channel &channel);
    Result<QList<Channel>> channels();
    Result<UserId> addUser(const User &user);
    Result<QList<User>> users();

private:
    Result<QList<PerformanceSummary>> summaries(const QString &where,
                                                const QVariant &bind,
                                                const QDateTime &now,
                                                int limit);
    Database &m_db;
};

QString roleName(Role role);
Result<Role> roleFromName(QStringView name);

} // namespace parkett
