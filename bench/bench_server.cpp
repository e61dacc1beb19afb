// SPDX-License-Identifier: GPL-3.0-or-later
// parkett-server throughput and sync figures (issue 6), on a private PostgreSQL cluster and
// the real server process on loopback, with a generated 100,000-seat stadium:
//   1. seat sales (hold + confirm of 2 seats) over HTTP at 1, 16 and 64 concurrent clients,
//      beside the same transactions run straight on PostgreSQL (the server's Service on
//      its own connections, no HTTP) in the same run;
//   2. initial sync of that performance with 50,000 orders (100,000 tickets): snapshot and
//      plan fetched and parsed;
//   3. replay of 10,000 offline operations, one after the other, from a terminal lease.
// Usage: bench_server [--quick] [--only latency|sales|sync|replay]... [--clients N]

#include "bench/stadiumhouse.h"
#include "core/stadium.h"
#include "server/pg.h"
#include "server/service.h"
#include "tests/support/serverfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>

using namespace parkett;
using namespace parkett::server;
using namespace parkett::testing;
using namespace parkett::bench;

namespace {

/** The sales clients' HTTP: one keep-alive connection, synchronous Boost.Beast, no event
    loop and no extra threads, so that on two cores the client takes as little CPU from the
    server as possible. The desktop client's QNetworkAccessManager costs several times more
    per request; the bench measures the server. */
class LeanClient
{
public:
    explicit LeanClient(const QUrl &base)
        : m_stream(m_io)
        , m_host(base.host().toStdString())
    {
        boost::asio::ip::tcp::resolver resolver(m_io);
        m_stream.connect(resolver.resolve(m_host, std::to_string(base.port())));
        m_stream.socket().set_option(boost::asio::ip::tcp::no_delay(true));
    }

    bool login(const QString &login, const QString &password, qint64 terminal)
    {
        const auto [status, body] = post("/v1/login",
                                         QJsonDocument(
                                             QJsonObject{{QStringLiteral("login"), login},
                                                         {QStringLiteral("password"), password},
                                                         {QStringLiteral("terminal"), terminal}})
                                             .toJson(QJsonDocument::Compact),
                                         {});
        m_token = "Bearer " + QJsonDocument::fromJson(body)[u"token"].toString().toStdString();
        return status == 200;
    }

    /** Status and body of a GET. */
    std::pair<int, QByteArray> get(const std::string &target)
    {
        namespace http = boost::beast::http;
        http::request<http::empty_body> request(http::verb::get, target, 11);
        request.set(http::field::host, m_host);
        request.set(http::field::authorization, m_token);
        http::write(m_stream, request);
        http::response_parser<http::string_body> parser;
        parser.body_limit(1u << 30);
        http::read(m_stream, m_buffer, parser);
        const auto &response = parser.get();
        return {int(response.result_int()),
                QByteArray(response.body().data(), qsizetype(response.body().size()))};
    }

    /** Status and body of a POST with a fresh operation id. */
    std::pair<int, QByteArray> post(const char *target, const QByteArray &body)
    {
        return post(target, body, newOperationId().toStdString());
    }

private:
    std::pair<int, QByteArray> post(const char *target,
                                    const QByteArray &body,
                                    const std::string &operationId)
    {
        namespace http = boost::beast::http;
        http::request<http::string_body> request(http::verb::post, target, 11);
        request.set(http::field::host, m_host);
        request.set(http::field::content_type, "application/json");
        if (!m_token.empty())
            request.set(http::field::authorization, m_token);
        if (!operationId.empty())
            request.set("Operation-Id", operationId);
        request.body().assign(body.constData(), size_t(body.size()));
        request.prepare_payload();
        http::write(m_stream, request);
        http::response<http::string_body> response;
        http::read(m_stream, m_buffer, response);
        return {int(response.result_int()),
                QByteArray(response.body().data(), qsizetype(response.body().size()))};
    }

