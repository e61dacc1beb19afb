// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/order.h"
#include "core/result.h"

#include <functional>

#include <QDateTime>
#include <QObject>
#include <QString>

namespace parkett {

class BoxOffice;

/** How the sales screen turns a basket into a sold or reserved order, and how a reservation
    is paid or cancelled. The composition root chooses it: StandaloneSales works on the local
    file (today's SalesService), ConnectedSales on the server or, offline, sells from the
    terminal's lease. The screens know only this. */
class SalesGateway
{
public:
    using Done = std::function<void(Result<Order>)>;

    /** Who checks a supervisor's approval of a sale to a customer blocked from sale. */
    enum class ApprovalCheck {
        Local,      ///< this file's users and password hashes: pick a supervisor, check now
        Server,     ///< the server, when the order reaches it: ask for login and password
        Unavailable ///< nobody can now (connected, but the server is out of reach)
    };

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
    /** Reserves \a basket until \a until (unpaid; the seats go back when it runs out).
        \a done as for sell(). */
    virtual void reserve(const Basket &basket,
                         const QDateTime &until,
                         const QString &overrideReason,
                         QObject *context,
                         Done done)
        = 0;
    /** Pays the reserved \a order in full with \a method; \a done gets the sold order. */
    virtual void payReservation(OrderId order, PaymentMethod method, QObject *context, Done done) = 0;
    /** Cancels the reserved \a order, \a reason kept in its history; its seats are free
        again. \a done gets the cancelled order. */
    virtual void cancelReservation(OrderId order, const QString &reason, QObject *context, Done done)
        = 0;
    /** Reservations can be made now (connected: only while the server is in reach). */
    virtual bool canReserve() const = 0;
    /** Why canReserve() is false, for the screen (empty when it is true). */
    virtual QString reserveRefusal() const { return {}; }
    /** Who checks a supervisor's approval of a blocked customer's sale now. */
    virtual ApprovalCheck approvalCheck() const = 0;
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
    void reserve(const Basket &basket,
                 const QDateTime &until,
                 const QString &overrideReason,
                 QObject *context,
                 Done done) override;
    void payReservation(OrderId order, PaymentMethod method, QObject *context, Done done) override;
    void cancelReservation(OrderId order,
                           const QString &reason,
                           QObject *context,
                           Done done) override;
    bool canReserve() const override { return true; }
    ApprovalCheck approvalCheck() const override { return ApprovalCheck::Local; }
    bool canOverrideRules() const override { return true; }
    QString modeText() const override;

private:
    BoxOffice &m_boxOffice;
};

} // namespace parkett
