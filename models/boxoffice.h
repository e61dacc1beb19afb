// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/bestavailable.h"
#include "core/catalog.h"
#include "core/customer.h"
#include "core/holds.h"
#include "core/inventory.h"
#include "core/order.h"
#include "core/orderrules.h"
#include "core/result.h"
#include "core/seatplan.h"

#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace parkett {

class CatalogRepository;
class CustomerDesk;
class CustomerRepository;
class Database;
class SalesGateway;
class SalesService;
class StandaloneSales;
struct RuleOverride;

/** Everything the counter needs to sell one performance, read in one go. */
struct PerformanceForSale
{
    PerformanceSummary summary;
    SeatPlan plan;
    PriceList prices;
    QList<PriceType> priceTypes;
    Inventory inventory;
};

/** The box office as the desktop widgets see it: reads and sales through the storage facades,
    with an injectable clock. Widgets depend on this facade and never on storage/, so the same
    screens can later run against the sync layer. Owns the database it is given. */
class BoxOffice
{
public:
    using Clock = std::function<QDateTime()>;

    BoxOffice(std::unique_ptr<Database> database, Clock clock = {});
    ~BoxOffice();
    Q_DISABLE_COPY_MOVE(BoxOffice)

    QDateTime now() const { return m_clock(); }
    QString databasePath() const;
    /** "Standalone" for a local file; the server's name once connected. */
    QString modeName() const { return m_modeName; }
    void setModeName(const QString &name) { m_modeName = name; }
    /** Who sells: the first box-office user at the box-office channel when not set. */
    void setSalesContext(UserId user, ChannelId channel);

    Result<QList<PerformanceSummary>> upcoming();
    Result<PerformanceSummary> summary(PerformanceId performance);
    Result<PerformanceForSale> openPerformance(PerformanceId performance);
    Result<Inventory> inventory(PerformanceId performance, const SeatPlan &plan);

    /** Sells; a non-empty \a overrideReason is a supervisor's override of the seating rules
        (refused for other roles), logged in the order's history. */
    Result<Order> sell(const Basket &basket,
                       PaymentMethod method,
                       const QString &overrideReason = {});
    Result<Order> reserve(const Basket &basket,
                          const QDateTime &until,
                          const QString &overrideReason = {});
    /** Pays the reserved \a order in full; refused when it ran out or is not reserved. */
    Result<Order> payReservation(OrderId order, PaymentMethod method);
    /** Cancels the reserved \a order with \a reason; refused when it is not reserved. */
    Result<Order> cancelReservation(OrderId order, const QString &reason);
    Result<int> releaseExpired();

    /** Where the desktop's sales, reservations and payments of reservations go: the gateway
        the composition root set (connected mode; not owned, unset it before it goes), else
        this file. */
    void setSalesGateway(SalesGateway *gateway) { m_gateway = gateway; }
    SalesGateway &salesGateway();

    /** A venue with its newest plan version, for the seat-map editor. */
    struct VenuePlan
    {
        Venue venue;
        SeatPlan plan;
    };
    Result<QList<VenuePlan>> venuePlans();
    /** What saving a plan did: its version and how many performances moved onto it. */
    struct PlanSaved
    {
        int version = 0;
        int movedPerformances = 0;
    };
    /** Saves \a plan as \a venue's next plan version in one transaction; performances that
        have not started move onto it. Refused, with every seat named, when it drops a seat
        that holds a ticket. */
    Result<PlanSaved> savePlanVersion(VenueId venue, const SeatPlan &plan);

    // --- Seating rules (distancing, area and table limits, holds, best available) ---

    /** The free seats the rules block now, with the reason: derived, never stored. */
    Result<QHash<SeatId, QString>> blockedSeats(PerformanceId performance, const SeatPlan &plan);
    /** The seats \a selection would keep free for others under distancing: what the counter
        highlights before the sale. */
    QSet<SeatId> distancedNeighbours(const SeatPlan &plan, const QSet<SeatId> &selection);
    /** The check a sale (or reservation) of \a basket would make now; nothing is written. */
    Result<RuleCheck> checkRules(const Basket &basket, bool reservation = false);
    /** The counter's "N best seats": the staged best-available search on the current state. */
    Result<BestAvailableResult> bestAvailable(PerformanceId performance,
                                              const SeatPlan &plan,
                                              const BestAvailableRequest &request);
    /** Customers for what a clerk typed (name, e-mail, phone, number); at most \a limit. */
    Result<QList<Customer>> searchCustomers(const QString &text, int limit = 20);

    /** Takes the holds off \a seats as the signed-in user; refused (PermissionDenied) unless
        the user's role may release every hold code involved. Returns how many were held. */
    Result<int> releaseHolds(PerformanceId performance, const QList<SeatId> &seats);
    /** Whether places under \a holdCode are held at another terminal (connected mode): the
        server's to release, not this counter's. */
    Result<bool> isHeldAtOtherTerminal(const QString &holdCode);
    /** Standing places held under codes the signed-in user's role may sell: a sale takes
        them, in this order, once a zone's free places are used up. */
    Result<QList<PerformanceHolds::ZoneHold>> sellableStandingHolds(PerformanceId performance);

    /** The customer card's facade (search, contact, flags, consent, orders, GDPR). */
    CustomerDesk &customers() { return *m_customerDesk; }

    /** For the composition root and tests: the storage underneath. */
    Database &database() { return *m_database; }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<SalesService> m_sales;
    std::unique_ptr<CustomerRepository> m_customers;
    Clock m_clock;
    std::unique_ptr<CustomerDesk> m_customerDesk;
    QString m_modeName;
    std::unique_ptr<StandaloneSales> m_standaloneSales;
    SalesGateway *m_gateway = nullptr;
    /** The rule geometry of the last plan asked about, computed once per plan version. */
    const SeatNeighbours &geometryFor(const SeatPlan &plan);
    std::unique_ptr<SeatPlan> m_rulesPlan;
    std::unique_ptr<SeatNeighbours> m_rulesGeometry;
};

} // namespace parkett
