// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connectedsales.h"

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
    return !isConnected() && m_standalone.canReserve();
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
        m_sync.onlineSales().sell(basket, method, context, std::move(done));
        return;
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

} // namespace parkett
