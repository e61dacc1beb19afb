// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/onlinesales.h"

#include "protocol/messages.h"
#include "storage/customerservice.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace parkett {

namespace {

/** A customer blocked on the server but not (yet) in this cache made the server refuse a
    sale: the cache takes the customer's block from the refusal at once. */
void takeBlockedCustomer(SyncCache &cache, const ServerReply &refusal)
{
    if (refusal.code == QLatin1StringView("customer_blocked"))
        (void) cache.applyCustomer(refusal.details.value(QStringLiteral("customer")).toObject(),
                                   QDateTime::currentDateTimeUtc());
}

/** The order's body with the supervisor's approval of a blocked customer, for the server to
    check like SalesService does. */
QJsonObject withApproval(QJsonObject body, const SupervisorApproval &approval)
{
    if (approval.isSet())
        body.insert(QStringLiteral("supervisor"),
                    QJsonObject{{QStringLiteral("login"), approval.login},
                                {QStringLiteral("password"), approval.password}});
    return body;
}

} // namespace

OnlineSales::OnlineSales(Database &db, ServerClient &client, SyncCache &cache, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_cache(cache)
{}

QJsonObject OnlineSales::holdBody(const Basket &basket, int ttlSeconds)
{
    protocol::HoldRequest hold;
    hold.performance = basket.performance().value;
    hold.ttlSeconds = ttlSeconds;
    QMap<qint64, int> zones;
    for (const BasketLine &line : basket.lines()) {
        if (line.seat.isValid())
            hold.seats.append(line.seat.value);
        else if (line.zone.isValid())
            ++zones[line.zone.value];
    }
    for (auto it = zones.cbegin(); it != zones.cend(); ++it)
        hold.zones.append(protocol::ZoneQuantity{it.key(), it.value()});
    return hold.toJson();
}

QJsonObject OnlineSales::orderBody(const Basket &basket,
                                   const QString &hold,
                                   PaymentMethod method,
                                   const QDateTime &reserveUntil)
{
    protocol::ConfirmRequest confirm;
    confirm.hold = hold;
    // Standing places of one zone and price type are one line with a quantity.
    QMap<QPair<qint64, qint64>, int> standing;
    for (const BasketLine &line : basket.lines()) {
        if (line.seat.isValid())
            confirm.lines.append(protocol::OrderLine{line.seat.value, 0, line.priceType.value, 1});
        else if (line.zone.isValid())
            ++standing[qMakePair(line.zone.value, line.priceType.value)];
    }
    for (auto it = standing.cbegin(); it != standing.cend(); ++it)
        confirm.lines.append(protocol::OrderLine{0, it.key().first, it.key().second, it.value()});
    confirm.customer = basket.customer().isValid() ? basket.customer().value : 0;
    if (reserveUntil.isValid()) {
        confirm.reserveUntil = reserveUntil;
    } else {
        confirm.hasPayment = true;
        confirm.payment = protocol::WirePayment{paymentMethodName(method),
                                                basket.total().minorUnits()};
    }
    return confirm.toJson();
}

void OnlineSales::sell(const Basket &basket,
                       PaymentMethod method,
                       QObject *context,
                       Done done,
                       const SupervisorApproval &approval)
{
    place(basket, method, QDateTime(), context, std::move(done), approval);
}

void OnlineSales::reserve(const Basket &basket,
                          const QDateTime &until,
                          QObject *context,
                          Done done,
                          const SupervisorApproval &approval)
{
    if (!until.isValid()) {
        done(makeError(ErrorCode::InvalidArgument,
                       QStringLiteral("a reservation needs the time it runs out")));
        return;
    }
    place(basket, PaymentMethod::Cash, until, context, std::move(done), approval);
}

void OnlineSales::place(const Basket &basket,
                        PaymentMethod method,
                        const QDateTime &reserveUntil,
                        QObject *context,
                        Done done,
                        const SupervisorApproval &given)
{
    // The approval goes with the order only where core's rule asks for one.
    SupervisorApproval approval;
    if (basket.isEmpty()) {
        done(makeError(ErrorCode::InvalidArgument, QStringLiteral("the basket is empty")));
        return;
    }
    // A customer blocked from sale (core's rule, on the flags known here) is refused before
    // anything is sent, unless a supervisor's approval goes with the order.
    if (basket.customer().isValid()) {
        auto flags = CustomerService(m_db).flags(basket.customer());
        if (!flags) {
            done(flags.error());
            return;
        }
        auto decision = decideBlockedSale(*flags, given);
        if (!decision) {
            done(decision.error());
            return;
        }
        if (*decision == BlockedSaleDecision::CheckApproval)
            approval = given;
    }
    const PerformanceId performance = basket.performance();
    const QJsonObject hold = holdBody(basket, m_holdSeconds);
    QPointer<QObject> guard(context);
    m_client.sendWithRetry(
        "POST",
        QStringLiteral("/v1/holds"),
        hold,
        QUuid::createUuid(),
        m_retries,
        context,
        [=, this](const ServerReply &held) {
            if (!held.isSuccess()) {
                done(held.toError());
                return;
            }
            protocol::JsonReader answer(held.body);
            const QString holdId = answer.object(u"hold").string(u"id");
            if (!answer.ok()) {
                done(makeError(ErrorCode::ParseError,
                               QStringLiteral("the server's hold is malformed: %1")
                                   .arg(answer.error())));
                return;
            }
            m_client.sendWithRetry(
                "POST",
                QStringLiteral("/v1/orders"),
                withApproval(orderBody(basket, holdId, method, reserveUntil), approval),
                QUuid::createUuid(),
                m_retries,
                guard,
                [this, performance, holdId, done](const ServerReply &confirmed) {
                    if (!confirmed.isSuccess()) {
                        takeBlockedCustomer(m_cache, confirmed);
                        // Give the seats back at once rather than when the hold expires.
                        if (confirmed.isRefusal())
                            m_client.send("DELETE",
                                          QStringLiteral("/v1/holds/%1").arg(holdId),
                                          {},
                                          QUuid::createUuid(),
                                          this,
                                          [](const ServerReply &) {});
                        done(confirmed.toError());
                        return;
                    }
                    protocol::JsonReader reply(confirmed.body);
                    protocol::JsonReader orderJson = reply.object(u"order");
                    const protocol::WireOrder order = protocol::WireOrder::fromJson(orderJson);
                    if (!reply.ok()) {
                        done(makeError(ErrorCode::ParseError,
                                       QStringLiteral("the server's order is "
                                                      "malformed: %1")
                                           .arg(reply.error())));
                        return;
                    }
                    auto local = m_cache.applyOrder(performance, order);
                    if (!local) {
                        done(local.error());
                        return;
                    }
                    done(OrderRepository(m_db).order(*local));
                });
        });
}

void OnlineSales::pay(OrderId order, PaymentMethod method, QObject *context, Done done)
{
    changeReservation(
        order,
        QStringLiteral("pay"),
        [method](qint64 total) {
            const protocol::WirePayment payment{paymentMethodName(method), total};
            return QJsonObject{{QStringLiteral("payment"), payment.toJson()}};
        },
        context,
        std::move(done));
}

void OnlineSales::cancel(OrderId order, const QString &reason, QObject *context, Done done)
{
    changeReservation(
        order,
        QStringLiteral("cancel"),
        [&reason](qint64) {
            return QJsonObject{{QStringLiteral("reason"), reason}};
        },
        context,
        std::move(done));
}

void OnlineSales::changeReservation(OrderId order,
                                    const QString &action,
                                    const std::function<QJsonObject(qint64)> &bodyFor,
                                    QObject *context,
                                    Done done)
{
    auto q = m_db.exec(QStringLiteral("SELECT server_id, performance_id, status, number, total"
                                      " FROM orders WHERE id = ?"),
                       {order.value});
    if (!q) {
        done(q.error());
        return;
    }
    if (!q->next()) {
        done(makeError(ErrorCode::NotFound, QStringLiteral("order %1").arg(order.value)));
        return;
    }
    const qint64 serverId = q->value(0).toLongLong();
    const PerformanceId performance(q->value(1).toLongLong());
    const QString number = q->value(3).toString();
    const qint64 total = q->value(4).toLongLong();
    if (q->value(2).toString() != QLatin1StringView("reserved")) {
        done(makeError(ErrorCode::IllegalTransition,
                       QStringLiteral("order %1 is not a reservation").arg(number)));
        return;
    }
    if (serverId == 0) {
        done(makeError(ErrorCode::IllegalTransition,
                       QStringLiteral("order %1 has not reached the server yet").arg(number)));
        return;
    }
    // One operation id for all tries: a lost answer is replayed, never paid twice.
    m_client.sendWithRetry("POST",
                           QStringLiteral("/v1/orders/%1/%2").arg(serverId).arg(action),
                           bodyFor(total),
                           QUuid::createUuid(),
                           m_retries,
                           context,
                           [this, performance, order, done](const ServerReply &reply) {
                               if (!reply.isSuccess()) {
                                   done(reply.toError());
                                   return;
                               }
                               protocol::JsonReader json(reply.body);
                               protocol::JsonReader orderJson = json.object(u"order");
                               const protocol::WireOrder wire = protocol::WireOrder::fromJson(
                                   orderJson);
                               if (!json.ok()) {
                                   done(makeError(ErrorCode::ParseError,
                                                  QStringLiteral(
                                                      "the server's order is malformed: %1")
                                                      .arg(json.error())));
                                   return;
                               }
                               auto local = m_cache.applyOrder(performance, wire, order);
                               if (!local) {
                                   done(local.error());
                                   return;
                               }
                               done(OrderRepository(m_db).order(*local));
                           });
}

} // namespace parkett
