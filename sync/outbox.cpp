// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox.h"

#include "storage/database.h"
#include "sync/offlinecustomers.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"

#include <QJsonDocument>

namespace parkett {

namespace {

OutboxEntry::State stateFromName(const QString &name)
{
    if (name == QLatin1StringView("sent"))
        return OutboxEntry::State::Sent;
    if (name == QLatin1StringView("refused"))
        return OutboxEntry::State::Refused;
    return OutboxEntry::State::Pending;
}

const char kColumns[] = "seq, op_id, method, route, body, created_at, state, attempts,"
                        " last_error, order_id, customer_id";

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.operation = QUuid::fromString(q.value(1).toString());
    e.method = q.value(2).toString().toLatin1();
    e.route = q.value(3).toString();
    e.body = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    e.createdAt = Database::timeFromText(q.value(5).toString());
    e.state = stateFromName(q.value(6).toString());
    e.attempts = q.value(7).toInt();
    e.lastError = q.value(8).toString();
    e.order = OrderId(q.value(9).toLongLong());
    e.customer = CustomerId(q.value(10).toLongLong());
    return e;
}

} // namespace

Outbox::Outbox(Database &db, SyncCache *cache, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_cache(cache)
{}

QString Outbox::stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Sent:
        return QStringLiteral("sent");
    case OutboxEntry::State::Refused:
        return QStringLiteral("refused");
    }
    return QString();
}

Result<QUuid> Outbox::append(const QByteArray &method,
                             const QString &route,
                             const QJsonObject &body,
                             const QDateTime &now,
                             OrderId order,
                             CustomerId customer,
                             const QUuid &given)
{
    const QUuid operation = given.isNull() ? QUuid::createUuid() : given;
    auto q = m_db.exec(QStringLiteral("INSERT INTO sync_outbox (op_id, method, route, body,"
                                      " created_at, order_id, customer_id)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {operation.toString(QUuid::WithoutBraces),
                        QString::fromLatin1(method),
                        route,
                        QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                        Database::timeText(now),
                        order.isValid() ? QVariant(order.value) : QVariant(),
                        customer.isValid() ? QVariant(customer.value) : QVariant()});
    if (!q)
        return q.error();
    return operation;
}

void Outbox::announce()
{
    if (auto d = depth())
        Q_EMIT depthChanged(*d);
}

Result<int> Outbox::depth()
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<OutboxEntry>> Outbox::entries(std::optional<OutboxEntry::State> state)
{
    const QString name = state ? stateName(*state) : QString();
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM sync_outbox WHERE ? = '' OR state = ?"
                                      " ORDER BY seq")
                           .arg(QLatin1StringView(kColumns)),
                       {name, name});
    if (!q)
        return q.error();
    QList<OutboxEntry> out;
    while (q->next())
        out.append(entryFrom(*q));
    return out;
}

Result<OutboxEntry> Outbox::entry(const QUuid &operation)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM sync_outbox WHERE op_id = ?")
                           .arg(QLatin1StringView(kColumns)),
                       {operation.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no operation %1 in the outbox")
                             .arg(operation.toString(QUuid::WithoutBraces)));
    return entryFrom(*q);
}

void Outbox::replay(ServerClient &client)
{
    if (m_replaying)
        return;
    m_client = &client;
    m_replaying = true;
    m_stopRequested = false;
    m_sent = 0;
    m_refused = 0;
    next();
}

void Outbox::finish()
{
    m_replaying = false;
    announce();
    Q_EMIT replayFinished(m_sent, m_refused);
}

void Outbox::next()
{
    if (m_stopRequested || !m_client) {
        finish();
        return;
    }
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM sync_outbox WHERE state = 'pending'"
                                      " ORDER BY seq LIMIT 1")
                           .arg(QLatin1StringView(kColumns)));
    if (!q) {
        m_replaying = false;
        Q_EMIT replayInterrupted(q.error().message);
        return;
    }
    if (!q->next()) {
        finish();
        return;
    }
    const OutboxEntry e = entryFrom(*q);
    (void) m_db.exec(QStringLiteral("UPDATE sync_outbox SET attempts = attempts + 1,"
                                    " last_attempt_at = ? WHERE seq = ?"),
                     {Database::timeText(QDateTime::currentDateTimeUtc()), e.seq});
    m_client->send(e.method, e.route, e.body, e.operation, this, [this, e](const ServerReply &r) {
        handle(e, r);
    });
}

