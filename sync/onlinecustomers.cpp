// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/onlinecustomers.h"

#include "protocol/messages.h"
#include "storage/customerservice.h"
#include "storage/database.h"
#include "sync/offlinecustomers.h"
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
    m_client.sendWithRetry(
        "POST",
        QStringLiteral("/v1/customers/%1/flags").arg(customer.value),
        request.toJson(),
        QUuid::createUuid(),
        m_retries,
        context,
        [this, done](const ServerReply &reply) {
            if (!reply.isSuccess()) {
                done(reply.toError());
                return;
            }
            const QJsonObject answer = reply.body.value(QStringLiteral("customer")).toObject();
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

void OnlineCustomers::create(const Customer &customer,
                             const QUuid &operation,
                             UserId user,
                             QObject *context,
                             CreateDone done)
{
    const QList<FieldError> errors = customerFieldErrors(customer);
    if (!errors.isEmpty()) {
        done(makeError(ErrorCode::InvalidArgument, errors.first().message), true);
        return;
    }
    const Customer normalized = normalizedCustomer(customer);
    m_client.sendWithRetry(
        "POST",
        QStringLiteral("/v1/customers"),
        OfflineCustomers::contactJson(normalized),
        operation,
        m_retries,
        context,
        [this, normalized, user, done](const ServerReply &reply) {
            if (reply.isNetworkFailure() || reply.status == 503) {
                done(reply.toError(), false);
                return;
            }
            if (!reply.isSuccess()) {
                done(reply.toError(), true);
                return;
            }
            const QJsonObject answer = reply.body.value(QStringLiteral("customer")).toObject();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Customer local = normalized;
            local.id = CustomerId(answer.value(QStringLiteral("id")).toInteger());
            local.number = answer.value(QStringLiteral("number")).toString();
            // The server's row and this terminal's fields in one transaction.
            TransactionGuard tx(m_db);
            if (!tx.isActive()) {
                done(tx.beginError(), true);
                return;
            }
            auto created = CustomerService(m_db, user).adopt(local, now);
            if (!created) {
                done(created.error(), true);
                return;
            }
            if (auto r = m_cache.applyCustomer(answer, now); !r) {
                done(r.error(), true);
                return;
            }
            if (auto r = tx.commit(); !r) {
                done(r.error(), true);
                return;
            }
            done(*created, true);
        });
}

void OnlineCustomers::save(const Customer &edited, UserId user, QObject *context, SaveDone done)
{
    const QList<FieldError> errors = customerFieldErrors(edited);
    if (!errors.isEmpty()) {
        done(makeError(ErrorCode::InvalidArgument, errors.first().message));
        return;
    }
    auto current = CustomerService(m_db).customer(edited.id);
    if (!current) {
        done(current.error());
        return;
    }
    if (current->revision != edited.revision) {
        // Saved meanwhile here: CustomerService shows both versions and writes nothing.
        done(CustomerService(m_db, user).save(edited, QDateTime::currentDateTimeUtc()));
        return;
    }
    const Customer normalized = normalizedCustomer(edited);
    if (!OfflineCustomers::changesContact(*current, normalized)) {
        done(CustomerService(m_db, user).save(edited, QDateTime::currentDateTimeUtc()));
        return;
    }
    if (OfflineCustomers::isLocal(edited.id)) {
        done(makeError(ErrorCode::IllegalTransition,
                       QStringLiteral("customer %1 was made offline and has not reached the "
                                      "server yet; its contact details can be changed once it "
                                      "has")
                           .arg(current->number)));
        return;
    }
    m_client.sendWithRetry(
        "PUT",
        QStringLiteral("/v1/customers/%1").arg(edited.id.value),
        OfflineCustomers::contactJson(normalized),
        QUuid::createUuid(),
        m_retries,
        context,
        [this, edited, before = *current, user, done](const ServerReply &reply) {
            if (!reply.isSuccess()) {
                done(reply.toError());
                return;
            }
            const QJsonObject answer = reply.body.value(QStringLiteral("customer")).toObject();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            TransactionGuard tx(m_db);
            if (!tx.isActive()) {
                done(tx.beginError());
                return;
            }
            // The card's save with its history entries (from the record the
            // edit started from: the feed may have brought the server's copy of
            // this edit already), then the server's row on top.
            auto saved = CustomerService(m_db, user).save(edited, now, before);
            if (!saved) {
                done(saved.error());
                return;
            }
            if (auto r = m_cache.applyCustomer(answer, now); !r) {
                done(r.error());
                return;
            }
            auto stored = CustomerService(m_db).customer(edited.id);
            if (!stored) {
                done(stored.error());
                return;
            }
            if (auto r = tx.commit(); !r) {
                done(r.error());
                return;
            }
            if (!saved->conflict)
                saved->saved = *stored;
            done(saved);
        });
}

namespace {

Error notOnServerYet(CustomerId id)
{
    return makeError(ErrorCode::IllegalTransition,
                     QStringLiteral("customer %1 was made offline and has not reached the "
                                    "server yet; try again once it has")
                         .arg(id.value));
}

} // namespace

void OnlineCustomers::anonymise(CustomerId customer, UserId user, QObject *context, Done done)
{
    if (OfflineCustomers::isLocal(customer)) {
        done(notOnServerYet(customer));
        return;
    }
    m_client.sendWithRetry("POST",
                           QStringLiteral("/v1/customers/%1/anonymise").arg(customer.value),
                           QJsonObject(),
                           QUuid::createUuid(),
                           m_retries,
                           context,
                           [this, customer, user, done](const ServerReply &reply) {
                               if (!reply.isSuccess()) {
                                   done(reply.toError());
                                   return;
                               }
                               const QDateTime now = QDateTime::currentDateTimeUtc();
                               TransactionGuard tx(m_db);
                               if (!tx.isActive()) {
                                   done(tx.beginError());
                                   return;
                               }
                               // Here as the user who did it, then the server's row on top.
                               if (auto r = CustomerService(m_db, user).anonymise(customer, now);
                                   !r) {
                                   done(r);
                                   return;
                               }
                               if (auto r = m_cache.applyCustomer(
                                       reply.body.value(QStringLiteral("customer")).toObject(), now);
                                   !r) {
                                   done(r);
                                   return;
                               }
                               done(tx.commit());
                           });
}

void OnlineCustomers::merge(CustomerId survivor,
                            CustomerId other,
                            const QMap<CustomerField, MergeSide> &choices,
                            UserId user,
                            QObject *context,
                            std::function<void(Result<qint64>)> done)
{
    for (const CustomerId id : {survivor, other}) {
        if (OfflineCustomers::isLocal(id)) {
            done(notOnServerYet(id));
            return;
        }
    }
    QPointer<QObject> guard(context);
    m_client.sendWithRetry(
        "POST",
        QStringLiteral("/v1/customers/%1/merge").arg(other.value),
        QJsonObject{{QStringLiteral("into"), survivor.value}},
        QUuid::createUuid(),
        m_retries,
        context,
        [this, survivor, other, choices, user, guard, done](const ServerReply &reply) {
            if (!reply.isSuccess()) {
                done(reply.toError());
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            TransactionGuard tx(m_db);
            if (!tx.isActive()) {
                done(tx.beginError());
                return;
            }
            // The feed may have brought the merge already (the duplicate is gone then):
            // the merge id is only this terminal's, 0 when it did not merge here.
            qint64 mergeId = 0;
            if (CustomerService(m_db).customer(other)) {
                auto merged = CustomerService(m_db, user).merge(survivor, other, choices, now);
                if (!merged) {
                    done(merged.error());
                    return;
                }
                mergeId = *merged;
            }
            auto stored = CustomerService(m_db).customer(survivor);
            if (!stored) {
                done(stored.error());
                return;
            }
            // The server's flags and block (both customers' together); the contact fields
            // as chosen here.
            QJsonObject answer = reply.body.value(QStringLiteral("customer")).toObject();
            const QJsonObject chosen = OfflineCustomers::contactJson(*stored);
            bool sameContact = true;
            for (auto it = chosen.begin(); it != chosen.end(); ++it) {
                sameContact = sameContact && answer.value(it.key()) == it.value();
                answer.insert(it.key(), it.value());
            }
            if (auto r = m_cache.applyCustomer(answer, now); !r) {
                done(r.error());
                return;
            }
            if (auto r = tx.commit(); !r) {
                done(r.error());
                return;
            }
            if (sameContact || !guard) {
                done(mergeId);
                return;
            }
            m_client.sendWithRetry(
                "PUT",
                QStringLiteral("/v1/customers/%1").arg(survivor.value),
                chosen,
                QUuid::createUuid(),
                m_retries,
                guard,
                [this, mergeId, done](const ServerReply &edit) {
                    if (!edit.isSuccess()) {
                        const Error e = edit.toError();
                        done(makeError(e.code,
                                       QStringLiteral("the customers were merged, but the "
                                                      "chosen name, e-mail and phone were not "
                                                      "saved on the server: %1")
                                           .arg(e.message)));
                        return;
                    }
                    if (auto r = m_cache.applyCustomer(edit.body.value(QStringLiteral("customer"))
                                                           .toObject(),
                                                       QDateTime::currentDateTimeUtc());
                        !r) {
                        done(r.error());
                        return;
                    }
                    done(mergeId);
                });
        });
}

} // namespace parkett
