// SPDX-License-Identifier: GPL-3.0-or-later
// Reliability of parkett-server under contention and failure, against a real PostgreSQL
// cluster and the real server process on loopback: many buyers for the same seats, the
// server killed and restarted under load, and connections cut at random points.

#include "core/seatplan.h"
#include "tests/support/serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace parkett::testing;

namespace {

/** What the tests need to know of the demo plan and its prices, read from the server as a
    client would: the seats of each row in order, each seat's category, and the adult price
    of each category for a performance. */
struct DemoHouse
{
    QList<QList<qint64>> rows;
    QHash<qint64, qint64> category;
    QHash<QPair<qint64, qint64>, qint64> adultPrice; ///< (performance, category) -> amount

    bool load(TestClient &client)
    {
        const HttpReply reply = client.get(QStringLiteral("/v1/plans/1"));
        const auto plan = parkett::SeatPlan::fromJson(reply.json[u"document"].toObject());
        if (!plan)
            return false;
        for (const parkett::Row &row : plan.value().rows()) {
            QList<qint64> seats;
            for (qint32 index : row.seats) {
                const parkett::Seat &seat = plan.value().seats().at(index);
                seats.append(seat.id.value);
                category.insert(seat.id.value, seat.category.value);
            }
            rows.append(seats);
        }
        const HttpReply catalog = client.get(QStringLiteral("/v1/catalog"));
        for (const QJsonValue &p : catalog.json[u"prices"].toArray()) {
            if (p[u"priceTypeId"].toInteger() == 1)
                adultPrice.insert({p[u"performanceId"].toInteger(), p[u"categoryId"].toInteger()},
                                  p[u"amount"].toInteger());
        }
        return !rows.isEmpty() && !adultPrice.isEmpty();
    }
    qint64 total(qint64 performance, const QList<qint64> &seats) const
    {
        qint64 sum = 0;
        for (qint64 s : seats)
            sum += adultPrice.value({performance, category.value(s)});
        return sum;
    }
    /** The first \a count seats of the rows from \a firstRow on, row after row. */
    QList<qint64> seats(int firstRow, int count) const
    {
        QList<qint64> out;
        for (int r = firstRow; r < rows.size() && out.size() < count; ++r) {
            for (qint64 s : rows.at(r)) {
                if (out.size() < count)
                    out.append(s);
            }
        }
        return out;
    }
};

/** Signs in, retrying while the server is down (up to a minute). */
bool signIn(TestClient &client, const QString &login)
{
    for (int attempt = 0; attempt < 600; ++attempt) {
        if (client.login(login, demoPassword(), 1))
            return true;
        QThread::msleep(100);
    }
    return false;
}

/** Posts until the server answers (a status other than 0 or 503), with the same operation
    id each time: what a client does when a connection breaks under it. */
HttpReply postUntilAnswered(TestClient &client,
                            const QString &path,
                            const QJsonObject &body,
                            const QString &op)
{
    for (int attempt = 0; attempt < 600; ++attempt) {
        const HttpReply r = client.post(path, body, op);
        if (r.status != 0 && r.status != 503)
            return r;
        QThread::msleep(50);
    }
    return {};
}

} // namespace

class tst_ServerReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sixtyFourBuyersHundredSeats();
    void serverKilledAndRestartedDuringLoad();
    void connectionsCutAtRandomPoints();

private:
    DemoHouse m_house;
    PgCluster m_pg;
    ServerProcess m_server;
};

void tst_ServerReliability::initTestCase()
{
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_pg.conninfo(),
                            {QStringLiteral("--db-threads"), QStringLiteral("16")},
                            &error),
             qPrintable(error));
    TestClient reader(m_server.url());
    QVERIFY(reader.login(QStringLiteral("counter"), demoPassword(), 1));
    QVERIFY(m_house.load(reader));
}

void tst_ServerReliability::cleanupTestCase()
{
    m_server.kill();
    m_pg.stop();
}

