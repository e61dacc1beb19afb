// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUuid>

namespace parkett {

class Database;
class ServerClient;
class SyncCache;
struct ServerReply;

/** One operation made here for the server. */
struct OutboxEntry
{
    enum class State { Pending, Sent, Refused };

    qint64 seq = 0; ///< replay order
    QUuid operation;
    QByteArray method;
    QString route;
    QJsonObject body;
    QDateTime createdAt;
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    OrderId order;       ///< the local order this operation made, if any
    CustomerId customer; ///< the customer made offline here that this operation creates
};

/** The outbox: operations made while offline, appended in the same SQLite transaction as
    their local effect, and replayed to the server in order when it is reachable again. Each
    keeps its operation id, so a retry after a cut connection gets the server's stored answer
    and is never applied twice. A 2xx answer (or a replayed one) marks it sent; a refusal
    (409, 422 and the other 4xx the server stores) moves it to the supervisor queue, never
    dropped; no answer, 5xx or 401 leave it pending and stop the replay there, so later
    operations never overtake it. */
class Outbox final : public QObject
{
    Q_OBJECT

public:
    /** \a cache, when given, takes the server's answers: an accepted offline order is linked
        to the server's, a refused one stops counting. */
    explicit Outbox(Database &db, SyncCache *cache = nullptr, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Outbox)

    /** Appends an operation; run it inside the transaction of its local effect. The caller
        calls announce() after its commit. \a operation, when given, is the id (one already
        sent once without an answer, so that the server's stored answer settles it); else a
        new one. \a customer names a customer made offline here that the operation creates
        on the server: its answer gives the cached customer the server's id
        (OfflineCustomers::adopt()). */
    Result<QUuid> append(const QByteArray &method,
                         const QString &route,
                         const QJsonObject &body,
                         const QDateTime &now,
                         OrderId order = {},
                         CustomerId customer = {},
                         const QUuid &operation = {});
    /** Tells the listeners that the depth may have changed. */
    void announce();

    /** Operations not yet acknowledged by the server. */
    Result<int> depth();
    Result<QList<OutboxEntry>> entries(std::optional<OutboxEntry::State> state = {});
    Result<OutboxEntry> entry(const QUuid &operation);

    /** Sends the pending operations one after another; does nothing while a replay runs. */
    void replay(ServerClient &client);
    /** Stops after the operation in flight (whose answer is still recorded). */
    void stop() { m_stopRequested = true; }
    bool isReplaying() const { return m_replaying; }

    static QString stateName(OutboxEntry::State state);

Q_SIGNALS:
    void depthChanged(int depth);
    void operationSent(const QUuid &operation, int status);
    void operationRefused(const QUuid &operation, const QString &code, const QString &message);
    /** The replay ran out of pending operations (or was stopped). */
    void replayFinished(int sent, int refused);
    /** The replay stopped at an operation that got no usable answer; it stays pending. */
    void replayInterrupted(const QString &reason);

private:
    void next();
    void handle(const OutboxEntry &entry, const ServerReply &reply);
    Result<void> recordSent(const OutboxEntry &entry, const ServerReply &reply);
    Result<void> recordRefused(const OutboxEntry &entry, const ServerReply &reply);
    void finish();

    Database &m_db;
    SyncCache *m_cache = nullptr;
    QPointer<ServerClient> m_client;
    bool m_replaying = false;
    bool m_stopRequested = false;
    int m_sent = 0;
    int m_refused = 0;
};

} // namespace parkett
