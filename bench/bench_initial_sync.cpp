// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop client's initial sync end to end (issue 6: a performance with 100,000 seats and
// 50,000 orders in at most 3 s). The same private PostgreSQL cluster, real parkett-server and
// filled stadium as bench_server's section 2 (bench/stadiumhouse), then the client's own
// classes: ServerClient (QNetworkAccessManager) signed in at terminal 1, SyncEngine and
// SyncCache writing into a fresh SQLite cache file, as the client does after its first
// sign-in. Per run:
//   1. end to end: SyncEngine::initialSync() from the call to initialSyncFinished, with each
//      request's time (fetch, parse and write together) from the engine's progress signal;
//   2. a breakdown, one step after the other into another fresh file: fetch (the body over
//      QNetworkAccessManager), parse (the JSON into a QJsonObject, as ServerClient does) and
//      write (SyncCache::applyCatalog/applyPlan/applySnapshot: the answer read into the wire
//      structs and written to SQLite; decoding the snapshot's orders, which runs beside the
//      write on a thread of its own, is timed again alone after it and shown).
// Login (Argon2id) and opening the file are outside every clock.
// Usage: bench_initial_sync [--runs N]

#include "bench/stadiumhouse.h"
#include "core/stadium.h"
#include "protocol/jsonreader.h"
#include "protocol/messages.h"
#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "tests/support/serverfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <thread>

using namespace parkett;
using namespace parkett::bench;
using namespace parkett::testing;

