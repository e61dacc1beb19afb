// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/service.h"

#include <QByteArray>
#include <QUrlQuery>

#include <functional>

namespace parkett::server {

class ChangeNotifier;
class DbPool;
class PgConnection;

/** One HTTP request as the transport hands it over. */
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< path and query
    QByteArray body;
    QByteArray authorization;
    QByteArray operationId;
};

/** Routes requests of docs/api.md to the service on a database thread, authenticates and
    authorises them, and hands the reply to \a done (from a database thread or the notifier's;
    the transport posts it back to its connection). */
class Api
{
public:
    using Done = std::function<void(Reply)>;

    Api(Service &service, DbPool &pool, ChangeNotifier &notifier);

    void handle(HttpRequest request, Done done);

private:
    /** A request that is answered at once, on this thread's connection. */
    Reply route(PgConnection &c,
                const Session &s,
                const QByteArray &method,
                const QString &path,
                const QUrlQuery &query,
                const QByteArray &body,
                const QString &operationId);
    /** POST /v1/batch: mutating operations replayed in order in one request. */
    Reply batch(PgConnection &c, const Session &s, const QByteArray &body);
    void changes(qint64 since, int limit, std::chrono::steady_clock::time_point deadline, Done done);

    Service &m_service;
    DbPool &m_pool;
    ChangeNotifier &m_notifier;
};

} // namespace parkett::server
