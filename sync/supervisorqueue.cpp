// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/supervisorqueue.h"

#include "storage/database.h"
#include "storage/orderrepository.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parkett {

namespace {

const char *const kResolutions[] = {"", "refunded", "moved", "retried", "accepted"};

SupervisorItem::Resolution resolutionFromName(const QString &name)
{
    for (int i = 0; i < 5; ++i) {
        if (name == QLatin1StringView(kResolutions[i]))
            return SupervisorItem::Resolution(i);
    }
    return SupervisorItem::Resolution::Open;
}

const char kSelect[] = "SELECT s.id, s.op_id, s.order_id, o.route, s.http_status, s.code,"
                       " s.message, s.details, s.refused_at, s.resolution, s.resolution_note,"
                       " s.resolved_at, od.number FROM sync_supervisor_queue s"
                       " JOIN sync_outbox o ON o.op_id = s.op_id"
                       " LEFT JOIN orders od ON od.id = s.order_id";

SupervisorItem itemFrom(const QSqlQuery &q)
{
    SupervisorItem item;
    item.id = q.value(0).toLongLong();
    item.operation = QUuid::fromString(q.value(1).toString());
    item.order = OrderId(q.value(2).toLongLong());
    item.route = q.value(3).toString();
    item.httpStatus = q.value(4).toInt();
    item.code = q.value(5).toString();
    item.message = q.value(6).toString();
    item.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    item.refusedAt = Database::timeFromText(q.value(8).toString());
    item.resolution = resolutionFromName(q.value(9).toString());
    item.note = q.value(10).toString();
    item.resolvedAt = Database::timeFromText(q.value(11).toString());
    item.orderNumber = q.value(12).toString();
    return item;
}

} // namespace

QList<SeatId> SupervisorItem::seats() const
{
    QList<SeatId> out;
    for (const QJsonValue &v : details.value(QStringLiteral("seats")).toArray())
        out.append(SeatId(v.toInteger()));
    return out;
}

QString SupervisorQueue::resolutionName(SupervisorItem::Resolution resolution)
{
    return QString::fromLatin1(kResolutions[int(resolution)]);
}

Result<QList<SupervisorItem>> SupervisorQueue::items(bool openOnly)
{
    auto q = m_db.exec(QStringLiteral("%1 WHERE ? = 0 OR s.resolution = '' ORDER BY s.id")
                           .arg(QLatin1StringView(kSelect)),
                       {openOnly ? 1 : 0});
    if (!q)
        return q.error();
    QList<SupervisorItem> out;
    while (q->next())
        out.append(itemFrom(*q));
    return out;
}

Result<SupervisorItem> SupervisorQueue::item(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("%1 WHERE s.id = ?").arg(QLatin1StringView(kSelect)), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no refused operation %1").arg(id));
    return itemFrom(*q);
}

Result<int> SupervisorQueue::openCount()
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM sync_supervisor_queue WHERE resolution = ''"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<void> SupervisorQueue::resolve(qint64 id,
                                      SupervisorItem::Resolution resolution,
                                      const QString &note,
                                      UserId user,
                                      const QDateTime &now)
{
    auto q = m_db.exec(QStringLiteral("UPDATE sync_supervisor_queue SET resolution = ?,"
                                      " resolution_note = ?, resolved_at = ?, resolved_by = ?"
                                      " WHERE id = ? AND resolution = ''"),
                       {resolutionName(resolution),
                        note,
                        Database::timeText(now),
                        user.isValid() ? QVariant(user.value) : QVariant(),
                        id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("refused operation %1 is already resolved").arg(id));
    return {};
}

Result<void> SupervisorQueue::cancelOrder(const SupervisorItem &item,
                                          const QString &reason,
                                          const QDateTime &now)
{
    if (!item.order.isValid())
        return {};
    OrderRepository orders(m_db);
    auto order = orders.order(item.order);
    if (!order)
        return order.error();
    if (order->status() == OrderStatus::Cancelled)
        return {};
    const int payments = int(order->payments().size());
    const int history = int(order->history().size());
    if (auto r = order->cancel(now, reason); !r)
        return r;
    return orders.update(*order, payments, history);
}

Result<void> SupervisorQueue::refund(qint64 id,
                                     const QString &note,
                                     UserId user,
                                     const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto it = item(id);
    if (!it)
        return it.error();
    if (auto r = resolve(id, SupervisorItem::Resolution::Refunded, note, user, now); !r)
        return r;
    if (auto r = cancelOrder(*it,
                             QStringLiteral("refunded: the server refused the offline sale (%1)")
                                 .arg(it->code),
                             now);
        !r)
        return r;
    return tx.commit();
}

Result<void> SupervisorQueue::markMoved(qint64 id,
                                        const QString &note,
                                        UserId user,
                                        const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto it = item(id);
    if (!it)
        return it.error();
    if (auto r = resolve(id, SupervisorItem::Resolution::Moved, note, user, now); !r)
        return r;
    if (auto r = cancelOrder(*it, QStringLiteral("moved to other seats: %1").arg(note), now); !r)
        return r;
    return tx.commit();
}

bool SupervisorQueue::needsApproval(const SupervisorItem &item)
{
    return item.code == QLatin1StringView("customer_blocked")
           && item.route == QLatin1StringView("/v1/offline-orders");
}

Result<QUuid> SupervisorQueue::retry(
    qint64 id, Outbox &outbox, UserId user, const QDateTime &now, const QString &approvedBy)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto it = item(id);
    if (!it)
        return it.error();
    if (!approvedBy.isEmpty() && !needsApproval(*it))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("only an offline sale refused because its customer is "
                                        "blocked from sale takes a supervisor's approval"));
    auto original = outbox.entry(it->operation);
    if (!original)
        return original.error();
    QJsonObject body = original->body;
    if (!approvedBy.isEmpty())
        body.insert(QStringLiteral("approvedBy"), approvedBy);
    // A customer made offline here that the operation creates keeps its link, so the
    // server's answer still gives the cached customer the server's id.
    auto op = outbox.append(
        original->method, original->route, body, now, it->order, original->customer);
    if (!op)
        return op.error();
    const QString as = op->toString(QUuid::WithoutBraces);
    if (auto r = resolve(id,
                         SupervisorItem::Resolution::Retried,
                         approvedBy.isEmpty()
                             ? QStringLiteral("as %1").arg(as)
                             : QStringLiteral("approved by supervisor %1, as %2").arg(approvedBy, as),
                         user,
                         now);
        !r)
        return r.error();
    // The retried sale counts again until the server answers.
    if (it->order.isValid()) {
        auto t = m_db.exec(QStringLiteral("UPDATE tickets SET active = 1 WHERE order_id = ?"
                                          " AND status IN ('valid', 'checked-in')"),
                           {it->order.value});
        if (!t)
            return t.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    outbox.announce();
    return op;
}

Result<void> SupervisorQueue::accept(qint64 id,
                                     const QString &note,
                                     UserId user,
                                     const QDateTime &now)
{
    return resolve(id, SupervisorItem::Resolution::Accepted, note, user, now);
}

} // namespace parkett
