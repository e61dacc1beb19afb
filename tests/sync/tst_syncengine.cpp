// SPDX-License-Identifier: GPL-3.0-or-later
// The client's sync end to end: a private PostgreSQL cluster and the real parkett-server on
// loopback (tests/support), a fresh SQLite cache per test.
#include "sync/syncengine.h"

#include "core/basket.h"
#include "core/seatplan.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/orderrepository.h"
#include "sync/offlinesales.h"
#include "sync/onlinesales.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/supervisorcheck.h"
#include "sync/supervisorqueue.h"
#include "sync/synccache.h"
#include "sync/syncstate.h"
#include "tests/support/serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::testing;
using namespace Qt::StringLiterals;

namespace {

/** One client: its cache, the server client signed in at a terminal, and the sync parts. */
struct Client
{
    explicit Client(const QString &path)
    {
        auto opened = Database::open(path);
        if (opened)
            db = std::move(*opened);
    }
    bool signIn(const QUrl &url, const QString &login, qint64 terminal)
    {
        if (!db)
            return false;
        server.setBaseUrl(url);
        std::optional<ServerReply> reply;
        server.login(login, demoPassword(), terminal, &server, [&reply](const ServerReply &r) {
            reply = r;
        });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 30000) || !reply->isSuccess())
            return false;
        server.setToken(reply->body.value(u"token"_s).toString());
        SyncState state(*db);
        const qint64 t = reply->body.value(u"terminal"_s).toObject().value(u"id"_s).toInteger();
        if (!state.setTerminalId(t))
            return false;
        cache = std::make_unique<SyncCache>(*db, t);
        if (!cache->applyUser(reply->body.value(u"user"_s).toObject()))
            return false;
        user = UserId(reply->body.value(u"user"_s).toObject().value(u"id"_s).toInteger());
        channel = ChannelId(reply->body.value(u"channel"_s).toObject().value(u"id"_s).toInteger());
        outbox = std::make_unique<Outbox>(*db, cache.get());
        engine = std::make_unique<SyncEngine>(*db, server, *cache, *outbox);
        engine->setPollWait(1);
        engine->setRetryInterval(100);
        return true;
    }
    qint64 terminal() const { return cache ? cache->terminal() : 0; }

    std::unique_ptr<Database> db;
    ServerClient server;
    std::unique_ptr<SyncCache> cache;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<SyncEngine> engine;
    UserId user;
    ChannelId channel;
};

} // namespace

class tst_SyncEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void initialSyncFillsTheCache();
    void onlineSaleHoldsThenConfirms();
    void offlineSalesFromTheLeaseAreReplayedOnce();
    void retryAfterALostAnswerIsAnsweredFromTheStore();
    void conflictOnTheServerGoesToTheSupervisorQueue();
    void aStandaloneDatabaseIsNotOverwritten();
    void replayCutOffByTheClientLosesAndDoublesNothing();
    void holdsAtAnotherCounterAreUnavailableHere();
    void offlineSaleToACustomerBlockedMeanwhileGoesToTheSupervisorQueue();

private:
    bool syncedUp(Client &client);
    /** The first on-sale performance and \a n of its seats free in the cache. */
    QList<SeatId> freeSeats(Client &client, int n, const QList<SeatId> &skip = {});
    Basket basket(Client &client, const QList<SeatId> &seats);
    qint64 count(Client &client, const QString &sql, std::initializer_list<QVariant> binds = {});
    /** Orders of the performance on the server with \a receipt. */
    int serverOrdersWithReceipt(const QString &receipt);

    PgCluster m_pg;
    ServerProcess m_server;
    std::unique_ptr<TestClient> m_supervisor;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Client> m_client;
    PerformanceId m_performance;
    SeatPlan m_plan;
    int m_used = 0;
};

void tst_SyncEngine::initTestCase()
{
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_pg.conninfo(), {}, &error), qPrintable(error));
    m_supervisor = std::make_unique<TestClient>(m_server.url());
    QVERIFY(m_supervisor->login(u"supervisor"_s, demoPassword(), 1));
}

void tst_SyncEngine::cleanupTestCase()
{
    m_supervisor.reset();
    m_server.kill();
    m_pg.stop();
}

