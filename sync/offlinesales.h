// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/customerflag.h"
#include "core/order.h"
#include "core/result.h"

#include <functional>

#include <QDateTime>
#include <QList>

namespace parkett {

class Database;
class Outbox;

/** What this terminal may sell of one performance while offline. */
struct TerminalLease
{
    PerformanceId performance;
    QList<SeatId> seats;
    struct Zone
    {
        ZoneId zone;
        int quantity = 0;
    };
    QList<Zone> zones;
    int zoneQuantity(ZoneId zone) const;
};

/** Selling while the server cannot be reached: only seats and standing places leased to
    this terminal, each sale written locally with its outbox operation in one transaction,
    under a receipt number unique per terminal ("T2-000041"). The lease is consumed by the
    sale, so a seat is never sold twice here; the server accepts the replay as long as the
    lease is still the terminal's. */
class OfflineSales
{
public:
    using BarcodeSource = std::function<QString()>;

    OfflineSales(Database &db,
                 Outbox &outbox,
                 qint64 terminal,
                 UserId user = {},
                 ChannelId channel = {},
                 BarcodeSource barcodes = {});

    /** Sells \a basket from the lease; refused, with nothing written, when any seat or
        standing place of it is not leased here (the error names them), or when the
        basket's customer is blocked from sale (core's decideBlockedSale()) unless \a approval
        holds a supervisor's login and password known to this store. */
    Result<Order> sell(const Basket &basket,
                       PaymentMethod method,
                       const QDateTime &now,
                       const SupervisorApproval &approval = {});

    Result<TerminalLease> lease(PerformanceId performance);
    /** The receipt number \a number of \a terminal: "T2-000041". */
    static QString receiptText(qint64 terminal, qint64 number);

private:
    Result<QString> nextReceipt();
    Result<void> insertOrder(Order &order, const QString &receipt);

    Database &m_db;
    Outbox &m_outbox;
    qint64 m_terminal = 0;
    UserId m_user;
    ChannelId m_channel;
    BarcodeSource m_barcodes;
};

} // namespace parkett
