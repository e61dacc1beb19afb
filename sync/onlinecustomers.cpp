// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/onlinecustomers.h"

#include "protocol/messages.h"
#include "storage/customerservice.h"
#include "storage/database.h"
#include "sync/serverclient.h"
#include "sync/serverflags.h"
#include "sync/synccache.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace parkett {

OnlineCustomers::OnlineCustomers(Database &db,
                                 ServerClient &client,
                                 SyncCache &cache,
                                 QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_cache(cache)
{}

void OnlineCustomers::sendWithRetry(const QString &route,
                                    const QJsonObject &body,
                                    const QUuid &operation,
                                    int triesLeft,
                                    QObject *context,
                                    std::function<void(const ServerReply &)> done)
{
    QPointer<QObject> guard(context);
    m_client.send("POST",
                  route,
                  body,
                  operation,
                  this,
                  [=, this, done = std::move(done)](const ServerReply &reply) {
                      if (!guard)
                          return;
                      if ((reply.isNetworkFailure() || reply.status == 503) && triesLeft > 0) {
                          QTimer::singleShot(200, this, [=, this] {
                              sendWithRetry(route, body, operation, triesLeft - 1, guard, done);
                          });
                          return;
                      }
                      done(reply);
                  });
}

void OnlineCustomers::setFlags(CustomerId customer,
                               const QList<qint64> &flags,
                               QObject *context,
                               Done done)
{
    if (!customer.isValid()) {
        done(makeError(ErrorCode::InvalidArgument, QStringLiteral("no customer")));
        return;
    }
    auto definitions = CustomerService(m_db).flagDefinitions();
    if (!definitions) {
        done(definitions.error());
        return;
    }
    const ServerFlags wanted = ServerFlags::fromLocal(flags, *definitions);
    protocol::CustomerFlagsRequest request;
    request.flags = wanted.codes;
    request.blocked = wanted.blocked;
    // One operation id for all tries: a lost answer is replayed from the server's store.
    sendWithRetry(QStringLiteral("/v1/customers/%1/flags").arg(customer.value),
                  request.toJson(),
                  QUuid::createUuid(),
                  m_retries,
                  context,
                  [this, done](const ServerReply &reply) {
                      if (!reply.isSuccess()) {
                          done(reply.toError());
                          return;
                      }
                      const QJsonObject answer = reply.body.value(QStringLiteral("customer"))
                                                     .toObject();
                      done(m_cache.applyCustomer(answer, QDateTime::currentDateTimeUtc()));
                  });
}

void OnlineCustomers::changeFlag(
    CustomerId customer, qint64 flag, bool set, QObject *context, Done done)
{
    auto current = CustomerService(m_db).flags(customer);
    if (!current) {
        done(current.error());
        return;
    }
    QList<qint64> flags;
    for (const FlagDefinition &f : std::as_const(*current)) {
        if (f.id != flag)
            flags.append(f.id);
    }
    if (set)
        flags.append(flag);
    setFlags(customer, flags, context, std::move(done));
}

} // namespace parkett