void tst_SyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = std::make_unique<Client>(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(m_client->signIn(m_server.url(), u"counter"_s, 1));
}

void tst_SyncEngine::cleanup()
{
    m_client.reset();
    m_dir.reset();
}

bool tst_SyncEngine::syncedUp(Client &client)
{
    QSignalSpy caughtUp(client.engine.get(), &SyncEngine::caughtUp);
    if (!client.engine->isRunning())
        client.engine->start();
    return caughtUp.wait(60000);
}

QList<SeatId> tst_SyncEngine::freeSeats(Client &client, int n, const QList<SeatId> &skip)
{
    CatalogRepository catalog(*client.db);
    m_performance = client.cache->onSalePerformances()->first();
    m_plan = *catalog.plan(catalog.performance(m_performance)->plan);
    const Inventory inventory = *catalog.inventory(m_performance, m_plan);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SeatId> out;
    // Seats without seating rules around them, far apart from each test's others.
    for (qsizetype i = m_used; i < m_plan.seats().size() && out.size() < n; i += 3) {
        const SeatId seat = m_plan.seats().at(i).id;
        if (inventory.seatStatus(seat, now) == SeatStatus::Free && !skip.contains(seat))
            out.append(seat);
        m_used = int(i) + 3;
    }
    return out;
}

Basket tst_SyncEngine::basket(Client &client, const QList<SeatId> &seats)
{
    CatalogRepository catalog(*client.db);
    Basket b(m_performance, &m_plan, *catalog.priceList(m_performance), *catalog.priceTypes());
    for (SeatId s : seats) {
        if (auto r = b.addSeat(s); !r)
            qWarning("addSeat: %s", qPrintable(r.error().message));
    }
    return b;
}

qint64 tst_SyncEngine::count(Client &client,
                             const QString &sql,
                             std::initializer_list<QVariant> binds)
{
    auto v = client.db->scalar(sql, binds);
    return v ? v->toLongLong() : -1;
}

int tst_SyncEngine::serverOrdersWithReceipt(const QString &receipt)
{
    const HttpReply snapshot = m_supervisor->get(
        u"/v1/performances/%1/snapshot"_s.arg(m_performance.value));
    int n = 0;
    for (const QJsonValue &o : snapshot.json.value(u"orders"_s).toArray()) {
        if (o.toObject().value(u"receipt"_s).toString() == receipt)
            ++n;
    }
    return n;
}

void tst_SyncEngine::initialSyncFillsTheCache()
{
    Client &c = *m_client;
    QSignalSpy progress(c.engine.get(), &SyncEngine::progress);
    QSignalSpy finished(c.engine.get(), &SyncEngine::initialSyncFinished);
    QSignalSpy online(c.engine.get(), &SyncEngine::onlineChanged);
    c.engine->start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(c.engine->isOnline());
    QVERIFY(!online.isEmpty());

    const HttpReply catalog = m_supervisor->get(u"/v1/catalog"_s);
    QCOMPARE(catalog.status, 200);
    const QJsonArray performances = catalog.json.value(u"performances"_s).toArray();
    QCOMPARE(count(c, u"SELECT count(*) FROM performances"_s), performances.size());
    QCOMPARE(count(c, u"SELECT count(*) FROM seat_plans WHERE document <> ''"_s),
             catalog.json.value(u"plans"_s).toArray().size());
    QVERIFY(c.engine->lastSequence() >= catalog.json.value(u"sequence"_s).toInteger() - 1000);
    QVERIFY(c.engine->lastSyncAt().isValid());
    // Progress counted every request: the catalogue, each plan, each on-sale snapshot.
    const QVariantList last = progress.last();
    QCOMPARE(last.at(0).toInt(), last.at(1).toInt());
    QCOMPARE(last.at(1).toInt(),
             1 + catalog.json.value(u"plans"_s).toArray().size()
                 + int(c.cache->onSalePerformances()->size()));
    // The cached plan opens like a local one.
    CatalogRepository repo(*c.db);
    const PerformanceId first = c.cache->onSalePerformances()->first();
    auto plan = repo.plan(repo.performance(first)->plan);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QVERIFY(plan->seats().size() > 0);
    QVERIFY(repo.priceList(first)->size() > 0);
}