void Outbox::handle(const OutboxEntry &entry, const ServerReply &reply)
{
    if (reply.isSuccess()) {
        if (auto r = recordSent(entry, reply); !r) {
            m_replaying = false;
            Q_EMIT replayInterrupted(r.error().message);
            return;
        }
        ++m_sent;
        Q_EMIT operationSent(entry.operation, reply.status);
        announce();
        next();
        return;
    }
    if (reply.isRefusal()) {
        if (auto r = recordRefused(entry, reply); !r) {
            m_replaying = false;
            Q_EMIT replayInterrupted(r.error().message);
            return;
        }
        ++m_refused;
        Q_EMIT operationRefused(entry.operation, reply.code, reply.message);
        announce();
        next();
        return;
    }
    const QString reason = reply.toError().message;
    (void) m_db.exec(QStringLiteral("UPDATE sync_outbox SET last_error = ? WHERE seq = ?"),
                     {reason, entry.seq});
    m_replaying = false;
    Q_EMIT replayInterrupted(reason);
}

Result<void> Outbox::recordSent(const OutboxEntry &entry, const ServerReply &reply)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = m_db.exec(QStringLiteral("UPDATE sync_outbox SET state = 'sent', done_at = ?,"
                                      " http_status = ?, response = ?, last_error = ''"
                                      " WHERE seq = ?"),
                       {Database::timeText(QDateTime::currentDateTimeUtc()),
                        reply.status,
                        QString::fromUtf8(QJsonDocument(reply.body).toJson(QJsonDocument::Compact)),
                        entry.seq});
    if (!q)
        return q.error();
    // A customer made offline here becomes the server's, before any later operation (a sale
    // to it, say) is sent.
    const QJsonObject customer = reply.body.value(QStringLiteral("customer")).toObject();
    if (m_cache && entry.customer.isValid() && !customer.isEmpty()) {
        if (auto r = OfflineCustomers::adopt(m_db, *m_cache, entry.customer, customer); !r)
            return r.error();
    }
    const QJsonObject order = reply.body.value(QStringLiteral("order")).toObject();
    if (m_cache && !order.isEmpty()) {
        const PerformanceId performance(entry.body.value(QStringLiteral("performance")).toInteger());
        auto linked = m_cache->applyOrder(performance, order, entry.order);
        if (!linked)
            return linked.error();
    }
    return tx.commit();
}

Result<void> Outbox::recordRefused(const OutboxEntry &entry, const ServerReply &reply)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QString now = Database::timeText(QDateTime::currentDateTimeUtc());
    const QString code = reply.code.isEmpty() ? QStringLiteral("http_%1").arg(reply.status)
                                              : reply.code;
    const QString message = reply.message.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.status)
                                                    : reply.message;
    auto q = m_db.exec(QStringLiteral("UPDATE sync_outbox SET state = 'refused', done_at = ?,"
                                      " http_status = ?, response = ?, last_error = ?"
                                      " WHERE seq = ?"),
                       {now,
                        reply.status,
                        QString::fromUtf8(QJsonDocument(reply.body).toJson(QJsonDocument::Compact)),
                        message,
                        entry.seq});
    if (!q)
        return q.error();
    auto s = m_db.exec(QStringLiteral("INSERT INTO sync_supervisor_queue (op_id, order_id,"
                                      " http_status, code, message, details, refused_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {entry.operation.toString(QUuid::WithoutBraces),
                        entry.order.isValid() ? QVariant(entry.order.value) : QVariant(),
                        reply.status,
                        code,
                        message,
                        QString::fromUtf8(
                            QJsonDocument(reply.details).toJson(QJsonDocument::Compact)),
                        now});
    if (!s)
        return s.error();
    // Only a sale made offline has a local effect the server's refusal takes back.
    if (m_cache && entry.order.isValid() && entry.route == QLatin1StringView("/v1/offline-orders")) {
        if (auto r = m_cache->markRefused(entry.order,
                                          QStringLiteral("%1: %2").arg(code, message),
                                          QDateTime::currentDateTimeUtc());
            !r)
            return r;
    }
    return tx.commit();
}

} // namespace parkett
