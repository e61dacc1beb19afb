// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/api.h"

#include "server/changenotifier.h"
#include "server/dbpool.h"
#include "server/log.h"
#include "server/pg.h"

#include <QRegularExpression>
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
    if (mutating && path != u"/v1/logout" && operationId.isEmpty())
        return done(
            Reply::error(400,
                         "bad_request",
                         QStringLiteral("a mutating request needs an Operation-Id header")));

    // Everything else needs the session first; the route runs on the same database thread.
    m_pool.post([this, done, request, path, parts, query, method, token, operationId, mutating](
                    PgConnection &c) {
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
        const QString route = QString::fromLatin1(method) + u' ' + path;
        const auto mutate = [&](const Service::Effect &effect) {
            done(m_service.mutate(c, s, operationId, route, effect));
        };
        Reply error;
        try {
            const QString resource = parts.value(1);
            if (path == u"/v1/logout") {
                return done(method == "POST" ? m_service.logout(c, s) : methodNotAllowed());
            }
            if (path == u"/v1/catalog") {
                return done(method == "GET" ? m_service.catalog(c) : methodNotAllowed());
            }
            if (resource == u"plans" && parts.size() == 3) {
                const auto id = idSegment(parts[2]);
                if (!id)
                    return done(badId(parts[2]));
                return done(method == "GET" ? m_service.plan(c, *id) : methodNotAllowed());
            }
            if (resource == u"performances" && parts.size() == 4 && parts[3] == u"snapshot") {
                const auto id = idSegment(parts[2]);
                if (!id)
                    return done(badId(parts[2]));
                return done(method == "GET" ? m_service.snapshot(c, s, *id) : methodNotAllowed());
            }
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
            if (resource == u"holds") {
                if (parts.size() == 2 && method == "POST") {
                    auto hold = readBody<protocol::HoldRequest>(request.body, &error);
                    if (!hold)
                        return done(error);
                    return mutate([&](PgConnection &cc) { return m_service.hold(cc, s, *hold); });
                }
                if (parts.size() == 3 && method == "DELETE")
                    return mutate(
                        [&](PgConnection &cc) { return m_service.releaseHold(cc, s, parts[2]); });
                return done(parts.size() <= 3 ? methodNotAllowed() : unknownRoute(path));
            }
            if (resource == u"orders") {
                if (parts.size() == 2) {
                    if (method != "POST")
                        return done(methodNotAllowed());
                    auto confirm = readBody<protocol::ConfirmRequest>(request.body, &error);
                    if (!confirm)
                        return done(error);
                    return mutate(
                        [&](PgConnection &cc) { return m_service.confirm(cc, s, *confirm); });
                }
                const auto id = idSegment(parts[2]);
                if (!id)
                    return done(badId(parts[2]));
                if (parts.size() == 3)
                    return done(method == "GET" ? m_service.order(c, s, *id) : methodNotAllowed());
                if (parts.size() == 4 && parts[3] == u"cancel") {
                    if (method != "POST")
                        return done(methodNotAllowed());
                    auto object = JsonReader::parseObject(request.body.isEmpty() ? "{}"
                                                                                 : request.body);
                    if (!object)
                        return done(Reply::error(400, "bad_request", object.error().message));
                    JsonReader reader(object.value());
                    const QString reason = reader.optionalString(u"reason");
                    if (!reader.ok())
                        return done(Reply::error(400, "bad_request", reader.error()));
                    return mutate(
                        [&](PgConnection &cc) { return m_service.cancel(cc, s, *id, reason); });
                }
                if (parts.size() == 4 && parts[3] == u"pay") {
                    if (method != "POST")
                        return done(methodNotAllowed());
                    auto object = JsonReader::parseObject(request.body);
                    if (!object)
                        return done(Reply::error(400, "bad_request", object.error().message));
                    JsonReader reader(object.value());
                    JsonReader p = reader.object(u"payment");
                    const auto payment = protocol::WirePayment::fromJson(p);
                    if (!reader.ok())
                        return done(Reply::error(400, "bad_request", reader.error()));
                    return mutate(
                        [&](PgConnection &cc) { return m_service.pay(cc, s, *id, payment); });
                }
                return done(unknownRoute(path));
            }
            if (path == u"/v1/leases") {
                if (method == "GET")
                    return done(
                        m_service.leases(c, s, query.queryItemValue(u"terminal"_s).toLongLong()));
                if (method == "POST") {
                    auto lease = readBody<protocol::LeaseRequest>(request.body, &error);
                    if (!lease)
                        return done(error);
                    return mutate([&](PgConnection &cc) { return m_service.lease(cc, s, *lease); });
                }
                if (method == "DELETE") {
                    const auto performance = idSegment(query.queryItemValue(u"performance"_s));
                    if (!performance)
                        return done(Reply::error(400,
                                                 "bad_request",
                                                 QStringLiteral("performance must be an id")));
                    const qint64 terminal = query.queryItemValue(u"terminal"_s).toLongLong();
                    return mutate([&](PgConnection &cc) {
                        return m_service.releaseLease(cc, s, *performance, terminal);
                    });
                }
                return done(methodNotAllowed());
            }
            if (path == u"/v1/offline-orders") {
                if (method != "POST")
                    return done(methodNotAllowed());
                auto offline = readBody<protocol::OfflineOrderRequest>(request.body, &error);
                if (!offline)
                    return done(error);
                return mutate(
                    [&](PgConnection &cc) { return m_service.offlineOrder(cc, s, *offline); });
            }
            if (path == u"/v1/customers") {
                if (method == "GET")
                    return done(m_service.customers(c,
                                                    s,
                                                    query.queryItemValue(u"q"_s, QUrl::FullyDecoded),
                                                    query.hasQueryItem(u"limit"_s)
                                                        ? query.queryItemValue(u"limit"_s).toInt()
                                                        : 20));
                if (method != "POST")
                    return done(methodNotAllowed());
                auto object = JsonReader::parseObject(request.body);
                if (!object)
                    return done(Reply::error(400, "bad_request", object.error().message));
                return mutate([&](PgConnection &cc) {
                    return m_service.createCustomer(cc, s, object.value());
                });
            }
            if (path == u"/v1/terminals" || path == u"/v1/users") {
                if (method != "POST")
                    return done(methodNotAllowed());
                auto object = JsonReader::parseObject(request.body);
                if (!object)
                    return done(Reply::error(400, "bad_request", object.error().message));
                const bool terminals = path == u"/v1/terminals";
                return mutate([&](PgConnection &cc) {
                    return terminals ? m_service.createTerminal(cc, s, object.value())
                                     : m_service.createUser(cc, s, object.value());
                });
            }
            return done(unknownRoute(path));
        } catch (const PgError &e) {
            if (c.isOpen())
                PQclear(PQexec(c.handle(), "ROLLBACK"));
            if (!e.isConnectionLost())
                log::error("db.statement_failed",
                           {{u"route"_s, route},
                            {u"sqlstate"_s, e.sqlState()},
                            {u"error"_s, e.message()}});
            return done(
                e.isConnectionLost()
                    ? Reply::error(503, "unavailable", QStringLiteral("the database is unreachable"))
                    : Reply::error(500, "internal", QStringLiteral("the server could not do that")));
        }
    });
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
