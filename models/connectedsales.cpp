// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connectedsales.h"

#include "models/customerdesk.h"
#include "sync/offlinesales.h"
#include "sync/onlinesales.h"
#include "sync/session.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"

#include <QDateTime>

namespace parkett {

ConnectedSales::ConnectedSales(SyncServices &sync, SalesGateway &standalone, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_standalone(standalone)
{}

bool ConnectedSales::isConnected() const
{
    return m_sync.isConfigured();
}

bool ConnectedSales::isOnline() const
{
    return m_sync.session().isSignedIn() && m_sync.engine().isOnline()
           && !m_sync.engine().isForcedOffline();
}

bool ConnectedSales::canReserve() const
{
    if (!isConnected())
        return m_standalone.canReserve();
    return isOnline();
}

QString ConnectedSales::reserveRefusal() const
{
    if (canReserve())
        return {};
    if (!isConnected())
        return m_standalone.reserveRefusal();
    return tr("A reservation needs the server, which cannot be reached now. Offline, this "
              "terminal can only sell from its lease.");
}

SalesGateway::ApprovalCheck ConnectedSales::approvalCheck() const
{
    if (!isConnected())
        return m_standalone.approvalCheck();
    return isOnline() ? ApprovalCheck::Server : ApprovalCheck::Unavailable;
}

bool ConnectedSales::canOverrideRules() const
{
    // The server applies the seating rules; the counter cannot overrule it.
    return !isConnected() && m_standalone.canOverrideRules();
}

QString ConnectedSales::modeText() const
{
    if (!isConnected())
        return m_standalone.modeText();
    return isOnline() ? tr("Online: sales go to the server")
                      : tr("Offline: sales from this terminal's lease");
}

SupervisorApproval ConnectedSales::approvalFor(const Basket &basket) const
{
    if (!m_customers || !basket.customer().isValid())
        return {};
    return m_customers->approvalFor(basket.customer());
}

SalesGateway::Done ConnectedSales::forgettingApproval(CustomerId customer, Done done)
{
    if (!m_customers || !customer.isValid())
        return done;
    // The desk outlives this gateway's requests (both belong to the composition root).
    CustomerDesk *customers = m_customers;
    return [customers, customer, done = std::move(done)](Result<Order> order) {
        // Placed, or the server refused the approval: the password is not kept. Any other
        // refusal (a seat taken meanwhile, no answer) leaves it for the retry of this sale.
        const bool refused = !order && order.error().code == ErrorCode::PermissionDenied;
        if (order || refused)
            customers->saleCompleted(customer);
        if (refused)
            done(makeError(ErrorCode::PermissionDenied,
                           tr("The server refused the supervisor's approval: %1. Nothing was "
                              "sold; ask the supervisor again at the customer card.")
                               .arg(order.error().message)));
        else
            done(std::move(order));
    };
}

std::optional<Error> ConnectedSales::offlineRefusal(const QString &what) const
{
    if (isOnline())
        return std::nullopt;
    return makeError(ErrorCode::IllegalTransition,
                     tr("%1 needs the server, which cannot be reached now. Nothing was saved; "
                        "try again when the connection is back.")
                         .arg(what));
}

void ConnectedSales::sell(const Basket &basket,
                          PaymentMethod method,
                          const QString &overrideReason,
                          QObject *context,
                          Done done)
{
    if (!isConnected()) {
        m_standalone.sell(basket, method, overrideReason, context, std::move(done));
        return;
    }
    if (!overrideReason.isEmpty()) {
        done(makeError(ErrorCode::PermissionDenied,
                       tr("The server's seating rules cannot be overridden at the counter.")));
        return;
    }
    if (isOnline()) {
        m_sync.onlineSales().sell(basket,
                                  method,
                                  context,
                                  forgettingApproval(basket.customer(), std::move(done)),
                                  approvalFor(basket));
        return;
    }
    // Offline nobody can check a supervisor's password (this file keeps none), so a customer
    // blocked from sale cannot buy here until the server is back.
    if (basket.customer().isValid() && m_customers) {
        auto flags = m_customers->flags(basket.customer());
        if (!flags) {
            done(flags.error());
            return;
        }
        if (!blockingFlags(*flags).isEmpty()) {
            m_customers->saleCompleted(basket.customer()); // the password is not kept
            done(makeError(ErrorCode::PermissionDenied,
                           tr("This customer is blocked from sale. A supervisor's approval needs "
                              "the server, which cannot be reached now: this terminal cannot "
                              "check the supervisor's password. Nothing was sold.")));
            return;
        }
    }
    OfflineSales offline = m_sync.offlineSales();
    auto sold = offline.sell(basket, method, QDateTime::currentDateTimeUtc());
    if (!sold && sold.error().code == ErrorCode::SeatUnavailable) {
        done(makeError(ErrorCode::SeatUnavailable,
                       tr("Offline, this terminal sells only what is leased to it (Server > "
                          "Terminal leases). %1")
                           .arg(sold.error().message)));
        return;
    }
    done(std::move(sold));
}

void ConnectedSales::reserve(const Basket &basket,
                             const QDateTime &until,
                             const QString &overrideReason,
                             QObject *context,
                             Done done)
{
    if (!isConnected()) {
        m_standalone.reserve(basket, until, overrideReason, context, std::move(done));
        return;
    }
    if (!overrideReason.isEmpty()) {
        done(makeError(ErrorCode::PermissionDenied,
                       tr("The server's seating rules cannot be overridden at the counter.")));
        return;
    }
    if (auto refused = offlineRefusal(tr("A reservation"))) {
        done(*refused);
        return;
    }
    m_sync.onlineSales().reserve(basket,
                                 until,
                                 context,
                                 forgettingApproval(basket.customer(), std::move(done)),
                                 approvalFor(basket));
}

void ConnectedSales::payReservation(OrderId order, PaymentMethod method, QObject *context, Done done)
{
    if (!isConnected()) {
        m_standalone.payReservation(order, method, context, std::move(done));
        return;
    }
    if (auto refused = offlineRefusal(tr("Paying a reservation"))) {
        done(*refused);
        return;
    }
    m_sync.onlineSales().pay(order, method, context, std::move(done));
}

void ConnectedSales::cancelReservation(OrderId order,
                                       const QString &reason,
                                       QObject *context,
                                       Done done)
{
    if (!isConnected()) {
        m_standalone.cancelReservation(order, reason, context, std::move(done));
        return;
    }
    if (auto refused = offlineRefusal(tr("Cancelling a reservation"))) {
        done(*refused);
        return;
    }
    m_sync.onlineSales().cancel(order, reason, context, std::move(done));
}

} // namespace parkett
