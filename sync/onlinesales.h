// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/customerflag.h"
#include "core/order.h"
#include "core/result.h"

#include <functional>

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUuid>

namespace parkett {

class Database;
class ServerClient;
class SyncCache;
struct ServerReply;

/** Selling while online: the server holds the seats (POST /v1/holds), then confirms the
    order (POST /v1/orders); the answer is written into the cache and the local order read
    back. A request whose answer was lost is sent again with the same operation id, so the
    server answers from the stored result and never sells twice. */
class OnlineSales final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<Order>)>;

    OnlineSales(Database &db, ServerClient &client, SyncCache &cache, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OnlineSales)

    /** How many times a request without an answer is sent again (same operation id). */
    void setRetries(int retries) { m_retries = retries; }
    void setHoldSeconds(int seconds) { m_holdSeconds = seconds; }

    /** Holds and confirms \a basket on the server. A customer blocked from sale (core's
        decideBlockedSale() on the flags in this store) is refused before anything is sent,
        unless \a approval is set: it then goes with the order ("supervisor": login and
        password) for the server to verify. */
    void sell(const Basket &basket,
              PaymentMethod method,
              QObject *context,
              Done done,
              const SupervisorApproval &approval = {});
    /** Holds and confirms \a basket on the server as a reservation until \a until (the
        server lets it run out then); blocked customers as for sell(). A supervisor's approval
        refused by the server is PermissionDenied. */
    void reserve(const Basket &basket,
                 const QDateTime &until,
                 QObject *context,
                 Done done,
                 const SupervisorApproval &approval = {});
    /** Pays the cached reservation \a order on the server (POST /v1/orders/{id}/pay, its
        whole total by \a method); the cache is updated from the answer. */
    void pay(OrderId order, PaymentMethod method, QObject *context, Done done);
    /** Cancels the cached reservation \a order on the server (POST /v1/orders/{id}/cancel);
        the cache is updated from the answer, its seats free again. */
    void cancel(OrderId order, const QString &reason, QObject *context, Done done);

    /** The body of POST /v1/holds and POST /v1/orders for \a basket: a sale paid by
        \a method, or a reservation when \a reserveUntil is valid. */
    static QJsonObject holdBody(const Basket &basket, int ttlSeconds);
    static QJsonObject orderBody(const Basket &basket,
                                 const QString &hold,
                                 PaymentMethod method,
                                 const QDateTime &reserveUntil = {});

private:
    void place(const Basket &basket,
               PaymentMethod method,
               const QDateTime &reserveUntil,
               QObject *context,
               Done done,
               const SupervisorApproval &approval);
    /** Sends to \a action ("pay", "cancel") of the reserved cached \a order the body that
        \a bodyFor makes of the order's total (read with the rest of the order's row). */
    void changeReservation(OrderId order,
                           const QString &action,
                           const std::function<QJsonObject(qint64 total)> &bodyFor,
                           QObject *context,
                           Done done);

    Database &m_db;
    ServerClient &m_client;
    SyncCache &m_cache;
    int m_retries = 3;
    int m_holdSeconds = 600;
};

} // namespace parkett