    boost::asio::io_context m_io;
    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    std::string m_host;
    std::string m_token;
};

struct Figures
{
    double seconds = 0;
    QList<double> latenciesMs;
    int failures = 0;

    double rate() const { return latenciesMs.size() / seconds; }
    void add(const Figures &other)
    {
        seconds += other.seconds;
        latenciesMs += other.latenciesMs;
        failures += other.failures;
    }
    double percentile(double p) const
    {
        QList<double> sorted = latenciesMs;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return 0;
        return sorted.at(qMin(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
};

/** \a clients threads selling \a perClient pairs each from their own slice of \a seats. The
    clock starts when every client has its connection (and, over HTTP, has signed in: an
    Argon2id login costs far more than a sale and is not what is measured). */
template<typename Sell>
Figures runClients(int clients,
                   int perClient,
                   const QList<qint64> &seats,
                   int offset,
                   Sell sell,
                   double salesPerSecond = 0)
{
    Figures f;
    std::mutex mutex;
    std::condition_variable wake;
    int ready = 0;
    bool go = false;
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            auto seller = sell();
            {
                std::unique_lock lock(mutex);
                ++ready;
                wake.notify_all();
                wake.wait(lock, [&] { return go; });
            }
            QList<double> mine;
            int failed = 0;
            const auto start = std::chrono::steady_clock::now();
            // Paced: client c starts its sale i at (i + c / clients) periods, and the time
            // counts from then, so a sale that had to wait for the one before it is charged
            // the wait (no coordinated omission).
            const auto period = std::chrono::duration<double>(
                salesPerSecond > 0 ? clients / salesPerSecond : 0);
            for (int i = 0; i < perClient; ++i) {
                const int at = offset + 2 * (c * perClient + i);
                auto due = std::chrono::steady_clock::now();
                if (salesPerSecond > 0) {
                    due = start
                          + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              period * (i + double(c) / clients));
                    std::this_thread::sleep_until(due);
                }
                if (seller(seats.at(at), seats.at(at + 1)))
                    mine.append(std::chrono::duration<double, std::milli>(
                                    std::chrono::steady_clock::now() - due)
                                    .count());
                else
                    ++failed;
            }
            std::lock_guard lock(mutex);
            f.latenciesMs += mine;
            f.failures += failed;
        });
    }
    QElapsedTimer total;
    {
        std::unique_lock lock(mutex);
        wake.wait(lock, [&] { return ready == clients; });
        go = true;
        total.start();
    }
    wake.notify_all();
    for (std::thread &t : threads)
        t.join();
    f.seconds = double(total.nsecsElapsed()) / 1e9;
    return f;
}

/** Runs one job at a time on a thread of its own, woken as the server wakes a database
    thread, while the caller waits: the straight transactions with the server's hand-off and
    nothing else of HTTP. */