void tst_ServerReliability::sixtyFourBuyersHundredSeats()
{
    const QList<qint64> seats = m_house.seats(0, 100); // stalls rows A-E
    std::mutex mutex;
    QList<qint64> soldToClients; // every seat a client was told it bought
    QStringList unexpected;      // any answer that is neither tickets nor a reason
    std::atomic<int> refusals{0};
    std::vector<std::thread> clients;
    for (int n = 0; n < 64; ++n) {
        clients.emplace_back([&, n] {
            TestClient client(m_server.url());
            if (!signIn(client, n % 2 ? QStringLiteral("counter") : QStringLiteral("supervisor"))) {
                std::lock_guard lock(mutex);
                unexpected << QStringLiteral("client %1 could not sign in").arg(n);
                return;
            }
            QRandomGenerator random(quint32(1000 + n));
            QSet<qint64> taken;
            for (int attempt = 0; attempt < 200; ++attempt) {
                QList<qint64> candidates;
                for (qint64 s : seats) {
                    if (!taken.contains(s))
                        candidates.append(s);
                }
                if (candidates.size() < 2)
                    break;
                const qint64 a = candidates.takeAt(random.bounded(int(candidates.size())));
                const qint64 b = candidates.at(random.bounded(int(candidates.size())));
                const HttpReply hold = client.post(QStringLiteral("/v1/holds"), holdBody(1, {a, b}));
                if (hold.status == 409 && hold.errorCode() == u"seat_unavailable") {
                    ++refusals;
                    for (const QJsonValue &s : hold.json[u"error"][u"details"][u"seats"].toArray())
                        taken.insert(s.toInteger());
                    continue;
                }
                if (hold.status != 201) {
                    std::lock_guard lock(mutex);
                    unexpected << QStringLiteral("hold: %1 %2")
                                      .arg(hold.status)
                                      .arg(QString::fromUtf8(hold.body));
                    continue;
                }
                const HttpReply order = client.post(QStringLiteral("/v1/orders"),
                                                    confirmBody(hold.json[u"hold"][u"id"].toString(),
                                                                {a, b},
                                                                m_house.total(1, {a, b})));
                std::lock_guard lock(mutex);
                if (order.status != 201) {
                    unexpected << QStringLiteral("confirm: %1 %2")
                                      .arg(order.status)
                                      .arg(QString::fromUtf8(order.body));
                    continue;
                }
                for (const QJsonValue &t : order.json[u"order"][u"tickets"].toArray())
                    soldToClients.append(t[u"seat"].toInteger());
                taken.insert(a);
                taken.insert(b);
            }
        });
    }
    for (std::thread &t : clients)
        t.join();

    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    QVERIFY(refusals > 0);
    // Zero double sales: no seat was promised to two clients, and the database agrees.
    const QSet<qint64> distinct(soldToClients.begin(), soldToClients.end());
    QCOMPARE(distinct.size(), soldToClients.size());
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM (SELECT seat_id FROM tickets WHERE"
                                     " performance_id = 1 AND active GROUP BY seat_id"
                                     " HAVING count(*) > 1) d")),
             QStringLiteral("0"));
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM tickets WHERE performance_id = 1"
                                     " AND active")),
             QString::number(soldToClients.size()));
    // Pairs only: at most one seat can be left over.
    QVERIFY2(soldToClients.size() >= 98, qPrintable(QString::number(soldToClients.size())));
}

void tst_ServerReliability::serverKilledAndRestartedDuringLoad()
{
    // Eight counters sell pairs of their own seats of performance 2 while the server is
    // killed (SIGKILL) and started again twice; every request is retried with its operation
    // id until it is answered.
    std::mutex mutex;
    QList<qint64> confirmed;
    QStringList unexpected;
    std::atomic<bool> killed{false};
    QCOMPARE(m_house.seats(5, 160).size(), 160);
    std::vector<std::thread> clients;
    for (int n = 0; n < 8; ++n) {
        clients.emplace_back([&, n] {
            TestClient client(m_server.url());
            client.setTimeout(3000);
            if (!signIn(client, QStringLiteral("counter"))) {
                std::lock_guard lock(mutex);
                unexpected << QStringLiteral("client %1 could not sign in").arg(n);
                return;
            }
            // Stalls rows F to L: 8 clients x 10 pairs, each its own 20 seats.
            const QList<qint64> mine = m_house.seats(5, 160).mid(20 * n, 20);
            for (int pair = 0; pair < 10; ++pair) {
                const QList<qint64> seats{mine.at(2 * pair), mine.at(2 * pair + 1)};
                const HttpReply hold = postUntilAnswered(client,
                                                         QStringLiteral("/v1/holds"),
                                                         holdBody(2, seats),
                                                         newOperationId());
                if (hold.status != 201) {
                    std::lock_guard lock(mutex);
                    unexpected << QStringLiteral("hold %1: %2 %3")
                                      .arg(seats.first())
                                      .arg(hold.status)
                                      .arg(QString::fromUtf8(hold.body));
                    continue;
                }
                const HttpReply order = postUntilAnswered(
                    client,
                    QStringLiteral("/v1/orders"),
                    confirmBody(hold.json[u"hold"][u"id"].toString(),
                                seats,
                                m_house.total(2, seats)),
                    newOperationId());
                std::lock_guard lock(mutex);
                if (order.status == 201)
                    confirmed.append(order.json[u"order"][u"id"].toInteger());
                else
                    unexpected << QStringLiteral("confirm %1: %2 %3")
                                      .arg(seats.first())
                                      .arg(order.status)
                                      .arg(QString::fromUtf8(order.body));
            }
        });
    }
    QString error;
    for (int round = 0; round < 2; ++round) {
        QThread::msleep(400);
        m_server.kill();
        killed = true;
        QThread::msleep(300);
        QVERIFY2(m_server.start(m_pg.conninfo(),
                                {QStringLiteral("--db-threads"), QStringLiteral("16")},
                                &error),
                 qPrintable(error));
    }
    for (std::thread &t : clients)
        t.join();
    QVERIFY(killed);
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    QCOMPARE(confirmed.size(), 80);
    // No committed sale lost, none made twice: the database has exactly the orders the
    // clients were told about.
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM orders WHERE performance_id = 2")),
             QStringLiteral("80"));
    QCOMPARE(m_pg.sql(QStringLiteral(
                 "SELECT count(*) FROM tickets WHERE performance_id = 2 AND active")),
             QStringLiteral("160"));
    QStringList ids;
    for (qint64 id : confirmed)
        ids << QString::number(id);
    QCOMPARE(m_pg.sql(
                 QStringLiteral("SELECT count(*) FROM orders WHERE id IN (%1) AND status = 'sold'")
                     .arg(ids.join(u','))),
             QStringLiteral("80"));
}

