// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customerflag.h"
#include "models/salesgateway.h"

#include <QObject>

#include <optional>

namespace parkett {

class CustomerDesk;
class SyncServices;

/** Connected mode's sales: with the server in reach, hold then confirm on the server
    (OnlineSales), the cache updated from its answer; without it, from this terminal's lease
    only (OfflineSales, the sale and its outbox operation in one transaction), refused with
    the places that are not leased here. While no server is configured for the file, sales
    go to \a standalone unchanged.

    Reservations, and paying or cancelling one, need the server: online they go to it,
    offline they are refused with nothing written. A supervisor's approval of a sale to a
    customer blocked from sale (given at the customer card, kept by the CustomerDesk) goes
    with the order for the server to check; offline nobody can check it, so such a sale is
    refused. The approval, password included, is forgotten once the order is placed or the
    server refused it. */
class ConnectedSales final
    : public QObject
    , public SalesGateway
{
    Q_OBJECT

public:
    ConnectedSales(SyncServices &sync, SalesGateway &standalone, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConnectedSales)

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
    bool canReserve() const override;
    QString reserveRefusal() const override;
    ApprovalCheck approvalCheck() const override;
    bool canOverrideRules() const override;
    QString modeText() const override;

    /** A server is configured for this file: sales go through it. */
    bool isConnected() const;
    /** The server is in reach and not switched off by "Work offline". */
    bool isOnline() const;
    /** Where supervisors' approvals of blocked customers' sales are kept (the box office's
        customer desk); without it no approval goes with an order. Not owned. */
    void setCustomerDesk(CustomerDesk *customers) { m_customers = customers; }

private:
    /** The approval given for \a basket's customer, if any. */
    SupervisorApproval approvalFor(const Basket &basket) const;
    /** Wraps \a done: forgets the approval for \a customer once the server decided. */
    Done forgettingApproval(CustomerId customer, Done done);
    /** Refuses what needs the server while offline; empty when online. */
    std::optional<Error> offlineRefusal(const QString &what) const;

    SyncServices &m_sync;
    SalesGateway &m_standalone;
    CustomerDesk *m_customers = nullptr;
};

} // namespace parkett