void tst_SyncEngine::onlineSaleHoldsThenConfirms()
{
    Client &c = *m_client;
    QVERIFY(syncedUp(c));
    const QList<SeatId> seats = freeSeats(c, 2);
    QCOMPARE(seats.size(), 2);
    OnlineSales sales(*c.db, c.server, *c.cache);
    std::optional<Result<Order>> sold;
    sales.sell(basket(c, seats), PaymentMethod::Card, this, [&sold](Result<Order> r) {
        sold = std::move(r);
    });
    QVERIFY(QTest::qWaitFor([&] { return sold.has_value(); }, 30000));
    QVERIFY2(*sold, *sold ? "" : qPrintable(sold->error().message));
    const Order order = sold->value();
    QCOMPARE(order.tickets().size(), 2);
    QCOMPARE(order.status(), OrderStatus::Sold);
    // The cache row is the server's order, under the server's id.
    QCOMPARE(count(c, u"SELECT server_id FROM orders WHERE id = ?"_s, {order.id().value}),
             order.id().value);
    const HttpReply onServer = m_supervisor->get(u"/v1/orders/%1"_s.arg(order.id().value));
    QCOMPARE(onServer.status, 200);
    QCOMPARE(onServer.json.value(u"order"_s).toObject().value(u"status"_s).toString(), u"sold"_s);
    // The same order coming back through the change feed is not doubled.
    QVERIFY(syncedUp(c));
    QCOMPARE(count(c, u"SELECT count(*) FROM orders WHERE server_id = ?"_s, {order.id().value}), 1);
    QCOMPARE(count(c,
                   u"SELECT count(*) FROM tickets WHERE order_id = ? AND active = 1"_s,
                   {order.id().value}),
             2);
    // Selling one of them again is refused by the server with a reason.
    std::optional<Result<Order>> again;
    sales.sell(basket(c, {seats.first()}), PaymentMethod::Card, this, [&again](Result<Order> r) {
        again = std::move(r);
    });
    QVERIFY(QTest::qWaitFor([&] { return again.has_value(); }, 30000));
    QVERIFY(!*again);
    QCOMPARE(again->error().code, ErrorCode::SeatUnavailable);
}

void tst_SyncEngine::offlineSalesFromTheLeaseAreReplayedOnce()
{
    Client &c = *m_client;
    QVERIFY(syncedUp(c));
    const QList<SeatId> seats = freeSeats(c, 3);
    QCOMPARE(seats.size(), 3);
    // The terminal leases three seats while online; the lease arrives through the feed.
    QJsonArray leased;
    for (SeatId s : seats)
        leased.append(s.value);
    TestClient counter(m_server.url());
    QVERIFY(counter.login(u"counter"_s, demoPassword(), 1));
    const HttpReply lease = counter.post(u"/v1/leases"_s,
                                         {{u"performance"_s, m_performance.value},
                                          {u"terminal"_s, c.terminal()},
                                          {u"seats"_s, leased}});
    QCOMPARE(lease.status, 201);
    QVERIFY(QTest::qWaitFor([&] { return count(c, u"SELECT count(*) FROM sync_leases"_s) == 3; },
                            30000));

    // Offline: two sales from the lease, a seat the lease does not cover is refused.
    c.engine->setForcedOffline(true);
    QVERIFY(!c.engine->isOnline());
    OfflineSales offline(*c.db, *c.outbox, c.terminal(), c.user, c.channel);
    auto first = offline.sell(basket(c, {seats.at(0)}),
                              PaymentMethod::Cash,
                              QDateTime::currentDateTimeUtc());
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    auto second = offline.sell(basket(c, {seats.at(1), seats.at(2)}),
                               PaymentMethod::Card,
                               QDateTime::currentDateTimeUtc());
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    const QList<SeatId> other = freeSeats(c, 1, seats);
    QVERIFY(!offline.sell(basket(c, other), PaymentMethod::Cash, QDateTime::currentDateTimeUtc()));
    QCOMPARE(*c.outbox->depth(), 2);
    QCOMPARE(serverOrdersWithReceipt(first->number()), 0);

    // Back online: the outbox is replayed, in order, once.
    QSignalSpy depth(c.outbox.get(), &Outbox::depthChanged);
    c.engine->setForcedOffline(false);
    QVERIFY(QTest::qWaitFor([&] { return *c.outbox->depth() == 0; }, 60000));
    QVERIFY(syncedUp(c));
    QCOMPARE(serverOrdersWithReceipt(first->number()), 1);
    QCOMPARE(serverOrdersWithReceipt(second->number()), 1);
    const auto entries = *c.outbox->entries();
    QCOMPARE(entries.size(), 2);
    for (const OutboxEntry &e : entries)
        QCOMPARE(e.state, OutboxEntry::State::Sent);
    // Each offline order is linked to its server order, and the feed did not add a copy.
    QCOMPARE(count(c,
                   u"SELECT count(*) FROM orders WHERE receipt IN (?, ?)"_s,
                   {first->number(), second->number()}),
             2);
    QCOMPARE(count(c,
                   u"SELECT count(*) FROM orders WHERE id IN (?, ?) AND server_id > 0"_s,
                   {first->id().value, second->id().value}),
             2);
    QCOMPARE(count(c,
                   u"SELECT count(*) FROM tickets WHERE performance_id = ? AND active = 1"
                   " AND seat_id IN (?, ?, ?)"_s,
                   {m_performance.value, seats.at(0).value, seats.at(1).value, seats.at(2).value}),
             3);
    QCOMPARE(*SupervisorQueue(*c.db).openCount(), 0);
    // Receipts are unique per terminal.
    QCOMPARE(first->number(), OfflineSales::receiptText(c.terminal(), 1));
    QCOMPARE(second->number(), OfflineSales::receiptText(c.terminal(), 2));
}

