// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connectedcustomers.h"

#include "sync/onlinecustomers.h"
#include "sync/session.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"

namespace parkett {

ConnectedCustomers::ConnectedCustomers(SyncServices &sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_online(new OnlineCustomers(sync.database(), sync.client(), sync.cache(), this))
{}

bool ConnectedCustomers::writesFlags() const
{
    return m_sync.isConfigured();
}

bool ConnectedCustomers::isOnline() const
{
    return m_sync.session().isSignedIn() && m_sync.engine().isOnline()
           && !m_sync.engine().isForcedOffline();
}

void ConnectedCustomers::changeFlag(
    CustomerId customer, qint64 flag, bool set, QObject *context, Done done)
{
    if (!isOnline()) {
        done(makeError(ErrorCode::IllegalTransition,
                       tr("A customer's flags are shared with every counter through the server, "
                          "which cannot be reached now. Nothing was changed; try again when the "
                          "connection is back.")));
        return;
    }
    m_online->changeFlag(customer, flag, set, context, std::move(done));
}

} // namespace parkett
