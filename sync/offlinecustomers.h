// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/ids.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace parkett {

class Database;
class Outbox;
class SyncCache;

/** Customers made at the counter while the server cannot be reached, in connected mode. The
    customer is written to the cache under a local id (from SyncCache::kLocalIdBase up, like
    offline orders) and a number of this terminal ("T2-C000001"), together with an outbox
    operation that creates it on the server (POST /v1/customers), in one transaction. The
    outbox replays in order, so the customer reaches the server before any offline sale to
    it; the server's answer then gives the cached customer the server's id and number
    (adopt()), and the sales still waiting in the outbox name that id. Only the contact
    fields the server keeps travel (contactJson()); the rest stays on this terminal. */
class OfflineCustomers
{
public:
    OfflineCustomers(
        Database &db, Outbox &outbox, SyncCache &cache, qint64 terminal, UserId user = {});

    /** Writes \a customer here with its outbox operation; \a operation, when given, is the
        id of a creation already sent once without an answer (the server's stored answer
        then settles it, and nothing is created twice). Invalid fields are refused with the
        first problem and nothing written. Returns the local id. */
    Result<CustomerId> create(const Customer &customer,
                              const QDateTime &now,
                              const QUuid &operation = {});

    /** The fields the server keeps of a customer, as POST and PUT /v1/customers take them. */
    static QJsonObject contactJson(const Customer &customer);
    /** Whether \a edited changes any field the server keeps of \a stored. */
    static bool changesContact(const Customer &stored, const Customer &edited);
    /** \a id is a local id: the customer has not reached the server yet. */
    static bool isLocal(CustomerId id);

    /** The server created the customer made here as \a local: the cached customer takes the
        server's id and number (\a server, the answer's customer) with all that hangs on it
        (orders, e-mails, flags, consents, history), and the operations still waiting in the
        outbox name the server's id. One transaction; nothing happens when \a local is
        already gone (an answer taken before). */
    static Result<CustomerId> adopt(Database &db,
                                    SyncCache &cache,
                                    CustomerId local,
                                    const QJsonObject &server);

private:
    Database &m_db;
    Outbox &m_outbox;
    SyncCache &m_cache;
    qint64 m_terminal = 0;
    UserId m_user;
};

} // namespace parkett