void tst_SyncEngine::retryAfterALostAnswerIsAnsweredFromTheStore()
{
    Client &c = *m_client;
    QVERIFY(syncedUp(c));
    const QList<SeatId> seats = freeSeats(c, 1);
    TestClient counter(m_server.url());
    QVERIFY(counter.login(u"counter"_s, demoPassword(), 1));
    QCOMPARE(counter
                 .post(u"/v1/leases"_s,
                       {{u"performance"_s, m_performance.value},
                        {u"terminal"_s, c.terminal()},
                        {u"seats"_s, QJsonArray{seats.first().value}}})
                 .status,
             201);
    QVERIFY(QTest::qWaitFor([&] { return count(c, u"SELECT count(*) FROM sync_leases"_s) == 1; },
                            30000));
    c.engine->setForcedOffline(true);
    OfflineSales offline(*c.db, *c.outbox, c.terminal(), c.user, c.channel);
    auto sold = offline.sell(basket(c, seats), PaymentMethod::Cash, QDateTime::currentDateTimeUtc());
    QVERIFY(sold);
    const OutboxEntry entry = c.outbox->entries()->first();

    // The first try reached the server, but the connection was cut before the answer came
    // back: the server has the order, the client does not know it.
    const HttpReply lost = counter.request("POST",
                                           entry.route,
                                           QJsonDocument(entry.body).toJson(),
                                           entry.operation.toString(QUuid::WithoutBraces));
    QCOMPARE(lost.status, 201);
    QCOMPARE(serverOrdersWithReceipt(sold->number()), 1);

    // The replay sends the same operation id and gets the stored answer.
    QSignalSpy sentSpy(c.outbox.get(), &Outbox::operationSent);
    c.engine->setForcedOffline(false);
    QVERIFY(QTest::qWaitFor([&] { return *c.outbox->depth() == 0; }, 60000));
    QCOMPARE(c.outbox->entry(entry.operation)->state, OutboxEntry::State::Sent);
    QCOMPARE(serverOrdersWithReceipt(sold->number()), 1);
    QCOMPARE(*SupervisorQueue(*c.db).openCount(), 0);
    const qint64 serverId = lost.json.value(u"order"_s).toObject().value(u"id"_s).toInteger();
    QCOMPARE(count(c, u"SELECT server_id FROM orders WHERE id = ?"_s, {sold->id().value}), serverId);
}

