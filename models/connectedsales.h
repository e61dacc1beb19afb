// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/salesgateway.h"

#include <QObject>

namespace parkett {

class SyncServices;

/** Connected mode's sales: with the server in reach, hold then confirm on the server
    (OnlineSales), the cache updated from its answer; without it, from this terminal's lease
    only (OfflineSales, the sale and its outbox operation in one transaction), refused with
    the places that are not leased here. While no server is configured for the file, sales
    go to \a standalone unchanged. */
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
    bool canReserve() const override;
    bool canOverrideRules() const override;
    QString modeText() const override;

    /** A server is configured for this file: sales go through it. */
    bool isConnected() const;
    /** The server is in reach and not switched off by "Work offline". */
    bool isOnline() const;

private:
    SyncServices &m_sync;
    SalesGateway &m_standalone;
};

} // namespace parkett
