// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/catalog.h"
#include "core/customerflag.h"
#include "core/holds.h"
#include "core/order.h"
#include "core/orderrules.h"
#include "core/result.h"

#include <functional>
#include <memory>

#include <QDateTime>

namespace parkett {

class CatalogRepository;
class Database;

/** Who sells: the signed-in user at a channel. */
struct SalesContext
{
    UserId user;
    ChannelId channel;
};

/** A supervisor's decision to place an order that the seating rules refuse; the reason and
    the rules it overrides are written to the order's history. */
struct RuleOverride
{
    QString reason;
    bool isSet() const { return !reason.trimmed().isEmpty(); }
};

/** The facade for selling: every operation is one immediate write transaction that checks
    availability against the stored state, writes the order, and commits before anything is
    printed. A refused sale writes nothing. */
class SalesService
{
public:
    using BarcodeSource = std::function<QString()>;

    explicit SalesService(Database &db, SalesContext context = {}, BarcodeSource barcodes = {});

    /** Sells the basket. Refused, with nothing written, when a seat is taken, held under a
        code the seller's role may not sell, or when the plan's seating rules (distancing,
        area and table limits) refuse the order, unless a supervisor overrides with a reason.
        Refused (IllegalTransition) when the basket's customer is blocked from sale, unless
        \a approval holds a supervisor's credentials (PermissionDenied when they are wrong);
        the decision is core's decideBlockedSale(), which the connected client and the
        server make too. */
    Result<Order> sell(const Basket &basket,
                       PaymentMethod method,
                       const QDateTime &now,
                       const RuleOverride &override = {},
                       const SupervisorApproval &approval = {});
    Result<Order> reserve(const Basket &basket,
                          const QDateTime &until,
                          const QDateTime &now,
                          const RuleOverride &override = {},
                          const SupervisorApproval &approval = {});
    /** The seating-rule check a sale (or a reservation when \a reservation) of the basket
        would make now, without writing anything. */
    Result<RuleCheck> checkRules(const Basket &basket, bool reservation, const QDateTime &now);
    Result<Order> payReservation(OrderId order, PaymentMethod method, const QDateTime &now);
    Result<Order> cancel(OrderId order, const QString &reason, const QDateTime &now);
    /** Takes the holds off \a seats of \a performance in one transaction; refused with
        PermissionDenied, releasing nothing, unless the seller's role may release every code
        involved. Returns how many seats were held. */
    Result<int> releaseHolds(PerformanceId performance, const QList<SeatId> &seats);
    /** Cancels every reservation whose time is up; returns how many. */
    Result<int> releaseExpired(const QDateTime &now);
    /** The standing holds of \a performance whose places the seller's role may sell at \a now
        (not released, quantity above zero), in the order a sale takes from them once the
        zone's free places are used up. */
    Result<QList<PerformanceHolds::ZoneHold>> sellableStandingHolds(PerformanceId performance,
                                                                    const QDateTime &now);

    /** The standalone counter: the first box-office user at the box-office channel. */
    static SalesContext boxOfficeContext(CatalogRepository &catalog);

    /** A random ticket code: 16 characters of an unambiguous alphabet (80 bits). */
    static QString randomBarcode();

private:
    enum class Mode { Sell, Reserve };
    Result<Order> place(const Basket &basket,
                        Mode mode,
                        PaymentMethod method,
                        const QDateTime &until,
                        const QDateTime &now,
                        const RuleOverride &override,
                        const SupervisorApproval &approval);
    /** The seller's role name ("box-office"); empty when unknown. */
    QString sellerRole();
    /** The rule geometry of \a plan, computed once per plan version and rule set. */
    const SeatNeighbours &geometryFor(const SeatPlan &plan);
    Result<int> expireWithin(const QDateTime &now, PerformanceId performance);
    Result<Order> changeOrder(OrderId id, const std::function<Result<void>(Order &)> &change);

    Database &m_db;
    SalesContext m_context;
    BarcodeSource m_barcodes;
    std::unique_ptr<SeatPlan> m_rulesPlan;
    std::unique_ptr<SeatNeighbours> m_rulesGeometry;
};

} // namespace parkett
