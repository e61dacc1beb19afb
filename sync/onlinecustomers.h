// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/customermerge.h"
#include "core/customerrecords.h"
#include "core/ids.h"
#include "core/result.h"

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUuid>

namespace parkett {

class Database;
class ServerClient;
class SyncCache;
struct ServerReply;

/** Customer changes that every terminal must see, made on the server while online: the
    customer's flags and block from sale (POST /v1/customers/{id}/flags). Nothing is written
    here before the server answers; the cache then takes the customer from the answer, as it
    takes other terminals' changes from the feed. A refusal (a counter lifting a block only a
    supervisor may lift) changes nothing. */
class OnlineCustomers final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;
    /** \a answered is false when the server never answered (all tries): it may or may not
        have created the customer, and the same operation id settles it later. */
    using CreateDone = std::function<void(Result<CustomerId> created, bool answered)>;
    using SaveDone = std::function<void(Result<CustomerSaveResult>)>;

    OnlineCustomers(Database &db, ServerClient &client, SyncCache &cache, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OnlineCustomers)

    /** How many times a request without an answer is sent again (same operation id). */
    void setRetries(int retries) { m_retries = retries; }

    /** Gives the cached customer \a customer the flags \a flags (ids of this store's flag
        definitions) on the server: their codes, and blocked from sale when one of them
        blocks a sale. \a done runs once, never after \a context is gone. */
    void setFlags(CustomerId customer, const QList<qint64> &flags, QObject *context, Done done);
    /** setFlags() with the customer's cached flags and \a flag added or, unless \a set,
        taken away. */
    void changeFlag(CustomerId customer, qint64 flag, bool set, QObject *context, Done done);

    /** Creates \a customer on the server (POST /v1/customers with the contact fields it
        keeps, under \a operation for all tries), then here under the server's id and
        number with the fields only this terminal keeps, as \a user. Invalid fields are
        refused with nothing sent. */
    void create(const Customer &customer,
                const QUuid &operation,
                UserId user,
                QObject *context,
                CreateDone done);
    /** Saves \a edited: its contact fields on the server (PUT /v1/customers/{id}) when they
        changed, then everything here, as CustomerService::save() does (a revision older
        than the cached one is a conflict, with nothing sent). */
    void save(const Customer &edited, UserId user, QObject *context, SaveDone done);
    /** Anonymises \a customer on the server (POST /v1/customers/{id}/anonymise), then here as
        CustomerService::anonymise() does, as \a user. A customer made offline that has not
        reached the server yet is refused with nothing sent. */
    void anonymise(CustomerId customer, UserId user, QObject *context, Done done);
    /** Merges \a other into \a survivor on the server (POST /v1/customers/{id}/merge), then
        here as CustomerService::merge() does with \a choices; the survivor takes the
        server's flags. When the chosen names, e-mail or phone differ from what the server
        keeps of the survivor, they are sent as an edit (PUT /v1/customers/{id}). */
    void merge(CustomerId survivor,
               CustomerId other,
               const QMap<CustomerField, MergeSide> &choices,
               UserId user,
               QObject *context,
               std::function<void(Result<qint64>)> done);

private:
    Database &m_db;
    ServerClient &m_client;
    SyncCache &m_cache;
    int m_retries = 3;
};

} // namespace parkett