void tst_SyncEngine::conflictOnTheServerGoesToTheSupervisorQueue()
{
    Client &c = *m_client;
    QVERIFY(syncedUp(c));
    const QList<SeatId> seats = freeSeats(c, 1);
    const qint64 seat = seats.first().value;
    TestClient counter(m_server.url());
    QVERIFY(counter.login(u"counter"_s, demoPassword(), 1));
    QCOMPARE(counter
                 .post(u"/v1/leases"_s,
                       {{u"performance"_s, m_performance.value},
                        {u"terminal"_s, c.terminal()},
                        {u"seats"_s, QJsonArray{seat}}})
                 .status,
             201);
    QVERIFY(QTest::qWaitFor([&] { return count(c, u"SELECT count(*) FROM sync_leases"_s) == 1; },
                            30000));

    c.engine->setForcedOffline(true);
    OfflineSales offline(*c.db, *c.outbox, c.terminal(), c.user, c.channel);
    auto sold = offline.sell(basket(c, seats), PaymentMethod::Cash, QDateTime::currentDateTimeUtc());
    QVERIFY(sold);

    // Meanwhile on the server: a supervisor ends the lease and another counter sells the seat.
    const HttpReply released = m_supervisor->request(
        "DELETE",
        u"/v1/leases?performance=%1&terminal=%2"_s.arg(m_performance.value).arg(c.terminal()),
        {},
        newOperationId());
    QCOMPARE(released.status, 204);
    TestClient phone(m_server.url());
    QVERIFY(phone.login(u"phone"_s, demoPassword(), 2));
    const HttpReply hold = phone.post(u"/v1/holds"_s,
                                      {{u"performance"_s, m_performance.value},
                                       {u"seats"_s, QJsonArray{seat}},
                                       {u"ttlSeconds"_s, 600}});
    QCOMPARE(hold.status, 201);
    const qint64 price = sold->total().minorUnits();
    const HttpReply confirmed = phone.post(
        u"/v1/orders"_s,
        {{u"hold"_s, hold.json.value(u"hold"_s).toObject().value(u"id"_s)},
         {u"lines"_s,
          QJsonArray{QJsonObject{{u"seat"_s, seat},
                                 {u"priceType"_s, sold->tickets().first().priceType.value}}}},
         {u"payment"_s, QJsonObject{{u"method"_s, u"card"_s}, {u"amount"_s, price}}}});
    QCOMPARE(confirmed.status, 201);

    // Back online: the replay is refused, and the refusal waits for a supervisor.
    QSignalSpy refused(c.outbox.get(), &Outbox::operationRefused);
    c.engine->setForcedOffline(false);
    QVERIFY(QTest::qWaitFor([&] { return *c.outbox->depth() == 0; }, 60000));
    QCOMPARE(refused.size(), 1);
    SupervisorQueue queue(*c.db);
    QCOMPARE(*queue.openCount(), 1);
    const SupervisorItem item = queue.items()->first();
    QCOMPARE(item.code, u"lease_missing"_s);
    QCOMPARE(item.httpStatus, 409);
    QCOMPARE(item.order, sold->id());
    QVERIFY(item.seats().contains(SeatId(seat)));
    QCOMPARE(c.outbox->entries()->first().state, OutboxEntry::State::Refused);

    // The cache follows the server: the seat is the phone sale's; the refused order stays
    // on record (money was taken) until the supervisor refunds it.
    QVERIFY(syncedUp(c));
    const qint64 phoneOrder = confirmed.json.value(u"order"_s).toObject().value(u"id"_s).toInteger();
    QCOMPARE(count(c,
                   u"SELECT order_id FROM tickets WHERE performance_id = ? AND seat_id = ?"
                   " AND active = 1"_s,
                   {m_performance.value, seat}),
             phoneOrder);
    QCOMPARE(OrderRepository(*c.db).order(sold->id())->status(), OrderStatus::Sold);
    QVERIFY(queue.refund(item.id, u"cash back"_s, c.user, QDateTime::currentDateTimeUtc()));
    QCOMPARE(OrderRepository(*c.db).order(sold->id())->status(), OrderStatus::Cancelled);
    QCOMPARE(serverOrdersWithReceipt(sold->number()), 0);
}

