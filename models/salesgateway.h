// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/order.h"
#include "core/result.h"

#include <functional>

#include <QObject>
#include <QString>

namespace parkett {

class BoxOffice;

/** How the sales screen turns a basket into a sold order. The composition root chooses it:
    StandaloneSales sells into the local file (today's SalesService), ConnectedSales sells on
    the server or, offline, from the terminal's lease. The screen knows only this. */
class SalesGateway
{
public:
    using Done = std::function<void(Result<Order>)>;

    virtual ~SalesGateway() = default;

    /** Sells \a basket. \a done runs exactly once, possibly before sell() returns, and never
        after \a context is gone. A non-empty \a overrideReason is a supervisor's override of
        the seating rules (only where canOverrideRules()). */
    virtual void sell(const Basket &basket,
                      PaymentMethod method,
                      const QString &overrideReason,
                      QObject *context,
                      Done done)
        = 0;
    /** Reservations go through BoxOffice::reserve(); false where they cannot (connected). */
    virtual bool canReserve() const = 0;
    /** A supervisor may sell against the seating rules with a reason. */
    virtual bool canOverrideRules() const = 0;
    /** Where a sale goes now, for the screen: "Standalone", "Online", "Offline (lease)". */
    virtual QString modeText() const = 0;
};

/** Standalone: the sale is committed in the local file by BoxOffice, at once. */
class StandaloneSales final : public SalesGateway
{
public:
    explicit StandaloneSales(BoxOffice &boxOffice)
        : m_boxOffice(boxOffice)
    {}

    void sell(const Basket &basket,
              PaymentMethod method,
              const QString &overrideReason,
              QObject *context,
              Done done) override;
    bool canReserve() const override { return true; }
    bool canOverrideRules() const override { return true; }
    QString modeText() const override;

private:
    BoxOffice &m_boxOffice;
};

} // namespace parkett
