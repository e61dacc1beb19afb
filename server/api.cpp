// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/api.h"

#include "server/changenotifier.h"
#include "server/dbpool.h"
#include "server/log.h"
#include "server/pg.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace parkett::server {

using protocol::JsonReader;

Api::Api(Service &service, DbPool &pool, ChangeNotifier &notifier)
    : m_service(service)
    , m_pool(pool)
    , m_notifier(notifier)
{}

namespace {

Reply methodNotAllowed()
{
    return Reply::error(405,
                        "method_not_allowed",
                        QStringLiteral("that method is not allowed here"));
}

Reply unknownRoute(const QString &path)
{
    return Reply::error(404, "not_found", QStringLiteral("no route %1").arg(path));
}

/** "/v1/orders/17/cancel" → {"v1", "orders", "17", "cancel"}. */
QStringList segments(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

std::optional<qint64> idSegment(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

Reply badId(const QString &text)
{
    return Reply::error(400, "bad_request", QStringLiteral("%1 is not an id").arg(text));
}

template<typename T>
std::optional<T> readBody(const QByteArray &body, Reply *error)
{
    auto object = JsonReader::parseObject(body);
    if (!object) {
        *error = Reply::error(400, "bad_request", object.error().message);
        return std::nullopt;
    }
    JsonReader reader(object.value());
    T value = T::fromJson(reader);
    if (!reader.ok()) {
        *error = Reply::error(400, "bad_request", reader.error());
        return std::nullopt;
    }
    return value;
}

} // namespace

void Api::handle(HttpRequest request, Done done)
{
    const QUrl url(QString::fromUtf8(request.target));
    const QString path = url.path();
    const QUrlQuery query(url);
    const QByteArray method = request.method;
    const QStringList parts = segments(path);

    if (path == u"/health") {
        if (method != "GET")
            return done(methodNotAllowed());
        m_pool.post([this, done](PgConnection &c) { done(m_service.health(c)); });
        return;
    }
    if (parts.isEmpty() || parts.first() != u"v1")
        return done(unknownRoute(path));
    if (path == u"/v1/login") {
        if (method != "POST")
            return done(methodNotAllowed());
        m_pool.post([this, done, body = request.body](PgConnection &c) {
            try {
                done(m_service.login(c, body));
            } catch (const PgError &e) {
                done(Reply::error(503, "unavailable", e.message()));
            }
        });
        return;
    }

    QByteArray token;
    if (request.authorization.startsWith("Bearer "))
        token = request.authorization.mid(7).trimmed();
    if (token.isEmpty())
        return done(
            Reply::error(401, "unauthenticated", QStringLiteral("sign in first: no bearer token")));

    const bool mutating = method == "POST" || method == "PUT" || method == "DELETE";
    const QString operationId = QString::fromLatin1(request.operationId);
    if (mutating && path != u"/v1/logout" && path != u"/v1/batch" && operationId.isEmpty())
        return done(
            Reply::error(400,
                         "bad_request",
                         QStringLiteral("a mutating request needs an Operation-Id header")));

    // Everything else needs the session first; the route runs on the same database thread.
    m_pool.post([this, done, request, path, query, method, token, operationId](PgConnection &c) {
        Session s;
        try {
            s = m_service.authenticate(c, token);
        } catch (const PgError &e) {
            return done(Reply::error(503, "unavailable", e.message()));
        }
        if (s.user == 0)
            return done(Reply::error(401,
                                     "unauthenticated",
                                     QStringLiteral("the token is unknown, expired or revoked; "
                                                    "sign in again")));
        if (path == u"/v1/batch") {
            if (method != "POST")
                return done(methodNotAllowed());
            return done(batch(c, s, request.body));
        }
        try {
            if (path == u"/v1/changes") {
                if (method != "GET")
                    return done(methodNotAllowed());
                bool ok = false;
                const qint64 since = query.queryItemValue(u"since"_s).toLongLong(&ok);
                if (!ok || since < 0)
                    return done(Reply::error(400,
                                             "bad_request",
                                             QStringLiteral("since must be a sequence number")));
                const int limit = qBound(1,
                                         query.hasQueryItem(u"limit"_s)
                                             ? query.queryItemValue(u"limit"_s).toInt()
                                             : 500,
                                         5000);
                const int wait = qBound(0, query.queryItemValue(u"wait"_s).toInt(), 60);
                bool empty = false;
                Reply page = m_service.changes(c, since, limit, &empty);
                if (!empty || wait == 0)
                    return done(std::move(page));
                const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait);
                m_notifier.wait(since, deadline, [this, since, limit, deadline, done] {
                    changes(since, limit, deadline, done);
                });
                return;
            }
        } catch (const PgError &e) {
            return done(Reply::error(503, "unavailable", e.message()));
        }
        done(route(c, s, method, path, query, request.body, operationId));
    });
}

Reply Api::route(PgConnection &c,
                 const Session &s,
                 const QByteArray &method,
                 const QString &path,
                 const QUrlQuery &query,
                 const QByteArray &requestBody,
                 const QString &operationId)
{
    const QStringList parts = segments(path);
    const QString route = QString::fromLatin1(method) + u' ' + path;
    const auto mutate = [&](const Service::Effect &effect) {
        return m_service.mutate(c, s, operationId, route, effect);
    };
    Reply error;
    try {
        const QString resource = parts.value(1);
        if (path == u"/v1/logout") {
            return method == "POST" ? m_service.logout(c, s) : methodNotAllowed();
        }
        if (path == u"/v1/catalog") {
            return method == "GET" ? m_service.catalog(c) : methodNotAllowed();
        }
        if (resource == u"plans" && parts.size() == 3) {
            const auto id = idSegment(parts[2]);
            if (!id)
                return badId(parts[2]);
            return method == "GET" ? m_service.plan(c, *id) : methodNotAllowed();
        }
        if (resource == u"performances" && parts.size() == 4 && parts[3] == u"snapshot") {
            const auto id = idSegment(parts[2]);
            if (!id)
                return badId(parts[2]);
            return method == "GET" ? m_service.snapshot(c, s, *id) : methodNotAllowed();
        }
        if (resource == u"holds") {
            if (parts.size() == 2 && method == "POST") {
                auto hold = readBody<protocol::HoldRequest>(requestBody, &error);
                if (!hold)
                    return error;
                return mutate([&](PgConnection &cc) { return m_service.hold(cc, s, *hold); });
            }
            if (parts.size() == 3 && method == "DELETE")
                return mutate(
                    [&](PgConnection &cc) { return m_service.releaseHold(cc, s, parts[2]); });
            return parts.size() <= 3 ? methodNotAllowed() : unknownRoute(path);
        }
        if (resource == u"orders") {
            if (parts.size() == 2) {
                if (method != "POST")
                    return methodNotAllowed();
                auto confirm = readBody<protocol::ConfirmRequest>(requestBody, &error);
                if (!confirm)
                    return error;
                return mutate([&](PgConnection &cc) { return m_service.confirm(cc, s, *confirm); });
            }
            const auto id = idSegment(parts[2]);
            if (!id)
                return badId(parts[2]);
            if (parts.size() == 3)
                return method == "GET" ? m_service.order(c, s, *id) : methodNotAllowed();
            if (parts.size() == 4 && parts[3] == u"cancel") {
                if (method != "POST")
                    return methodNotAllowed();
                auto object = JsonReader::parseObject(requestBody.isEmpty() ? "{}" : requestBody);
                if (!object)
                    return Reply::error(400, "bad_request", object.error().message);
                JsonReader reader(object.value());
                const QString reason = reader.optionalString(u"reason");
                if (!reader.ok())
                    return Reply::error(400, "bad_request", reader.error());
                return mutate(
                    [&](PgConnection &cc) { return m_service.cancel(cc, s, *id, reason); });
            }
            if (parts.size() == 4 && parts[3] == u"pay") {
                if (method != "POST")
                    return methodNotAllowed();
                auto object = JsonReader::parseObject(requestBody);
                if (!object)
                    return Reply::error(400, "bad_request", object.error().message);
                JsonReader reader(object.value());
                JsonReader p = reader.object(u"payment");
                const auto payment = protocol::WirePayment::fromJson(p);
                if (!reader.ok())
                    return Reply::error(400, "bad_request", reader.error());
                return mutate([&](PgConnection &cc) { return m_service.pay(cc, s, *id, payment); });
            }
            return unknownRoute(path);
        }
        if (path == u"/v1/leases") {
            if (method == "GET")
                return m_service.leases(c, s, query.queryItemValue(u"terminal"_s).toLongLong());
            if (method == "POST") {
                auto lease = readBody<protocol::LeaseRequest>(requestBody, &error);
                if (!lease)
                    return error;
                return mutate([&](PgConnection &cc) { return m_service.lease(cc, s, *lease); });
            }
            if (method == "DELETE") {
                const auto performance = idSegment(query.queryItemValue(u"performance"_s));
                if (!performance)
                    return Reply::error(400,
                                        "bad_request",
                                        QStringLiteral("performance must be an id"));
                const qint64 terminal = query.queryItemValue(u"terminal"_s).toLongLong();
                return mutate([&](PgConnection &cc) {
                    return m_service.releaseLease(cc, s, *performance, terminal);
                });
            }
            return methodNotAllowed();
        }
        if (path == u"/v1/offline-orders") {
            if (method != "POST")
                return methodNotAllowed();
            auto offline = readBody<protocol::OfflineOrderRequest>(requestBody, &error);
            if (!offline)
                return error;
            return mutate([&](PgConnection &cc) { return m_service.offlineOrder(cc, s, *offline); });
        }
        if (resource == u"customers" && parts.size() == 4 && parts[3] == u"flags") {
            const auto id = idSegment(parts[2]);
            if (!id)
                return badId(parts[2]);
            if (method != "POST")
                return methodNotAllowed();
            auto flags = readBody<protocol::CustomerFlagsRequest>(requestBody, &error);
            if (!flags)
                return error;
            return mutate(
                [&](PgConnection &cc) { return m_service.setCustomerFlags(cc, s, *id, *flags); });
        }
        if (resource == u"customers" && parts.size() == 4
            && (parts[3] == u"anonymise" || parts[3] == u"merge")) {
            const auto id = idSegment(parts[2]);
            if (!id)
                return badId(parts[2]);
            if (method != "POST")
                return methodNotAllowed();
            if (parts[3] == u"anonymise")
                return mutate(
                    [&](PgConnection &cc) { return m_service.anonymiseCustomer(cc, s, *id); });
            auto object = JsonReader::parseObject(requestBody);
            if (!object)
                return Reply::error(400, "bad_request", object.error().message);
            return mutate([&](PgConnection &cc) {
                return m_service.mergeCustomer(cc, s, *id, object.value());
            });
        }
        if (resource == u"customers" && parts.size() == 3) {
            const auto id = idSegment(parts[2]);
            if (!id)
                return badId(parts[2]);
            if (method != "PUT")
                return methodNotAllowed();
            auto object = JsonReader::parseObject(requestBody);
            if (!object)
                return Reply::error(400, "bad_request", object.error().message);
            return mutate([&](PgConnection &cc) {
                return m_service.updateCustomer(cc, s, *id, object.value());
            });
        }
        if (path == u"/v1/customers") {
            if (method == "GET")
                return m_service.customers(c,
                                           s,
                                           query.queryItemValue(u"q"_s, QUrl::FullyDecoded),
                                           query.hasQueryItem(u"limit"_s)
                                               ? query.queryItemValue(u"limit"_s).toInt()
                                               : 20);
            if (method != "POST")
                return methodNotAllowed();
            auto object = JsonReader::parseObject(requestBody);
            if (!object)
                return Reply::error(400, "bad_request", object.error().message);
            return mutate(
                [&](PgConnection &cc) { return m_service.createCustomer(cc, s, object.value()); });
        }
        if (path == u"/v1/terminals" || path == u"/v1/users") {
            if (method != "POST")
                return methodNotAllowed();
            auto object = JsonReader::parseObject(requestBody);
            if (!object)
                return Reply::error(400, "bad_request", object.error().message);
            const bool terminals = path == u"/v1/terminals";
            return mutate([&](PgConnection &cc) {
                return terminals ? m_service.createTerminal(cc, s, object.value())
                                 : m_service.createUser(cc, s, object.value());
            });
        }
        return unknownRoute(path);
    } catch (const PgError &e) {
        c.rollback();
        if (!e.isConnectionLost())
            log::error("db.statement_failed",
                       {{u"route"_s, route},
                        {u"sqlstate"_s, e.sqlState()},
                        {u"error"_s, e.message()}});
        return e.isConnectionLost()
                   ? Reply::error(503, "unavailable", QStringLiteral("the database is unreachable"))
                   : Reply::error(500, "internal", QStringLiteral("the server could not do that"));
    }
}

Reply Api::batch(PgConnection &c, const Session &s, const QByteArray &body)
{
    auto object = JsonReader::parseObject(body);
    if (!object)
        return Reply::error(400, "bad_request", object.error().message);
    JsonReader reader(object.value());
    const QList<JsonReader> operations = reader.objects(u"operations");
    if (reader.ok() && operations.size() > 1000)
        reader.fail(u"operations", QStringLiteral("may hold at most 1000 operations"));
    struct Operation
    {
        QString id;
        QByteArray method;
        QString path;
        QByteArray body;
        QJsonObject json;
    };
    QList<Operation> ops;
    for (JsonReader op : operations) {
        Operation o{op.string(u"id"), op.string(u"method").toLatin1(), op.string(u"path"), {}, {}};
        if (op.has(u"body")) {
            o.json = op.json().value(u"body").toObject();
            o.body = QJsonDocument(o.json).toJson(QJsonDocument::Compact);
        }
        if (op.ok() && o.method != "POST" && o.method != "DELETE")
            op.fail(u"method", QStringLiteral("must be POST or DELETE"));
        if (op.ok()
            && (!o.path.startsWith(u"/v1/") || o.path == u"/v1/batch" || o.path == u"/v1/login"
                || o.path == u"/v1/logout"))
            op.fail(u"path", QStringLiteral("must be a mutating route of docs/api.md"));
        ops.append(o);
    }
    if (!reader.ok())
        return Reply::error(400, "bad_request", reader.error());
    // In order, each in its own transaction under its own operation id; stop at the first
    // answer that says "try again later", so that nothing runs ahead of an unapplied one.
    // A run of offline sales (what an outbox replay is made of) goes to the database in one
    // pipeline; whatever that does not answer goes the normal way below, in order.
    std::vector<std::optional<Reply>> fast(size_t(ops.size()));
    const auto isOfflineSale = [](const Operation &o) {
        return o.method == "POST" && o.path == u"/v1/offline-orders";
    };
    for (qsizetype i = 0; i < ops.size();) {
        if (!isOfflineSale(ops.at(i))) {
            ++i;
            continue;
        }
        const qsizetype first = i;
        QList<Service::OfflineOperation> run;
        for (; i < ops.size() && isOfflineSale(ops.at(i)); ++i) {
            JsonReader sale(ops.at(i).json);
            run.append({ops.at(i).id,
                        QStringLiteral("POST /v1/offline-orders"),
                        protocol::OfflineOrderRequest::fromJson(sale)});
            if (!sale.ok())
                run.last().operationId.clear(); // not sound: the normal way says why
        }
        if (run.size() < 2)
            continue; // one alone gains nothing
        std::vector<std::optional<Reply>> answers = m_service.replayOfflineOrders(c, s, run);
        for (size_t k = 0; k < answers.size(); ++k)
            fast[size_t(first) + k] = std::move(answers[k]);
    }
    QJsonArray results;
    bool stopped = false;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Operation &o = ops.at(i);
        if (stopped && !fast[size_t(i)]) {
            results.append(QJsonObject{{u"id"_s, o.id}, {u"status"_s, 0}, {u"skipped"_s, true}});
            continue;
        }
        const QUrl url(o.path);
        const Reply r = fast[size_t(i)]
                            ? *fast[size_t(i)]
                            : route(c, s, o.method, url.path(), QUrlQuery(url), o.body, o.id);
        QJsonObject result{{u"id"_s, o.id}, {u"status"_s, r.status}, {u"replayed"_s, r.replayed}};
        if (!r.body.isEmpty())
            result.insert(u"body"_s, QJsonDocument::fromJson(r.body).object());
        results.append(result);
        stopped = stopped || r.status >= 500;
    }
    return Reply::json(200, QJsonObject{{u"results"_s, results}});
}

void Api::changes(qint64 since, int limit, std::chrono::steady_clock::time_point deadline, Done done)
{
    m_pool.post([this, since, limit, deadline, done](PgConnection &c) {
        bool empty = false;
        Reply page;
        try {
            page = m_service.changes(c, since, limit, &empty);
        } catch (const PgError &e) {
            return done(Reply::error(503, "unavailable", e.message()));
        }
        if (!empty || std::chrono::steady_clock::now() >= deadline)
            return done(std::move(page));
        m_notifier.wait(since, deadline, [this, since, limit, deadline, done] {
            changes(since, limit, deadline, done);
        });
    });
}

} // namespace parkett::server