void tst_SyncEngine::aStandaloneDatabaseIsNotOverwritten()
{
    QTemporaryDir dir;
    Client c(dir.filePath(u"standalone.sqlite"_s));
    QVERIFY(seedDemo(*c.db, QDateTime::currentDateTimeUtc()));
    const qint64 venues = count(c, u"SELECT count(*) FROM venues"_s);
    const QString name = c.db->scalar(u"SELECT name FROM venues ORDER BY id LIMIT 1"_s)->toString();
    c.server.setBaseUrl(m_server.url());
    SyncCache cache(*c.db, 1);
    Outbox outbox(*c.db, &cache);
    SyncEngine engine(*c.db, c.server, cache, outbox);
    QSignalSpy finished(&engine, &SyncEngine::initialSyncFinished);
    engine.start();
    QVERIFY(!finished.isEmpty() || finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(u"standalone"_s));
    QCOMPARE(count(c, u"SELECT count(*) FROM venues"_s), venues);
    QCOMPARE(c.db->scalar(u"SELECT name FROM venues ORDER BY id LIMIT 1"_s)->toString(), name);
    engine.stop();
}

void tst_SyncEngine::replayCutOffByTheClientLosesAndDoublesNothing()
{
    // Offline sales, then replays that the client aborts at varying points (before the
    // request leaves, while the server works, after it answered). Whatever the server saw,
    // the next replay with the same operation ids ends with each sale on the server once.
    Client &c = *m_client;
    QVERIFY(syncedUp(c));
    const QList<SeatId> seats = freeSeats(c, 6);
    QCOMPARE(seats.size(), 6);
    QJsonArray leased;
    for (SeatId s : seats)
        leased.append(s.value);
    TestClient counter(m_server.url());
    QVERIFY(counter.login(u"counter"_s, demoPassword(), 1));
    QCOMPARE(counter
                 .post(u"/v1/leases"_s,
                       {{u"performance"_s, m_performance.value},
                        {u"terminal"_s, c.terminal()},
                        {u"seats"_s, leased}})
                 .status,
             201);
    QVERIFY(QTest::qWaitFor([&] { return count(c, u"SELECT count(*) FROM sync_leases"_s) == 6; },
                            30000));
    c.engine->setForcedOffline(true);
    c.engine->stop();
    OfflineSales offline(*c.db, *c.outbox, c.terminal(), c.user, c.channel);
    QStringList receipts;
    for (SeatId s : seats) {
        auto sold = offline.sell(basket(c, {s}),
                                 PaymentMethod::Cash,
                                 QDateTime::currentDateTimeUtc());
        QVERIFY(sold);
        receipts.append(sold->number());
    }
    for (int trial = 0; trial < 6 && *c.outbox->depth() > 0; ++trial) {
        QSignalSpy stopped(c.outbox.get(), &Outbox::replayInterrupted);
        QSignalSpy finished(c.outbox.get(), &Outbox::replayFinished);
        c.outbox->replay(c.server);
        QTest::qWait(trial * 7);
        c.server.abortAll();
        QVERIFY(QTest::qWaitFor([&] { return !stopped.isEmpty() || !finished.isEmpty(); }, 30000));
    }
    QSignalSpy finished(c.outbox.get(), &Outbox::replayFinished);
    c.outbox->replay(c.server);
    QVERIFY(!finished.isEmpty() || finished.wait(30000));
    QCOMPARE(*c.outbox->depth(), 0);
    QCOMPARE(*SupervisorQueue(*c.db).openCount(), 0);
    for (const QString &receipt : std::as_const(receipts))
        QCOMPARE(serverOrdersWithReceipt(receipt), 1);
    QCOMPARE(count(c,
                   u"SELECT count(*) FROM orders WHERE origin = 'offline'"
                   " AND server_id IS NOT NULL"_s),
             6);
}