void tst_ServerReliability::connectionsCutAtRandomPoints()
{
    // A terminal replays 100 offline sales; each first attempt is cut off by the client at a
    // random moment (before, during or after the server's work), then retried with the
    // same operation id. Every sale lands exactly once.
    TestClient supervisor(m_server.url());
    QVERIFY(supervisor.login(QStringLiteral("supervisor"), demoPassword(), 1));
    const QList<qint64> balcony = m_house.seats(m_house.rows.size() - 5, 100);
    QJsonArray leased;
    for (qint64 s : balcony)
        leased.append(s);
    const HttpReply lease = supervisor.post(QStringLiteral("/v1/leases"),
                                            QJsonObject{{QStringLiteral("performance"), 3},
                                                        {QStringLiteral("terminal"), 1},
                                                        {QStringLiteral("seats"), leased}});
    QCOMPARE(lease.status, 201);

    TestClient counter(m_server.url());
    QVERIFY(counter.login(QStringLiteral("counter"), demoPassword(), 1));
    QRandomGenerator random(4711);
    int cut = 0;
    for (int i = 0; i < 100; ++i) {
        const qint64 seat = balcony.at(i);
        const QJsonObject sale{
            {QStringLiteral("performance"), 3},
            {QStringLiteral("receipt"), QStringLiteral("T1-%1").arg(i + 1, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-29T18:00:00.000Z")},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("seat"), seat},
                                    {QStringLiteral("category"), m_house.category.value(seat)},
                                    {QStringLiteral("priceType"), 1},
                                    {QStringLiteral("price"), m_house.total(3, {seat})},
                                    {QStringLiteral("label"), QStringLiteral("Balcony")},
                                    {QStringLiteral("barcode"),
                                     QStringLiteral("CUT%1").arg(seat, 13, 10, QLatin1Char('0'))}}}},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                         {QStringLiteral("amount"), m_house.total(3, {seat})}}}};
        const QString op = newOperationId();
        counter.setTimeout(1 + int(random.bounded(12)));
        const HttpReply first = counter.post(QStringLiteral("/v1/offline-orders"), sale, op);
        if (first.status == 0)
            ++cut;
        counter.setTimeout(30000);
        const HttpReply retry = postUntilAnswered(counter,
                                                  QStringLiteral("/v1/offline-orders"),
                                                  sale,
                                                  op);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.json[u"order"][u"tickets"][0][u"seat"].toInteger(), seat);
    }
    QVERIFY2(cut > 0, "no attempt was cut off; the trial proves nothing");
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM orders WHERE performance_id = 3")),
             QStringLiteral("100"));
    QCOMPARE(m_pg.sql(QStringLiteral(
                 "SELECT count(DISTINCT receipt) FROM orders WHERE performance_id = 3")),
             QStringLiteral("100"));
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM lease_seats WHERE performance_id = 3")),
             QStringLiteral("0"));
    qInfo("%d of 100 first attempts were cut off", cut);
}

QTEST_GUILESS_MAIN(tst_ServerReliability)
#include "tst_serverreliability.moc"