class HandOff
{
public:
    HandOff()
        : m_thread([this] {
            std::unique_lock lock(m_mutex);
            for (;;) {
                m_wake.wait(lock, [this] { return m_job || m_stop; });
                if (m_stop)
                    return;
                lock.unlock();
                m_job();
                lock.lock();
                m_job = nullptr;
                m_wake.notify_all();
            }
        })
    {}
    ~HandOff()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    void run(std::function<void()> job)
    {
        std::unique_lock lock(m_mutex);
        m_job = std::move(job);
        m_wake.notify_all();
        m_wake.wait(lock, [this] { return !m_job; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::function<void()> m_job;
    bool m_stop = false;
    std::thread m_thread;
};

void print(const char *what, int clients, const Figures &f)
{
    std::printf(
        "%-28s clients %2d: %7.0f sales/s  p50 %6.2f ms  p99 %6.2f ms  (%lld sales, %d failed)\n",
        what,
        clients,
        f.rate(),
        f.percentile(0.5),
        f.percentile(0.99),
        qlonglong(f.latenciesMs.size()),
        f.failures);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    QStringList only;
    for (qsizetype i = args.indexOf(QStringLiteral("--only")); i >= 0 && i + 1 < args.size();
         i = args.indexOf(QStringLiteral("--only"), i + 2))
        only.append(args.at(i + 1));
    const auto runs = [&only](const char *section) {
        return only.isEmpty() || only.contains(QLatin1String(section));
    };
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
    // The same server with busy-waiting switched off, on the same database: at one client
    // the sales run on both, to show what the busy-wait does in the same run.
    ServerProcess sleepingServer;
    if (runs("sales")
        && !sleepingServer.start(pg.conninfo(),
                                 {QStringLiteral("--db-threads"),
                                  QStringLiteral("16"),
                                  QStringLiteral("--db-spin-us"),
                                  QStringLiteral("0"),
                                  QStringLiteral("--log-level"),
                                  QStringLiteral("warning")},
                                 &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 performance = stadiumPerformance(pg);
    const SeatPlan plan = generateStadium(StadiumOptions{});
    const House h = house(plan);
    std::printf("PostgreSQL %s (fsync off), stadium of %lld seats, performance %lld, %u cores\n",
                qPrintable(pg.sql(QStringLiteral("SHOW server_version"))),
                qlonglong(h.seats.size()),
                qlonglong(performance),
                std::thread::hardware_concurrency());

    // 1. Sales over HTTP and straight on PostgreSQL, the same transactions.
    const QByteArray conninfo = pg.conninfo().toUtf8();
    Service service(Service::Options{});
    Session session;
    session.user = pg.sql(QStringLiteral("SELECT id FROM users WHERE login = 'counter'"))
                       .toLongLong();
    session.role = QStringLiteral("box-office");
    session.channel = 1;
    session.terminal = 1;
    // A sale is a hold and a confirm of two seats, each a step of its own so that the
    // latency section can time them apart.
    const auto httpHold = [&](LeanClient &client, qint64 a, qint64 b) {
        const auto [status, held] = client.post("/v1/holds",
                                                QJsonDocument(holdBody(performance, {a, b}))
                                                    .toJson(QJsonDocument::Compact));
        return status == 201 ? QJsonDocument::fromJson(held)[u"hold"][u"id"].toString() : QString();
    };
    const auto httpConfirm = [&](LeanClient &client, const QString &hold, qint64 a, qint64 b) {
        return client
                   .post("/v1/orders",
                         QJsonDocument(confirmBody(hold, {a, b}, h.price[a] + h.price[b]))
                             .toJson(QJsonDocument::Compact))
                   .first
               == 201;
    };
    const auto rawHold = [&](PgConnection &c, qint64 a, qint64 b) {
        protocol::HoldRequest hold{performance, {a, b}, {}, 600};
        const Reply held = service.mutate(c,
                                          session,
                                          newOperationId(),
                                          QStringLiteral("hold"),
                                          [&](PgConnection &cc) {
                                              return service.hold(cc, session, hold);
                                          });
        return held.status == 201 ? QJsonDocument::fromJson(held.body)[u"hold"][u"id"].toString()
                                  : QString();
    };
    const auto rawConfirm = [&](PgConnection &c, const QString &hold, qint64 a, qint64 b) {
        protocol::ConfirmRequest confirm;
        confirm.hold = hold;
        confirm.lines = {protocol::OrderLine{a, 0, 1, 1}, protocol::OrderLine{b, 0, 1, 1}};
        confirm.hasPayment = true;
        confirm.payment = protocol::WirePayment{QStringLiteral("card"), h.price[a] + h.price[b]};
        return service
                   .mutate(c,
                           session,
                           newOperationId(),
                           QStringLiteral("confirm"),
                           [&](PgConnection &cc) { return service.confirm(cc, session, confirm); })
                   .status
               == 201;
    };
    // A sales client over HTTP: signs in, then sells.
    const auto httpSellerOn = [&](const ServerProcess &to) {
        auto client = std::make_shared<LeanClient>(to.url());
        client->login(QStringLiteral("counter"), demoPassword(), 1);
        return [&, client](qint64 a, qint64 b) {
            const QString hold = httpHold(*client, a, b);
            return !hold.isEmpty() && httpConfirm(*client, hold, a, b);
        };
    };
    const auto httpSeller = [&] { return httpSellerOn(server); };
    const auto sleepingSeller = [&] { return httpSellerOn(sleepingServer); };
    // The straight side keeps its connections from one run to the next, as the server's
    // pool does, so that neither side pays for preparing its statements again.
    std::mutex rawMutex;
    std::vector<std::unique_ptr<PgConnection>> idleRaw;
    const auto rawSeller = [&] {
        std::unique_ptr<PgConnection> taken;
        {
            std::lock_guard lock(rawMutex);
            if (!idleRaw.empty()) {
                taken = std::move(idleRaw.back());
                idleRaw.pop_back();
            }
        }
        if (!taken) {
            taken = std::make_unique<PgConnection>(conninfo);
            taken->open();
        }
        std::shared_ptr<PgConnection> c(taken.release(), [&](PgConnection *done) {
            std::lock_guard lock(rawMutex);
            idleRaw.emplace_back(done);
        });
        return [&, c](qint64 a, qint64 b) {
            const QString hold = rawHold(*c, a, b);
            return !hold.isEmpty() && rawConfirm(*c, hold, a, b);
        };
    };
    int offset = 0;
    // 0. Where a request's time goes at one client: a query straight on PostgreSQL, an HTTP
    //    round trip the I/O thread answers itself (an unknown route), and one that runs the
    //    same query on a database thread (/health); then the two steps of a sale, each
    //    straight and over HTTP.
    if (runs("latency")) {
        const auto timed = [](int n, auto &&once) {
            Figures f;
            QElapsedTimer total;
            total.start();
            for (int i = 0; i < n; ++i) {
                const auto start = std::chrono::steady_clock::now();
                once();
                f.latenciesMs.append(std::chrono::duration<double, std::milli>(
                                         std::chrono::steady_clock::now() - start)
                                         .count());
            }
            f.seconds = double(total.nsecsElapsed()) / 1e9;
            return f;
        };
        const int n = quick ? 500 : 3000;
        PgConnection c(pg.conninfo().toUtf8());
        c.open();
        LeanClient client(server.url());
        for (int round = 0; round < 2; ++round) {
            const Figures query = timed(n, [&] { c.exec("SELECT 1"); });
            const Figures noDb = timed(n, [&] { client.get("/nowhere"); });
            const Figures withDb = timed(n, [&] { client.get("/health"); });
            std::printf("round trips, round %d: SELECT 1 straight p50 %.3f ms p99 %.3f ms;"
                        " HTTP without database p50 %.3f ms p99 %.3f ms; HTTP with SELECT 1 on"
                        " a database thread p50 %.3f ms p99 %.3f ms\n",
                        round + 1,
                        query.percentile(0.5),
                        query.percentile(0.99),
                        noDb.percentile(0.5),
                        noDb.percentile(0.99),
                        withDb.percentile(0.5),
                        withDb.percentile(0.99));
            const int sales = quick ? 100 : 500;
            Figures steps[6];
            LeanClient seller(server.url());
            seller.login(QStringLiteral("counter"), demoPassword(), 1);
            PgConnection worked(pg.conninfo().toUtf8());
            worked.open();
            HandOff worker;
            for (int i = 0; i < sales; ++i) {
                const qint64 *s6 = h.seats.constData() + offset + 6 * i;
                QString hold;
                steps[0].latenciesMs += timed(1, [&] {
                                            hold = rawHold(c, s6[0], s6[1]);
                                        }).latenciesMs;
                steps[1].latenciesMs += timed(1, [&] {
                                            rawConfirm(c, hold, s6[0], s6[1]);
                                        }).latenciesMs;
                steps[2].latenciesMs += timed(1, [&] {
                                            hold = httpHold(seller, s6[2], s6[3]);
                                        }).latenciesMs;
                steps[3].latenciesMs += timed(1, [&] {
                                            httpConfirm(seller, hold, s6[2], s6[3]);
                                        }).latenciesMs;
                steps[4].latenciesMs += timed(1, [&] {
                                            worker.run(
                                                [&] { hold = rawHold(worked, s6[4], s6[5]); });
                                        }).latenciesMs;
                steps[5].latenciesMs += timed(1, [&] {
                                            worker.run(
                                                [&] { rawConfirm(worked, hold, s6[4], s6[5]); });
                                        }).latenciesMs;
            }
            offset += 6 * sales;
            std::printf("sale steps, round %d, p50: hold %.3f ms straight, %.3f ms straight on a"
                        " worker thread, %.3f ms over HTTP; confirm %.3f / %.3f / %.3f ms\n",
                        round + 1,
                        steps[0].percentile(0.5),
                        steps[4].percentile(0.5),
                        steps[2].percentile(0.5),
                        steps[1].percentile(0.5),
                        steps[5].percentile(0.5),
                        steps[3].percentile(0.5));
        }
    }

    const qsizetype clientsAt = args.indexOf(QStringLiteral("--clients"));
    const QList<int> clientCounts = clientsAt >= 0 && clientsAt + 1 < args.size()
                                        ? QList<int>{args.at(clientsAt + 1).toInt()}
                                        : QList<int>{1, 16, 64};
    for (int clients : clientCounts) {
        if (!runs("sales") || clients < 1)
            break;
        const int perClient = (quick ? 64 : 256) / qMin(clients, 16) * (clients == 1 ? 2 : 1);
        // The two sides take turns (straight, HTTP, HTTP, straight, ...), so that whatever
        // changes during the run (the tables growing, autovacuum, another process waking)
        // falls on both alike.
        const int rounds = clients == 1 ? 4 : 2;
        // At one client a third side: the server that never busy-waits.
        const int sides = clients == 1 ? 3 : 2;
        Figures raw;
        Figures http;
        Figures sleeping;
        for (int round = 0; round < rounds; ++round) {
            for (int turn = 0; turn < sides; ++turn) {
                // Each round turns the order round (straight, HTTP, ... then ..., HTTP,
                // straight), so that whatever changes during the run falls on all alike.
                const int side = round % 2 == 0 ? turn : sides - 1 - turn;
                const int count = perClient / rounds;
                const Figures f = side == 0 ? runClients(clients, count, h.seats, offset, rawSeller)
                                  : side == 1
                                      ? runClients(clients, count, h.seats, offset, httpSeller)
                                      : runClients(clients, count, h.seats, offset, sleepingSeller);
                offset += 2 * clients * (perClient / rounds);
                (side == 0 ? raw : side == 1 ? http : sleeping).add(f);
            }
        }
        print("straight on PostgreSQL", clients, raw);
        print("over HTTP", clients, http);
        std::printf("%-28s clients %2d: %5.1f %% of the raw rate\n",
                    "",
                    clients,
                    100.0 * http.rate() / raw.rate());
        if (sides == 3) {
            print("over HTTP, no busy-wait", clients, sleeping);
            std::printf("%-28s clients %2d: %5.1f %% of the raw rate\n",
                        "",
                        clients,
                        100.0 * sleeping.rate() / raw.rate());
        }
    }
    // 64 counters at a steady pace below the capacity measured above, as a box office
    // works: how long a sale takes when the server is not saturated.
    if (runs("sales") && clientsAt < 0) {
        for (double rate : {100.0, 200.0, 300.0}) {
            const int perClient = quick ? 4 : 16;
            const Figures paced = runClients(64, perClient, h.seats, offset, httpSeller, rate);
            offset += 2 * 64 * perClient;
            char label[64];
            std::snprintf(label, sizeof label, "over HTTP, %.0f sales/s paced", rate);
            print(label, 64, paced);
        }
    }
    const QString doubles = pg.sql(QStringLiteral(
        "SELECT count(*) FROM (SELECT seat_id FROM tickets WHERE active GROUP BY performance_id,"
        " seat_id HAVING count(*) > 1) d"));
    std::printf("double sales: %s\n", qPrintable(doubles));

    // 2. Initial sync: fill the house with 50,000 two-seat orders (100,000 tickets), then
    //    fetch and parse what a client caches.
    if (runs("sync")) {
        fillHouse(pg, performance, session.user, h);
        PgConnection c(conninfo);
        c.open();
        const qint64 total = c.query("SELECT count(*) FROM orders WHERE performance_id = $1",
                                     PgParams() << performance)
                                 .integer(0, 0);
        std::printf("initial sync: performance with %lld orders, %s active tickets\n",
                    qlonglong(total),
                    qPrintable(pg.sql(
                        QStringLiteral("SELECT count(*) FROM tickets WHERE performance_id = %1"
                                       " AND active")
                            .arg(performance))));
    }
    LeanClient syncer(server.url());
    syncer.login(QStringLiteral("counter"), demoPassword(), 1);
    const qint64 planId = pg.sql(QStringLiteral("SELECT plan_id FROM performances WHERE id = %1")
                                     .arg(performance))
                              .toLongLong();
    for (int run = 0; run < (runs("sync") ? 3 : 0); ++run) {
        QElapsedTimer t;
        t.start();
        const auto catalog = syncer.get("/v1/catalog");
        const auto planReply = syncer.get("/v1/plans/" + std::to_string(planId));
        const qint64 planMs = t.elapsed();
        auto parsed = SeatPlan::fromJson(
            QJsonDocument::fromJson(planReply.second)[u"document"].toObject());
        const qint64 planParsedMs = t.elapsed();
        const auto snapshot = syncer.get("/v1/performances/" + std::to_string(performance)
                                         + "/snapshot");
        const qint64 fetchedMs = t.elapsed();
        const QJsonObject snapshotJson = QJsonDocument::fromJson(snapshot.second).object();
        const QJsonArray orders = snapshotJson[u"orders"].toArray();
        qsizetype tickets = 0;
        for (const QJsonValue &o : orders)
            tickets += o[u"tickets"].toArray().size();
        const qint64 snapshotMs = t.elapsed();
        std::printf(
            "initial sync run %d: %lld ms (catalogue + plan %lld ms, %.1f MB; plan parsed %lld ms;"
            " snapshot %.1f MB with %lld orders, %lld tickets: fetched %lld ms, parsed %lld "
            "ms)%s\n",
            run + 1,
            qlonglong(t.elapsed()),
            qlonglong(planMs),
            double(planReply.second.size() + catalog.second.size()) / 1e6,
            qlonglong(planParsedMs - planMs),
            double(snapshot.second.size()) / 1e6,
            qlonglong(orders.size()),
            qlonglong(tickets),
            qlonglong(fetchedMs - planParsedMs),
            qlonglong(snapshotMs - fetchedMs),
            parsed ? "" : " PLAN UNREADABLE");
    }

    // 3. Replay of 10,000 offline operations from a lease of the demo theatre's four
    //    performances is too small: lease 10,000 seats of a second stadium performance.
    if (runs("replay")) {
        PgConnection c(conninfo);
        c.open();
        const qint64 second
            = c.query("INSERT INTO performances (production_id, venue_id, plan_id,"
                      " starts_at, status, currency) SELECT production_id, venue_id,"
                      " plan_id, starts_at + interval '1 day', 'on-sale', currency FROM"
                      " performances WHERE id = $1 RETURNING id",
                      PgParams() << performance)
                  .integer(0, 0);
        c.query("INSERT INTO prices SELECT $1, category_id, price_type_id, amount FROM prices"
                " WHERE performance_id = $2",
                PgParams() << second << performance);
        const int count = quick ? 2000 : 10000;
        const int single = count / 10; // and as many more one request each, to compare
        TestClient supervisor(server.url());
        supervisor.login(QStringLiteral("supervisor"), demoPassword(), 1);
        QJsonArray leased;
        for (int i = 0; i < count + single; ++i)
            leased.append(h.seats.at(i));
        const HttpReply lease = supervisor.post(QStringLiteral("/v1/leases"),
                                                QJsonObject{{QStringLiteral("performance"), second},
                                                            {QStringLiteral("terminal"), 1},
                                                            {QStringLiteral("seats"), leased}});
        if (lease.status != 201) {
            std::fprintf(stderr, "lease failed: %s\n", lease.body.constData());
            return 1;
        }
        QList<QByteArray> bodies;
        for (int i = 0; i < count + single; ++i) {
            const qint64 seat = h.seats.at(i);
            bodies.append(
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("performance"), second},
                        {QStringLiteral("receipt"),
                         QStringLiteral("T1-%1").arg(i + 1, 6, 10, QLatin1Char('0'))},
                        {QStringLiteral("createdAt"), QStringLiteral("2026-11-29T18:00:00.000Z")},
                        {QStringLiteral("lines"),
                         QJsonArray{QJsonObject{{QStringLiteral("seat"), seat},
                                                {QStringLiteral("category"), 1},
                                                {QStringLiteral("priceType"), 1},
                                                {QStringLiteral("price"), h.price[seat]},
                                                {QStringLiteral("label"), QStringLiteral("Seat")},
                                                {QStringLiteral("barcode"),
                                                 QStringLiteral("OFF%1").arg(seat)}}}},
                        {QStringLiteral("payment"),
                         QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                     {QStringLiteral("amount"), h.price[seat]}}}})
                    .toJson(QJsonDocument::Compact));
        }
        TestClient terminal(server.url());
        terminal.login(QStringLiteral("counter"), demoPassword(), 1);
        // As the client's outbox replays: in order, 200 operations per request.
        QElapsedTimer t;
        t.start();
        int failed = 0;
        for (int first = 0; first < count; first += 200) {
            QByteArray batch("{\"operations\":[");
            for (int i = first; i < qMin(count, first + 200); ++i) {
                if (i > first)
                    batch += ',';
                batch += "{\"id\":\"" + newOperationId().toLatin1()
                         + "\",\"method\":\"POST\",\"path\":\"/v1/offline-orders\",\"body\":"
                         + bodies.at(i) + '}';
            }
            batch += "]}";
            const HttpReply r = terminal.request("POST", QStringLiteral("/v1/batch"), batch);
            for (const QJsonValue &result : r.json[u"results"].toArray())
                failed += result[u"status"].toInt() != 201;
            if (r.status != 200)
                failed += 200;
        }
        std::printf("replay of %d offline operations in order, 200 per request: %lld ms (%.0f "
                    "ops/s, %d refused)\n",
                    count,
                    qlonglong(t.elapsed()),
                    count * 1000.0 / double(t.elapsed()),
                    failed);
        t.restart();
        failed = 0;
        for (int i = count; i < count + single; ++i) {
            if (terminal
                    .request("POST",
                             QStringLiteral("/v1/offline-orders"),
                             bodies.at(i),
                             newOperationId())
                    .status
                != 201)
                ++failed;
        }
        std::printf(
            "replay of %d offline operations one request each: %lld ms (%.0f ops/s, %d refused)\n",
            single,
            qlonglong(t.elapsed()),
            single * 1000.0 / double(t.elapsed()),
            failed);
    }
    server.terminate();
    return 0;
}