void tst_SyncEngine::holdsAtAnotherCounterAreUnavailableHere()
{
    // Another counter (the phone desk, terminal 2) holds seats and standing places: they turn
    // unavailable in this cache through the change feed, and free again when the hold is
    // released or runs out.
    Client &c = *m_client;
    QVERIFY(syncedUp(c));
    const QList<SeatId> seats = freeSeats(c, 2);
    QCOMPARE(seats.size(), 2);
    QVERIFY(!m_plan.zones().isEmpty());
    const ZoneId zone = m_plan.zones().first().id;
    auto inventory = [&] {
        CatalogRepository repo(*c.db);
        return *repo.inventory(m_performance, m_plan);
    };
    auto status = [&](SeatId seat) {
        return inventory().seatStatus(seat, QDateTime::currentDateTimeUtc());
    };
    auto zoneHeld = [&] {
        return inventory().zoneCounts(zone, QDateTime::currentDateTimeUtc()).held;
    };
    const int heldBefore = zoneHeld();
    TestClient phone(m_server.url());
    QVERIFY(phone.login(u"phone"_s, demoPassword(), 2));
    const HttpReply hold = phone.post(
        u"/v1/holds"_s,
        {{u"performance"_s, m_performance.value},
         {u"seats"_s, QJsonArray{seats.at(0).value}},
         {u"zones"_s, QJsonArray{QJsonObject{{u"zone"_s, zone.value}, {u"quantity"_s, 2}}}},
         {u"ttlSeconds"_s, 600}});
    QCOMPARE(hold.status, 201);
    QVERIFY(QTest::qWaitFor([&] { return status(seats.at(0)) != SeatStatus::Free; }, 30000));
    QCOMPARE(zoneHeld(), heldBefore + 2);

    const QString holdId = hold.json.value(u"hold"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(phone.request("DELETE", u"/v1/holds/%1"_s.arg(holdId), {}, newOperationId()).status,
             204);
    QVERIFY(QTest::qWaitFor([&] { return status(seats.at(0)) == SeatStatus::Free; }, 30000));
    QCOMPARE(zoneHeld(), heldBefore);

    // A hold that runs out: the server's sweeper releases it, and the feed says so.
    const HttpReply shortHold = phone.post(u"/v1/holds"_s,
                                           {{u"performance"_s, m_performance.value},
                                            {u"seats"_s, QJsonArray{seats.at(1).value}},
                                            {u"ttlSeconds"_s, 10}});
    QCOMPARE(shortHold.status, 201);
    QVERIFY(QTest::qWaitFor([&] { return status(seats.at(1)) != SeatStatus::Free; }, 30000));
    const bool expired = QTest::qWaitFor([&] { return status(seats.at(1)) == SeatStatus::Free; },
                                         60000);
    if (!expired)
        qWarning("server log: %s", m_server.log().right(4000).constData());
    QVERIFY(expired);
    QCOMPARE(count(c, u"SELECT count(*) FROM sync_holds WHERE seat_id = ?"_s, {seats.at(1).value}),
             0);
}

void tst_SyncEngine::offlineSaleToACustomerBlockedMeanwhileGoesToTheSupervisorQueue()
{
    Client &c = *m_client;
    QVERIFY(syncedUp(c));
    // A customer of the server, not blocked, in the cache through the feed.
    const HttpReply made = m_supervisor->post(u"/v1/customers"_s,
                                              {{u"firstName"_s, u"Test"_s},
                                               {u"lastName"_s, u"Blocked Meanwhile"_s}});
    QCOMPARE(made.status, 201);
    const QJsonObject json = made.json.value(u"customer"_s).toObject();
    const CustomerId customer(json.value(u"id"_s).toInteger());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return count(c, u"SELECT count(*) FROM customers WHERE id = ?"_s, {customer.value})
                   == 1;
        },
        30000));
    const QList<SeatId> seats = freeSeats(c, 1);
    TestClient counter(m_server.url());
    QVERIFY(counter.login(u"counter"_s, demoPassword(), 1));
    QCOMPARE(counter
                 .post(u"/v1/leases"_s,
                       {{u"performance"_s, m_performance.value},
                        {u"terminal"_s, c.terminal()},
                        {u"seats"_s, QJsonArray{seats.first().value}}})
                 .status,
             201);
    QVERIFY(QTest::qWaitFor([&] { return count(c, u"SELECT count(*) FROM sync_leases"_s) == 1; },
                            30000));

    // Offline the counter sells to the customer, whom nothing here blocks.
    c.engine->setForcedOffline(true);
    OfflineSales offline(*c.db, *c.outbox, c.terminal(), c.user, c.channel);
    Basket b = basket(c, seats);
    b.setCustomer(customer);
    auto sold = offline.sell(b, PaymentMethod::Cash, QDateTime::currentDateTimeUtc());
    QVERIFY2(sold, sold ? "" : qPrintable(sold.error().message));
    // Meanwhile a supervisor blocks the customer from sale at the server.
    QCOMPARE(m_supervisor
                 ->post(u"/v1/customers/%1/flags"_s.arg(customer.value),
                        {{u"flags"_s, QJsonArray{u"blocked"_s}}, {u"blocked"_s, true}})
                 .status,
             200);

    // Back online: the server refuses the replay, and the refusal waits for a supervisor
    // with a reason that names the customer.
    QSignalSpy refused(c.outbox.get(), &Outbox::operationRefused);
    c.engine->setForcedOffline(false);
    QVERIFY(QTest::qWaitFor([&] { return *c.outbox->depth() == 0; }, 60000));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(1).toString(), u"customer_blocked"_s);
    SupervisorQueue queue(*c.db);
    QCOMPARE(*queue.openCount(), 1);
    const SupervisorItem item = queue.items()->first();
    QCOMPARE(item.code, u"customer_blocked"_s);
    QCOMPARE(item.httpStatus, 409);
    QCOMPARE(item.order, sold->id());
    QVERIFY2(item.message.contains(json.value(u"number"_s).toString())
                 && item.message.contains(u"(Test Blocked Meanwhile) is blocked from sale"_s),
             qPrintable(item.message));
    QCOMPARE(serverOrdersWithReceipt(sold->number()), 0);
    // The refused sale's tickets stop counting here; its order stays on record until the
    // supervisor refunds it.
    QCOMPARE(count(c,
                   u"SELECT count(*) FROM tickets WHERE order_id = ? AND active = 1"_s,
                   {sold->id().value}),
             0);
    // The block itself reaches the cache through the feed.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return count(c,
                         u"SELECT count(*) FROM customer_flags f JOIN customer_flag_definitions d"
                         " ON d.id = f.flag_id WHERE f.customer_id = ? AND d.kind = 'blocked-sale'"_s,
                         {customer.value})
                   == 1;
        },
        30000));

    // A supervisor approves at this terminal. The server checks the password (the cache
    // keeps none), and the sale goes again with the approval, which the server takes.
    QObject context;
    const auto check = [&](const QString &login, const QString &password) {
        std::optional<Result<QString>> checked;
        checkSupervisor(m_server.url(),
                        c.terminal(),
                        login,
                        password,
                        &context,
                        [&checked](const Result<QString> &r) { checked = r; });
        return QTest::qWaitFor([&] { return checked.has_value(); }, 30000)
                   ? *checked
                   : Result<QString>(makeError(ErrorCode::StorageFailure, u"no answer"_s));
    };
    const auto counterCheck = check(u"counter"_s, demoPassword());
    QVERIFY(!counterCheck);
    QVERIFY2(counterCheck.error().message.contains(u"counter is no supervisor"_s),
             qPrintable(counterCheck.error().message));
    QVERIFY(!check(u"supervisor"_s, u"not the password"_s));
    const auto approved = check(u"supervisor"_s, demoPassword());
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    QCOMPARE(*approved, u"supervisor"_s);
    auto again = queue.retry(item.id, *c.outbox, c.user, QDateTime::currentDateTimeUtc(), *approved);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QVERIFY(QTest::qWaitFor([&] { return serverOrdersWithReceipt(sold->number()) == 1; }, 60000));
    QVERIFY(QTest::qWaitFor([&] { return *c.outbox->depth() == 0; }, 60000));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(*queue.openCount(), 0);
    QCOMPARE(m_pg.sql(
                 u"SELECT count(*) FROM order_history h JOIN orders o ON o.id = h.order_id"
                 " WHERE o.terminal_id = %1 AND o.receipt = '%2'"
                 " AND h.detail LIKE '%%approved by supervisor supervisor%%'"_s.arg(c.terminal())
                     .arg(sold->number())),
             u"1"_s);
    // The sale counts here again.
    QCOMPARE(count(c,
                   u"SELECT count(*) FROM tickets WHERE order_id = ? AND active = 1"_s,
                   {sold->id().value}),
             1);
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