namespace {

/** Runs the event loop until \a done or \a ms passed; false on the timeout. */
template<typename Done>
bool waitFor(Done done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

/** One client as the desktop client sets it up after signing in: its cache file, the server
    client with a token at terminal 1, the sync cache, outbox and engine. */
struct Client
{
    std::unique_ptr<Database> db;
    ServerClient server;
    std::unique_ptr<SyncCache> cache;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<SyncEngine> engine;

    bool open(const QString &path, const QUrl &url, QString *error)
    {
        auto opened = Database::open(path);
        if (!opened) {
            *error = opened.error().message;
            return false;
        }
        db = std::move(*opened);
        server.setBaseUrl(url);
        server.setTimeout(120000);
        std::optional<ServerReply> reply;
        server.login(QStringLiteral("counter"),
                     demoPassword(),
                     1,
                     &server,
                     [&reply](const ServerReply &r) { reply = r; });
        if (!waitFor([&] { return reply.has_value(); }, 30000) || !reply->isSuccess()) {
            *error = QStringLiteral("login failed");
            return false;
        }
        server.setToken(reply->body.value(u"token").toString());
        const qint64 terminal = reply->body.value(u"terminal").toObject().value(u"id").toInteger();
        if (!SyncState(*db).setTerminalId(terminal)) {
            *error = QStringLiteral("cannot store the terminal");
            return false;
        }
        cache = std::make_unique<SyncCache>(*db, terminal);
        if (!cache->applyUser(reply->body.value(u"user").toObject())) {
            *error = QStringLiteral("cannot store the user");
            return false;
        }
        outbox = std::make_unique<Outbox>(*db, cache.get());
        engine = std::make_unique<SyncEngine>(*db, server, *cache, *outbox);
        return true;
    }
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** What the cache holds for \a performance: orders and active tickets. */
QString cached(Database &db, qint64 performance)
{
    auto orders = db.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE performance_id = ?"),
                            {performance});
    auto tickets = db.scalar(QStringLiteral("SELECT count(*) FROM tickets"
                                            " WHERE performance_id = ? AND active = 1"),
                             {performance});
    return QStringLiteral("%1 orders, %2 active tickets")
        .arg(orders ? orders->toLongLong() : -1)
        .arg(tickets ? tickets->toLongLong() : -1);
}

struct Step
{
    QString path;
    double fetchMs = 0;
    double parseMs = 0;
    double writeMs = 0;
    double decodeMs = 0; ///< the snapshot's orders read into WireOrder, alone
    qsizetype bytes = 0;
};

/** The breakdown: the engine's steps one after the other, each timed in three parts. */
bool breakdown(Client &client, QList<Step> &steps, QString *error)
{
    QNetworkAccessManager network;
    QStringList paths{QStringLiteral("/v1/catalog")};
    while (!paths.isEmpty()) {
        Step step;
        step.path = paths.takeFirst();
        QNetworkRequest request(client.server.baseUrl().resolved(QUrl(step.path)));
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "Bearer " + client.server.token().toUtf8());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = network.get(request);
        if (!waitFor([reply] { return reply->isFinished(); }, 120000)) {
            *error = step.path + QStringLiteral(": no answer");
            return false;
        }
        const QByteArray data = reply->readAll();
        reply->deleteLater();
        step.fetchMs = ms(t);
        step.bytes = data.size();
        t.restart();
        auto parsed = protocol::JsonReader::parseObject(data);
        step.parseMs = ms(t);
        if (!parsed) {
            *error = step.path + QStringLiteral(": ") + parsed.error().message;
            return false;
        }
        t.restart();
        Result<void> applied;
        if (step.path == QLatin1StringView("/v1/catalog")) {
            auto plans = client.cache->applyCatalog(*parsed, QDateTime::currentDateTimeUtc());
            auto performances = client.cache->onSalePerformances();
            if (!plans || !performances) {
                applied = makeError(ErrorCode::StorageFailure, QStringLiteral("catalogue"));
            } else {
                for (SeatPlanId plan : std::as_const(*plans))
                    paths.append(QStringLiteral("/v1/plans/%1").arg(plan.value));
                for (PerformanceId p : std::as_const(*performances))
                    paths.append(QStringLiteral("/v1/performances/%1/snapshot").arg(p.value));
            }
        } else if (step.path.startsWith(QLatin1StringView("/v1/plans/"))) {
            applied = client.cache->applyPlan(*parsed);
        } else {
            applied = client.cache->applySnapshot(*parsed);
        }
        step.writeMs = ms(t);
        if (!applied) {
            *error = step.path + QStringLiteral(": ") + applied.error().message;
            return false;
        }
        if (step.path.endsWith(QLatin1StringView("/snapshot"))) {
            t.restart();
            protocol::JsonReader json(*parsed);
            qsizetype n = 0;
            for (protocol::JsonReader &o : json.objects(u"orders"))
                n += protocol::WireOrder::fromJson(o).tickets.size();
            step.decodeMs = ms(t);
            Q_UNUSED(n);
        }
        steps.append(step);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt >= 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt() : 1;

    QString error;
    PgCluster pg;
    if (!pg.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ServerProcess server;
    if (!startStadiumServer(pg, server, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 performance = stadiumPerformance(pg);
    const House h = house(generateStadium(StadiumOptions{}));
    const qint64 user = pg.sql(QStringLiteral("SELECT id FROM users WHERE login = 'counter'"))
                            .toLongLong();
    fillHouse(pg, performance, user, h);
    std::printf("PostgreSQL %s (fsync off), stadium of %lld seats, performance %lld with %s "
                "orders and %s active tickets; %s performances on sale; %u cores\n",
                qPrintable(pg.sql(QStringLiteral("SHOW server_version"))),
                qlonglong(h.seats.size()),
                qlonglong(performance),
                qPrintable(
                    pg.sql(QStringLiteral("SELECT count(*) FROM orders WHERE performance_id = %1")
                               .arg(performance))),
                qPrintable(pg.sql(QStringLiteral("SELECT count(*) FROM tickets WHERE"
                                                 " performance_id = %1 AND active")
                                      .arg(performance))),
                qPrintable(pg.sql(
                    QStringLiteral("SELECT count(*) FROM performances WHERE status = 'on-sale'"))),
                std::thread::hardware_concurrency());

    for (int run = 1; run <= runs; ++run) {
        QTemporaryDir dir;
        // 1. End to end through the engine.
        Client client;
        if (!client.open(dir.filePath(QStringLiteral("cache.sqlite")), server.url(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QList<QPair<QString, double>> stepMs;
        QElapsedTimer step;
        QObject::connect(client.engine.get(),
                         &SyncEngine::progress,
                         client.engine.get(),
                         [&](int done, int, const QString &what) {
                             // Emitted before each request and after its answer is written.
                             if (!stepMs.isEmpty() && stepMs.constLast().first == what
                                 && stepMs.constLast().second < 0)
                                 stepMs.last().second = ms(step);
                             else {
                                 stepMs.append({what, -1});
                                 step.restart();
                             }
                             Q_UNUSED(done);
                         });
        std::optional<QPair<bool, QString>> finished;
        QObject::connect(client.engine.get(),
                         &SyncEngine::initialSyncFinished,
                         client.engine.get(),
                         [&](bool ok, const QString &why) {
                             finished = {ok, why};
                         });
        QElapsedTimer total;
        total.start();
        client.engine->initialSync();
        if (!waitFor([&] { return finished.has_value(); }, 600000) || !finished->first) {
            std::fprintf(stderr,
                         "initial sync failed: %s\n",
                         finished ? qPrintable(finished->second) : "timeout");
            return 1;
        }
        const double endToEnd = ms(total);
        std::printf("run %d end to end (SyncEngine::initialSync): %.0f ms; cache %.1f MB with %s\n",
                    run,
                    endToEnd,
                    double(QFileInfo(client.db->path()).size()
                           + QFileInfo(client.db->path() + QStringLiteral("-wal")).size())
                        / 1e6,
                    qPrintable(cached(*client.db, performance)));
        for (const auto &[what, took] : std::as_const(stepMs))
            std::printf("    %-40s %7.0f ms\n", qPrintable(what), took);
        // Off the clock (the terminal can sell meanwhile), but shown: copying the WAL into
        // the file, on a thread of its own.
        QElapsedTimer checkpoint;
        checkpoint.start();
        const bool checkpointed = client.db->waitForCheckpoint();
        std::printf("    then the background checkpoint: %.0f ms more (%s)\n",
                    ms(checkpoint),
                    checkpointed ? "done" : "failed");

        // 2. The breakdown, into a fresh file of its own.
        Client parts;
        if (!parts.open(dir.filePath(QStringLiteral("parts.sqlite")), server.url(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QList<Step> steps;
        if (!breakdown(parts, steps, &error)) {
            std::fprintf(stderr, "breakdown failed: %s\n", qPrintable(error));
            return 1;
        }
        Step sum;
        for (const Step &s : std::as_const(steps)) {
            sum.fetchMs += s.fetchMs;
            sum.parseMs += s.parseMs;
            sum.writeMs += s.writeMs;
            sum.bytes += s.bytes;
        }
        std::printf("run %d breakdown: fetch %.0f ms (%.1f MB), parse %.0f ms, write %.0f ms,"
                    " total %.0f ms\n",
                    run,
                    sum.fetchMs,
                    double(sum.bytes) / 1e6,
                    sum.parseMs,
                    sum.writeMs,
                    sum.fetchMs + sum.parseMs + sum.writeMs);
        for (const Step &s : std::as_const(steps)) {
            if (s.fetchMs + s.parseMs + s.writeMs < 20)
                continue;
            std::printf("    %-40s fetch %6.0f ms (%5.1f MB), parse %5.0f ms, write %6.0f ms%s\n",
                        qPrintable(s.path),
                        s.fetchMs,
                        double(s.bytes) / 1e6,
                        s.parseMs,
                        s.writeMs,
                        s.decodeMs > 0 ? qPrintable(QStringLiteral(" (decoding the orders"
                                                                   " alone %1 ms, beside the"
                                                                   " write)")
                                                        .arg(s.decodeMs, 0, 'f', 0))
                                       : "");
        }
    }
    server.terminate();
    return 0;
}
