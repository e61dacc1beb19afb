// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connectedcustomers.h"

#include "storage/customerservice.h"
#include "sync/offlinecustomers.h"
#include "sync/onlinecustomers.h"
#include "sync/session.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "sync/syncstate.h"

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

bool ConnectedCustomers::writesCustomers() const
{
    return m_sync.isConfigured();
}

void ConnectedCustomers::create(const Customer &customer,
                                UserId user,
                                QObject *context,
                                CreateDone done)
{
    const SyncState state(m_sync.database());
    const qint64 terminal = state.terminalId();
    if (!user.isValid())
        user = UserId(state.userId());
    SyncServices *sync = &m_sync;
    const auto offline = [sync, customer, terminal, user](const QUuid &operation) {
        return OfflineCustomers(sync->database(), sync->outbox(), sync->cache(), terminal, user)
            .create(customer, QDateTime::currentDateTimeUtc(), operation);
    };
    if (!isOnline()) {
        done(offline({}));
        return;
    }
    // One operation id: when the server never answers, the customer is kept for the outbox
    // under the same id, and the server's stored answer settles whether it was made.
    const QUuid operation = QUuid::createUuid();
    m_online->create(customer,
                     operation,
                     user,
                     context,
                     [offline, operation, done](Result<CustomerId> created, bool answered) {
                         if (!created && !answered) {
                             done(offline(operation));
                             return;
                         }
                         done(created);
                     });
}

void ConnectedCustomers::save(const Customer &edited, UserId user, QObject *context, SaveDone done)
{
    if (isOnline()) {
        m_online->save(edited, user, context, std::move(done));
        return;
    }
    CustomerService local(m_sync.database(), user);
    auto stored = local.customer(edited.id);
    if (!stored) {
        done(stored.error());
        return;
    }
    if (stored->revision == edited.revision
        && OfflineCustomers::changesContact(*stored, normalizedCustomer(edited))) {
        done(makeError(ErrorCode::IllegalTransition,
                       tr("A customer's name, e-mail and phone are kept on the server for every "
                          "counter, which cannot be reached now. Nothing was saved; the other "
                          "details can be saved while offline.")));
        return;
    }
    done(local.save(edited, QDateTime::currentDateTimeUtc()));
}

void ConnectedCustomers::anonymise(CustomerId id, UserId user, QObject *context, EraseDone done)
{
    if (!isOnline()) {
        done(makeError(ErrorCode::IllegalTransition,
                       tr("A customer is anonymised on the server, for every counter, and the "
                          "server cannot be reached now. Nothing was changed; try again when "
                          "the connection is back.")));
        return;
    }
    m_online->anonymise(id, user, context, std::move(done));
}

void ConnectedCustomers::merge(CustomerId survivor,
                               CustomerId other,
                               const QMap<CustomerField, MergeSide> &choices,
                               UserId user,
                               QObject *context,
                               MergeDone done)
{
    if (!isOnline()) {
        done(makeError(ErrorCode::IllegalTransition,
                       tr("Customers are merged on the server, for every counter, and the "
                          "server cannot be reached now. Nothing was changed; try again when "
                          "the connection is back.")));
        return;
    }
    m_online->merge(survivor, other, choices, user, context, std::move(done));
}

Error ConnectedCustomers::undoMergeRefused() const
{
    return makeError(ErrorCode::IllegalTransition,
                     tr("A merge made on the server cannot be undone at the counter."));
}

} // namespace parkett
