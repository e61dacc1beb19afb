// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/messages.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <mutex>

namespace parkett {
class SeatPlan;
class SeatNeighbours;
} // namespace parkett

namespace parkett::server {

class PgConnection;

/** A signed-in user at an enrolled terminal, as the bearer token says. */
struct Session
{
    qint64 user = 0;
    QString login;
    QString role;
    qint64 channel = 0;
    qint64 terminal = 0;
    QByteArray tokenHash;

    bool isSupervisor() const { return role == u"supervisor" || role == u"admin"; }
    bool isOutlet() const { return role == u"outlet"; }
};

/** An answer: status and a JSON body (already serialised, so large bodies are built once). */
struct Reply
{
    int status = 200;
    QByteArray body;
    bool replayed = false;

    static Reply json(int status, const QJsonObject &object);
    static Reply error(const protocol::ApiError &error);
    static Reply error(int status,
                       const char *code,
                       const QString &message,
                       const QJsonObject &details = {});
    static Reply noContent() { return Reply{204, {}, false}; }
    bool isError() const { return status >= 400; }
};

/** The server's business logic. Every method runs on a database thread with that thread's
    connection and does its work in one transaction; the rules of core/ are applied here
    exactly as the client applies them. Thread-safe: the only shared state is the cache of
    parsed seat plans. */
class Service
{
public:
    struct Options
    {
        int tokenHours = 12;
    };

    explicit Service(Options options);
    ~Service();

    Reply health(PgConnection &c);
    Reply login(PgConnection &c, const QByteArray &body);
    /** The session of a bearer token; nullopt-like: user == 0 when unknown or expired. */
    Session authenticate(PgConnection &c, const QByteArray &token);
    Reply logout(PgConnection &c, const Session &s);

    Reply catalog(PgConnection &c);
    Reply plan(PgConnection &c, qint64 id);
    Reply snapshot(PgConnection &c, const Session &s, qint64 performance);
    Reply order(PgConnection &c, const Session &s, qint64 id);
    Reply leases(PgConnection &c, const Session &s, qint64 terminal);
    Reply customers(PgConnection &c, const Session &s, const QString &query, int limit);
    /** One page of the change feed after \a since; an empty page when nothing is newer. */
    Reply changes(PgConnection &c, qint64 since, int limit, bool *empty);

    /** A mutating request: runs \a effect inside the operation-id protocol (see docs/api.md):
        a known id answers the stored reply; a new one runs the effect and stores the reply in
        the same transaction; a refusal rolls the effect back and stores the refusal. */
    using Effect = std::function<Reply(PgConnection &)>;
    Reply mutate(PgConnection &c,
                 const Session &s,
                 const QString &operationId,
                 const QString &route,
                 const Effect &effect);

    // Effects, run by mutate() inside its transaction.
    Reply hold(PgConnection &c, const Session &s, const protocol::HoldRequest &request);
    Reply releaseHold(PgConnection &c, const Session &s, const QString &hold);
    Reply confirm(PgConnection &c, const Session &s, const protocol::ConfirmRequest &request);
    Reply pay(PgConnection &c, const Session &s, qint64 order, const protocol::WirePayment &payment);
    Reply cancel(PgConnection &c, const Session &s, qint64 order, const QString &reason);
    Reply lease(PgConnection &c, const Session &s, const protocol::LeaseRequest &request);
    Reply releaseLease(PgConnection &c, const Session &s, qint64 performance, qint64 terminal);
    Reply offlineOrder(PgConnection &c,
                       const Session &s,
                       const protocol::OfflineOrderRequest &request);
    /** One offline sale of a replay, under its operation id. */
    struct OfflineOperation
    {
        QString operationId;
        QString route;
        protocol::OfflineOrderRequest request;
    };
    /** Replays offline sales as offlineOrder() through mutate() would, each in a transaction
        of its own, but with no round trip per sale: a few queries give every sale its ids up
        front, and the sales then go to PostgreSQL in one pipeline, each checking its own lease
        in its statement. The answer holds a reply per operation that went through, and
        nothing for an operation that must go the normal way: a refusal, a retry of an
        operation that ran before, anything out of the ordinary. */
    std::vector<std::optional<Reply>> replayOfflineOrders(PgConnection &c,
                                                          const Session &s,
                                                          const QList<OfflineOperation> &ops);
    Reply createCustomer(PgConnection &c, const Session &s, const QJsonObject &body);
    /** PUT /v1/customers/{id}: replaces the customer's contact fields (names, e-mail,
        phone), checked as createCustomer() checks them, for every terminal (a "customer"
        change in the feed; nothing is written or fed when nothing changes). Whoever may
        create customers may edit those they may see; an outlet user gets 404 for another
        channel's customer. */
    Reply updateCustomer(PgConnection &c,
                         const Session &s,
                         qint64 customer,
                         const QJsonObject &body);
    /** POST /v1/customers/{id}/anonymise (supervisor or admin): blanks the customer's names,
        e-mail, phone and flags (and the values kept by earlier contact edits), lifts its
        block, keeps its number and orders, records who did it, and puts the customer into the
        feed with "anonymised": true. Anonymising an anonymised customer changes nothing. */
    Reply anonymiseCustomer(PgConnection &c, const Session &s, qint64 customer);
    /** POST /v1/customers/{id}/merge {"into": id} (supervisor or admin): moves the customer's
        orders to "into", which takes the union of both customers' flags and blocks, retires
        the customer ("mergedInto", out of searches and sales), records who did it, and feeds
        the moved orders and both customers. */
    Reply mergeCustomer(PgConnection &c, const Session &s, qint64 customer, const QJsonObject &body);
    /** POST /v1/customers/{id}/flags: sets the customer's flag codes and block from sale, for
        every terminal (a "customer" change in the feed). Blocking is for every seller but an
        outlet; lifting a block only for a supervisor or admin; the flag codes for any user
        who may see the customer. */
    Reply setCustomerFlags(PgConnection &c,
                           const Session &s,
                           qint64 customer,
                           const protocol::CustomerFlagsRequest &request);
    Reply createTerminal(PgConnection &c, const Session &s, const QJsonObject &body);
    Reply createUser(PgConnection &c, const Session &s, const QJsonObject &body);

    /** Releases expired holds and reservations, with their change-feed entries. Returns how
        many holds and reservations it released. */
    int sweep(PgConnection &c);

    /** Argon2id (libsodium's crypto_pwhash_str, interactive limits). */
    static QByteArray hashPassword(const QString &password);
    static bool verifyPassword(const QByteArray &hash, const QString &password);

    /** The parsed plan and its rule geometry, cached per plan id (plans are immutable). */
    struct PlanRules;
    std::shared_ptr<const PlanRules> planRules(PgConnection &c, qint64 planId);

private:
    Options m_options;
    /// Sessions recently read from the tokens table, by token hash: saves a query on every
    /// request. An entry is trusted for a few seconds only; logout drops it at once.
    struct CachedSession
    {
        Session session;
        QDateTime expiresAt;
        std::chrono::steady_clock::time_point checkedAt;
    };
    std::mutex m_sessionsMutex;
    QHash<QByteArray, CachedSession> m_sessions;
    /** Reads and parses a plan (planRules() does it once per plan). */
    std::shared_ptr<const PlanRules> loadPlanRules(PgConnection &c, qint64 planId);
    std::mutex m_plansMutex;
    /// One load per plan: the requests that need a plan while it is being read wait for that
    /// read instead of each reading and parsing the whole document (a stadium's is 5 MB).
    QHash<qint64, std::shared_future<std::shared_ptr<const PlanRules>>> m_plans;
};

} // namespace parkett::server
