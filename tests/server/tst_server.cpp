// SPDX-License-Identifier: GPL-3.0-or-later
// parkett-server end to end: a real PostgreSQL cluster and the real server process on
// loopback, driven over HTTP as a client would.

#include "server/pg.h"
#include "server/seed.h"
#include "tests/core/ruleplans.h"
#include "tests/support/serverfixture.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

#include <thread>

using namespace parkett::testing;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> ids(const QJsonValue &array)
{
    QList<qint64> out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toInteger());
    return out;
}

} // namespace

class tst_Server : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthAndLogin();
    void catalogAndPlan();
    void holdConfirmAndFeed();
    void retriedOperationIsAnsweredFromTheStore();
    void badInputGets4xxAndTheServerStaysUp();
    void expiredHoldIsSweptAndConfirmRefused();
    void leaseAndOfflineOrder();
    void longPollWakesOnChange();
    void outletSeesOnlyItsChannel();
    void reservationPayAndCancel();
    void batchReplaysInOrder();
    void batchReplayWritesWhatItAnswers();
    void seatingRulesAreCheckedOnTheServer();
    void supervisorApprovalIsChecked();
    void slowReaderHoldsNoDatabaseThread();
    void requestsReadByTheDatabaseThread();
    void aPlanIsReadOnceByRequestsThatNeedItTogether();
    void gracefulShutdownAndRestart();

private:
    /** Holds and sells \a seats for the counter; the order's JSON. */
    QJsonObject sell(const QList<qint64> &seats);
    qint64 lastSequence();

    PgCluster m_pg;
    ServerProcess m_server;
    std::unique_ptr<TestClient> m_counter;
};

void tst_Server::initTestCase()
{
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_pg.conninfo(), {}, &error), qPrintable(error));
    m_counter = std::make_unique<TestClient>(m_server.url());
    QVERIFY(m_counter->login(QStringLiteral("counter"), demoPassword(), 1));
}

void tst_Server::cleanupTestCase()
{
    m_server.kill();
    m_pg.stop();
}

QJsonObject tst_Server::sell(const QList<qint64> &seats)
{
    const HttpReply hold = m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, seats));
    if (hold.status != 201)
        return hold.json;
    const QString id = hold.json[u"hold"][u"id"].toString();
    // Stalls seats cost 450.00 for adults in the demo (category 1, price type 1).
    qint64 total = 0;
    const HttpReply probe = m_counter->get(QStringLiteral("/v1/catalog"));
    for (const QJsonValue &p : probe.json[u"prices"].toArray()) {
        if (p[u"performanceId"].toInteger() == 1 && p[u"categoryId"].toInteger() == 1
            && p[u"priceTypeId"].toInteger() == 1)
            total = p[u"amount"].toInteger() * seats.size();
    }
    return m_counter->post(QStringLiteral("/v1/orders"), confirmBody(id, seats, total)).json;
}

qint64 tst_Server::lastSequence()
{
    return m_counter->get(QStringLiteral("/v1/changes?since=0&limit=5000")).json[u"last"].toInteger();
}

void tst_Server::healthAndLogin()
{
    TestClient anonymous(m_server.url());
    const HttpReply health = anonymous.get(QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json[u"database"].toString(), QStringLiteral("ok"));

    QVERIFY(!anonymous.login(QStringLiteral("counter"), QStringLiteral("wrong"), 1));
    QVERIFY(!anonymous.login(QStringLiteral("nobody"), demoPassword(), 1));
    QVERIFY(!anonymous.login(QStringLiteral("counter"), demoPassword(), 999)); // not enrolled
    // A box-office user may not sign in at the outlet's terminal.
    QVERIFY(!anonymous.login(QStringLiteral("counter"), demoPassword(), 3));
    QCOMPARE(anonymous.get(QStringLiteral("/v1/catalog")).status, 401);

    QVERIFY(anonymous.login(QStringLiteral("phone"), demoPassword(), 2));
    QCOMPARE(anonymous.get(QStringLiteral("/v1/catalog")).status, 200);
    QCOMPARE(anonymous.request("POST", QStringLiteral("/v1/logout")).status, 204);
    const HttpReply after = anonymous.get(QStringLiteral("/v1/catalog"));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("unauthenticated"));
}

void tst_Server::catalogAndPlan()
{
    const HttpReply catalog = m_counter->get(QStringLiteral("/v1/catalog"));
    QCOMPARE(catalog.status, 200);
    QCOMPARE(catalog.json[u"performances"].toArray().size(), 4);
    QCOMPARE(catalog.json[u"priceTypes"].toArray().size(), 3);
    QVERIFY(catalog.json[u"prices"].toArray().size() >= 36);
    const HttpReply plan = m_counter->get(QStringLiteral("/v1/plans/1"));
    QCOMPARE(plan.status, 200);
    QVERIFY(plan.json[u"document"][u"sections"].toArray().size() > 0);
    QCOMPARE(m_counter->get(QStringLiteral("/v1/plans/99")).status, 404);
}

void tst_Server::holdConfirmAndFeed()
{
    const qint64 before = lastSequence();
    const HttpReply hold = m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {20, 21}));
    QCOMPARE(hold.status, 201);
    const QString holdId = hold.json[u"hold"][u"id"].toString();

    // Another terminal cannot take a held seat: all or nothing, naming the seat.
    TestClient phone(m_server.url());
    QVERIFY(phone.login(QStringLiteral("phone"), demoPassword(), 2));
    const HttpReply clash = phone.post(QStringLiteral("/v1/holds"), holdBody(1, {21, 22}));
    QCOMPARE(clash.status, 409);
    QCOMPARE(clash.errorCode(), QStringLiteral("seat_unavailable"));
    QCOMPARE(ids(clash.json[u"error"][u"details"][u"seats"]), QList<qint64>{21});
    // ... and cannot confirm this terminal's hold.
    QCOMPARE(phone.post(QStringLiteral("/v1/orders"), confirmBody(holdId, {20, 21}, 90000)).status,
             403);

    // A payment that does not match the total is refused.
    QCOMPARE(m_counter->post(QStringLiteral("/v1/orders"), confirmBody(holdId, {20, 21}, 1)).status,
             400);
    const HttpReply order = m_counter->post(QStringLiteral("/v1/orders"),
                                            confirmBody(holdId, {20, 21}, 90000));
    QCOMPARE(order.status, 201);
    const QJsonObject o = order.json[u"order"].toObject();
    QCOMPARE(o[u"status"].toString(), QStringLiteral("sold"));
    QCOMPARE(o[u"total"].toInteger(), 90000);
    QCOMPARE(o[u"tickets"].toArray().size(), 2);
    QVERIFY(o[u"number"].toString().startsWith(u"S-"));
    QCOMPARE(o[u"tickets"][0][u"label"].toString(), QStringLiteral("Stalls, row A, seat 15"));
    // The hold is consumed.
    QCOMPARE(m_counter->post(QStringLiteral("/v1/orders"), confirmBody(holdId, {20, 21}, 90000))
                 .errorCode(),
             QStringLiteral("hold_expired"));

    // A sold seat cannot be held again.
    QCOMPARE(phone.post(QStringLiteral("/v1/holds"), holdBody(1, {20})).status, 409);
    // The snapshot has the order, the feed has the hold and the order after `before`.
    const HttpReply snapshot = m_counter->get(QStringLiteral("/v1/performances/1/snapshot"));
    QCOMPARE(snapshot.status, 200);
    bool found = false;
    for (const QJsonValue &so : snapshot.json[u"orders"].toArray())
        found = found || so[u"id"] == o[u"id"];
    QVERIFY(found);
    const HttpReply feed = m_counter->get(QStringLiteral("/v1/changes?since=%1").arg(before));
    QStringList kinds;
    qint64 previous = before;
    for (const QJsonValue &c : feed.json[u"changes"].toArray()) {
        QVERIFY(c[u"seq"].toInteger() > previous);
        previous = c[u"seq"].toInteger();
        kinds << c[u"kind"].toString();
    }
    // The hold, its release by the confirm (other counters drop it by id), the order.
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("hold"), QStringLiteral("hold"), QStringLiteral("order")}));
    const QJsonArray changes = feed.json[u"changes"].toArray();
    QCOMPARE(changes[1][u"data"][u"hold"].toString(), holdId);
    QVERIFY(changes[1][u"data"][u"released"].toBool());
    QCOMPARE(feed.json[u"last"].toInteger(), previous);
}

void tst_Server::retriedOperationIsAnsweredFromTheStore()
{
    const HttpReply hold = m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {33}));
    QCOMPARE(hold.status, 201);
    const QString op = newOperationId();
    const QJsonObject body = confirmBody(hold.json[u"hold"][u"id"].toString(), {33}, 45000);
    const HttpReply first = m_counter->post(QStringLiteral("/v1/orders"), body, op);
    QCOMPARE(first.status, 201);
    QVERIFY(!first.replayed);
    const HttpReply again = m_counter->post(QStringLiteral("/v1/orders"), body, op);
    QCOMPARE(again.status, 201);
    QVERIFY(again.replayed);
    QCOMPARE(again.body, first.body);
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM tickets WHERE seat_id = 33 AND active")),
             QStringLiteral("1"));
    // The same id for another route is refused, not silently replayed.
    const HttpReply reused = m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {31}), op);
    QCOMPARE(reused.status, 409);
    QCOMPARE(reused.errorCode(), QStringLiteral("operation_reused"));
    // A refusal is remembered too: the same hold request keeps its answer.
    const QString refusedOp = newOperationId();
    QCOMPARE(m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {33}), refusedOp).status, 409);
    const HttpReply refusedAgain = m_counter->post(QStringLiteral("/v1/holds"),
                                                   holdBody(1, {33}),
                                                   refusedOp);
    QCOMPARE(refusedAgain.status, 409);
    QVERIFY(refusedAgain.replayed);
}

void tst_Server::badInputGets4xxAndTheServerStaysUp()
{
    auto post = [&](const QString &path, const QByteArray &body) {
        return m_counter->request("POST", path, body, newOperationId());
    };
    HttpReply r = post(QStringLiteral("/v1/holds"), "{\"performance\": 1, \"seats\": [1,");
    QCOMPARE(r.status, 400);
    QVERIFY(r.json[u"error"][u"message"].toString().contains(u"malformed JSON"));
    r = post(QStringLiteral("/v1/holds"), R"({"performance": "one", "seats": [1]})");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json[u"error"][u"message"].toString().startsWith(u"performance must be an integer"),
             r.body.constData());
    r = post(QStringLiteral("/v1/holds"), R"({"performance": 1, "seats": [1, "x"]})");
    QCOMPARE(r.status, 400);
    QVERIFY(r.json[u"error"][u"message"].toString().contains(u"seats[1]"));
    r = post(QStringLiteral("/v1/orders"), R"({"hold": "abc", "lines": [{"seat": 1}],
                                              "payment": {"method": "card", "amount": 1}})");
    QCOMPARE(r.status, 400);
    QVERIFY(r.json[u"error"][u"message"].toString().contains(u"lines[0].priceType"));
    r = post(QStringLiteral("/v1/holds"), "[1, 2, 3]");
    QCOMPARE(r.status, 400);
    r = post(QStringLiteral("/v1/holds"), R"({"performance": 1, "seats": [999999]})");
    QCOMPARE(r.status, 400);
    r = post(QStringLiteral("/v1/holds"), R"({"performance": 4242, "seats": [6]})");
    QCOMPARE(r.status, 404);
    // No operation id on a mutating request.
    QCOMPARE(m_counter->request("POST", QStringLiteral("/v1/holds"), R"({"performance": 1})").status,
             400);
    // A body over 1 MiB is refused before it is read.
    QByteArray huge("{\"performance\": 1, \"pad\": \"");
    huge += QByteArray(2 * 1024 * 1024, 'x');
    huge += "\"}";
    r = post(QStringLiteral("/v1/holds"), huge);
    QCOMPARE(r.status, 413);
    QCOMPARE(m_counter->get(QStringLiteral("/v1/nothing")).status, 404);
    QCOMPARE(m_counter->get(QStringLiteral("/elsewhere")).status, 404);
    QCOMPARE(m_counter->request("DELETE", QStringLiteral("/v1/catalog"), {}, newOperationId()).status,
             405);
    TestClient stranger(m_server.url());
    stranger.setToken("not-a-token");
    QCOMPARE(stranger.get(QStringLiteral("/v1/catalog")).status, 401);
    // An expired token is refused like an unknown one.
    TestClient expiring(m_server.url());
    QVERIFY(expiring.login(QStringLiteral("supervisor"), demoPassword(), 1));
    QCOMPARE(m_pg.sql(QStringLiteral("UPDATE tokens SET expires_at = now() - interval '1 second'"
                                     " WHERE user_id = (SELECT id FROM users WHERE login ="
                                     " 'supervisor')")),
             QString());
    QCOMPARE(expiring.get(QStringLiteral("/v1/catalog")).status, 401);
    // Still up, still selling.
    QCOMPARE(m_counter->get(QStringLiteral("/health")).status, 200);
    QVERIFY(m_server.isRunning());
}

void tst_Server::expiredHoldIsSweptAndConfirmRefused()
{
    const HttpReply hold = m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {40, 41}));
    QCOMPARE(hold.status, 201);
    const QString id = hold.json[u"hold"][u"id"].toString();
    const qint64 before = lastSequence();
    // Let the clock run out instead of waiting ten minutes.
    m_pg.sql(
        QStringLiteral("UPDATE holds SET expires_at = now() - interval '1 second' WHERE id = '%1';"
                       " UPDATE hold_seats SET expires_at = now() - interval '1 second'"
                       " WHERE hold_id = '%1'")
            .arg(id));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_pg.sql(QStringLiteral("SELECT count(*) FROM holds WHERE id = '%1'").arg(id)) == u"0",
        15000);
    const HttpReply feed = m_counter->get(QStringLiteral("/v1/changes?since=%1").arg(before));
    bool released = false;
    for (const QJsonValue &c : feed.json[u"changes"].toArray())
        released = released
                   || (c[u"data"][u"hold"].toString() == id && c[u"data"][u"released"].toBool());
    QVERIFY(released);
    QCOMPARE(m_counter->post(QStringLiteral("/v1/orders"), confirmBody(id, {40, 41}, 90000))
                 .errorCode(),
             QStringLiteral("hold_expired"));
    // The seats are free again.
    QCOMPARE(m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {40, 41})).status, 201);
}

void tst_Server::leaseAndOfflineOrder()
{
    TestClient supervisor(m_server.url());
    QVERIFY(supervisor.login(QStringLiteral("supervisor"), demoPassword(), 1));
    // The counter (terminal 1) gets seats 50-52 and 5 standing places for offline sales.
    const QJsonObject lease{{QStringLiteral("performance"), 1},
                            {QStringLiteral("terminal"), 1},
                            {QStringLiteral("seats"), QJsonArray{50, 51, 52}},
                            {QStringLiteral("zones"),
                             QJsonArray{QJsonObject{{QStringLiteral("zone"), 340},
                                                    {QStringLiteral("quantity"), 5}}}}};
    QCOMPARE(supervisor.post(QStringLiteral("/v1/leases"), lease).status, 201);
    // A phone agent may not lease to another terminal, and cannot hold the leased seats.
    TestClient phone(m_server.url());
    QVERIFY(phone.login(QStringLiteral("phone"), demoPassword(), 2));
    QCOMPARE(phone.post(QStringLiteral("/v1/leases"), lease).status, 403);
    QCOMPARE(phone.post(QStringLiteral("/v1/holds"), holdBody(1, {51})).errorCode(),
             QStringLiteral("seat_unavailable"));
    const HttpReply mine = m_counter->get(QStringLiteral("/v1/leases"));
    QCOMPARE(ids(mine.json[u"leases"][0][u"seats"]), (QList<qint64>{50, 51, 52}));

    const QJsonObject offline{
        {QStringLiteral("performance"), 1},
        {QStringLiteral("receipt"), QStringLiteral("T1-000001")},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-29T18:00:00.000Z")},
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{{QStringLiteral("seat"), 50},
                                {QStringLiteral("category"), 1},
                                {QStringLiteral("priceType"), 1},
                                {QStringLiteral("price"), 45000},
                                {QStringLiteral("label"), QStringLiteral("Stalls, row A, seat 45")},
                                {QStringLiteral("barcode"), QStringLiteral("OFFLINE0000000001")}},
                    QJsonObject{{QStringLiteral("zone"), 340},
                                {QStringLiteral("category"), 3},
                                {QStringLiteral("priceType"), 1},
                                {QStringLiteral("price"), 25000},
                                {QStringLiteral("label"), QStringLiteral("Standing")},
                                {QStringLiteral("barcode"), QStringLiteral("OFFLINE0000000002")}}}},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                     {QStringLiteral("amount"), 70000}}}};
    const QString op = newOperationId();
    const HttpReply sold = m_counter->post(QStringLiteral("/v1/offline-orders"), offline, op);
    QCOMPARE(sold.status, 201);
    QCOMPARE(sold.json[u"order"][u"receipt"].toString(), QStringLiteral("T1-000001"));
    QCOMPARE(sold.json[u"order"][u"createdAt"].toString(),
             QStringLiteral("2026-11-29T18:00:00.000Z"));
    // Replayed after a lost answer: the stored result, nothing sold twice.
    const HttpReply replay = m_counter->post(QStringLiteral("/v1/offline-orders"), offline, op);
    QVERIFY(replay.replayed);
    QCOMPARE(replay.json[u"order"][u"id"], sold.json[u"order"][u"id"]);
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM orders WHERE receipt = 'T1-000001'")),
             QStringLiteral("1"));
    // The lease is used up: seat 50 again is refused with the seat named; so is the same
    // receipt under a new operation id.
    QJsonObject again = offline;
    again[QStringLiteral("receipt")] = QStringLiteral("T1-000002");
    const HttpReply gone = m_counter->post(QStringLiteral("/v1/offline-orders"), again);
    QCOMPARE(gone.status, 409);
    QCOMPARE(gone.errorCode(), QStringLiteral("lease_missing"));
    QCOMPARE(ids(gone.json[u"error"][u"details"][u"seats"]), QList<qint64>{50});
    QCOMPARE(m_counter->post(QStringLiteral("/v1/offline-orders"), offline).errorCode(),
             QStringLiteral("lease_missing"));
    // Returning the lease frees the rest.
    QCOMPARE(m_counter
                 ->request("DELETE", QStringLiteral("/v1/leases?performance=1"), {}, newOperationId())
                 .status,
             204);
    QCOMPARE(phone.post(QStringLiteral("/v1/holds"), holdBody(1, {51, 52})).status, 201);
}

void tst_Server::longPollWakesOnChange()
{
    const qint64 since = lastSequence();
    HttpReply polled;
    std::thread reader([&] {
        TestClient poller(m_server.url());
        poller.setToken(m_counter->token());
        polled = poller.get(QStringLiteral("/v1/changes?since=%1&wait=30").arg(since));
    });
    QThread::msleep(300); // let the reader wait first
    const HttpReply hold = m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {60}));
    QCOMPARE(hold.status, 201);
    reader.join();
    QCOMPARE(polled.status, 200);
    const QJsonArray changes = polled.json[u"changes"].toArray();
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.first()[u"seq"].toInteger(), since + 1);
    QCOMPARE(changes.first()[u"data"][u"hold"].toString(), hold.json[u"hold"][u"id"].toString());
    // Nothing new and no wait: an empty page at once.
    const HttpReply empty = m_counter->get(
        QStringLiteral("/v1/changes?since=%1").arg(lastSequence()));
    QVERIFY(empty.json[u"changes"].toArray().isEmpty());
}

void tst_Server::outletSeesOnlyItsChannel()
{
    TestClient outlet(m_server.url());
    QVERIFY(outlet.login(QStringLiteral("outlet"), demoPassword(), 3));
    // The twenty demo customers belong to the box office.
    QCOMPARE(
        m_counter->get(QStringLiteral("/v1/customers?limit=50")).json[u"customers"].toArray().size(),
        20);
    QCOMPARE(outlet.get(QStringLiteral("/v1/customers?limit=50")).json[u"customers"].toArray().size(),
             0);
    const HttpReply created = outlet.post(
        QStringLiteral("/v1/customers"),
        QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Ida")},
                    {QStringLiteral("lastName"), QStringLiteral("Holm")},
                    {QStringLiteral("email"), QStringLiteral("ida@example.org")}});
    QCOMPARE(created.status, 201);
    const QJsonArray visible = outlet.get(QStringLiteral("/v1/customers?q=holm"))
                                   .json[u"customers"]
                                   .toArray();
    QCOMPARE(visible.size(), 1);
    QCOMPARE(visible.first()[u"email"].toString(), QStringLiteral("ida@example.org"));
    // An outlet cannot read a box-office order.
    const QJsonObject order = sell({70});
    QVERIFY2(order.contains(u"order"), QJsonDocument(order).toJson().constData());
    QCOMPARE(outlet.get(QStringLiteral("/v1/orders/%1").arg(order[u"order"][u"id"].toInteger()))
                 .status,
             404);
    QCOMPARE(outlet.post(QStringLiteral("/v1/users"), QJsonObject{}).status, 403);
}

void tst_Server::reservationPayAndCancel()
{
    const HttpReply hold = m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {82}));
    QCOMPARE(hold.status, 201);
    QJsonObject body = confirmBody(hold.json[u"hold"][u"id"].toString(), {82}, 45000);
    body.remove(QStringLiteral("payment"));
    body[QStringLiteral("reserveUntil")] = QDateTime::currentDateTimeUtc().addDays(1).toString(
        Qt::ISODate);
    const HttpReply reserved = m_counter->post(QStringLiteral("/v1/orders"), body);
    QCOMPARE(reserved.status, 201);
    QCOMPARE(reserved.json[u"order"][u"status"].toString(), QStringLiteral("reserved"));
    const qint64 id = reserved.json[u"order"][u"id"].toInteger();
    const QJsonObject payment{{QStringLiteral("payment"),
                               QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                           {QStringLiteral("amount"), 45000}}}};
    const HttpReply paid = m_counter->post(QStringLiteral("/v1/orders/%1/pay").arg(id), payment);
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.json[u"order"][u"status"].toString(), QStringLiteral("sold"));
    QCOMPARE(m_counter->post(QStringLiteral("/v1/orders/%1/pay").arg(id), payment).errorCode(),
             QStringLiteral("illegal_transition"));
    const HttpReply cancelled = m_counter->post(QStringLiteral("/v1/orders/%1/cancel").arg(id),
                                                QJsonObject{{QStringLiteral("reason"),
                                                             QStringLiteral("customer ill")}});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json[u"order"][u"status"].toString(), QStringLiteral("cancelled"));
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT detail FROM order_history WHERE order_id = %1"
                                     " AND event = 'cancelled'")
                          .arg(id)),
             QStringLiteral("customer ill"));
    // The seat is free again.
    QCOMPARE(m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {82})).status, 201);
}

void tst_Server::batchReplaysInOrder()
{
    TestClient supervisor(m_server.url());
    QVERIFY(supervisor.login(QStringLiteral("supervisor"), demoPassword(), 1));
    QCOMPARE(supervisor
                 .post(QStringLiteral("/v1/leases"),
                       QJsonObject{{QStringLiteral("performance"), 4},
                                   {QStringLiteral("seats"), QJsonArray{6, 7}}})
                 .status,
             201);
    const auto sale = [](int n, qint64 seat) {
        return QJsonObject{
            {QStringLiteral("performance"), 4},
            {QStringLiteral("receipt"), QStringLiteral("T1-B%1").arg(n)},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-29T18:00:00.000Z")},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("seat"), seat},
                                    {QStringLiteral("category"), 1},
                                    {QStringLiteral("priceType"), 1},
                                    {QStringLiteral("price"), 45000},
                                    {QStringLiteral("label"), QStringLiteral("Stalls")},
                                    {QStringLiteral("barcode"), QStringLiteral("BATCH%1").arg(n)}}}},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                         {QStringLiteral("amount"), 45000}}}};
    };
    QJsonArray operations;
    const qint64 seats[] = {6, 8, 7}; // seat 8 was never leased
    for (int n = 0; n < 3; ++n)
        operations.append(QJsonObject{{QStringLiteral("id"), newOperationId()},
                                      {QStringLiteral("method"), QStringLiteral("POST")},
                                      {QStringLiteral("path"), QStringLiteral("/v1/offline-orders")},
                                      {QStringLiteral("body"), sale(n, seats[n])}});
    const QJsonObject batch{{QStringLiteral("operations"), operations}};
    const QByteArray body = QJsonDocument(batch).toJson();
    const HttpReply first = m_counter->request("POST", QStringLiteral("/v1/batch"), body);
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json[u"results"].toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0][u"status"].toInt(), 201);
    QCOMPARE(results[1][u"status"].toInt(), 409);
    QCOMPARE(results[1][u"body"][u"error"][u"code"].toString(), QStringLiteral("lease_missing"));
    QCOMPARE(results[2][u"status"].toInt(), 201);
    // The whole batch again, as after a lost answer: every result comes from the store.
    const HttpReply again = m_counter->request("POST", QStringLiteral("/v1/batch"), body);
    for (int n = 0; n < 3; ++n) {
        QCOMPARE(again.json[u"results"][n][u"status"], results[n][u"status"]);
        QVERIFY(again.json[u"results"][n][u"replayed"].toBool());
    }
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM orders WHERE receipt LIKE 'T1-B%'")),
             QStringLiteral("2"));
    // Only mutating routes, well formed.
    QCOMPARE(m_counter
                 ->request("POST",
                           QStringLiteral("/v1/batch"),
                           R"({"operations": [{"id": "x", "method": "GET", "path": "/v1/catalog"}]})")
                 .status,
             400);
}

void tst_Server::batchReplayWritesWhatItAnswers()
{
    // A run of offline sales goes to PostgreSQL in one pipeline with ids taken up front; what
    // the batch answers must be what the database holds, refusals must name their reason as
    // one at a time would, and order numbers keep growing past six digits.
    m_pg.sql(QStringLiteral("SELECT setval('order_numbers', 999998)"));
    TestClient supervisor(m_server.url());
    QVERIFY(supervisor.login(QStringLiteral("supervisor"), demoPassword(), 1));
    QCOMPARE(supervisor
                 .post(QStringLiteral("/v1/leases"),
                       QJsonObject{{QStringLiteral("performance"), 2},
                                   {QStringLiteral("seats"), QJsonArray{60, 61}},
                                   {QStringLiteral("zones"),
                                    QJsonArray{QJsonObject{{QStringLiteral("zone"), 340},
                                                           {QStringLiteral("quantity"), 3}}}}})
                 .status,
             201);
    const qint64 before = lastSequence();
    const auto line = [](qint64 seat, const QString &barcode) {
        return QJsonObject{{seat ? QStringLiteral("seat") : QStringLiteral("zone"),
                            seat ? seat : 340},
                           {QStringLiteral("category"), seat ? 1 : 3},
                           {QStringLiteral("priceType"), 1},
                           {QStringLiteral("price"), seat ? 45000 : 25000},
                           {QStringLiteral("label"), QStringLiteral("Place")},
                           {QStringLiteral("barcode"), barcode}};
    };
    const auto sale = [](const QString &receipt, const QJsonArray &lines) {
        qint64 total = 0;
        for (const QJsonValue &l : lines)
            total += l[u"price"].toInteger();
        return QJsonObject{
            {QStringLiteral("id"), newOperationId()},
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("path"), QStringLiteral("/v1/offline-orders")},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("performance"), 2},
                         {QStringLiteral("receipt"), receipt},
                         {QStringLiteral("createdAt"), QStringLiteral("2026-11-29T19:00:00.000Z")},
                         {QStringLiteral("lines"), lines},
                         {QStringLiteral("payment"),
                          QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                      {QStringLiteral("amount"), total}}}}}};
    };
    const QJsonArray operations{
        // a seat and two standing places
        sale(QStringLiteral("T1-P1"),
             QJsonArray{line(60, QStringLiteral("PIPE1")),
                        line(0, QStringLiteral("PIPE2")),
                        line(0, QStringLiteral("PIPE3"))}),
        // two more places, but only one is left on the lease
        sale(QStringLiteral("T1-P2"),
             QJsonArray{line(0, QStringLiteral("PIPE4")), line(0, QStringLiteral("PIPE5"))}),
        sale(QStringLiteral("T1-P3"), QJsonArray{line(61, QStringLiteral("PIPE6"))}),
        // the first receipt number again
        sale(QStringLiteral("T1-P1"), QJsonArray{line(0, QStringLiteral("PIPE7"))}),
    };
    const HttpReply reply = m_counter->request(
        "POST",
        QStringLiteral("/v1/batch"),
        QJsonDocument(QJsonObject{{QStringLiteral("operations"), operations}}).toJson());
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json[u"results"].toArray();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[0][u"status"].toInt(), 201);
    QCOMPARE(results[1][u"status"].toInt(), 409);
    QCOMPARE(results[1][u"body"][u"error"][u"code"].toString(), QStringLiteral("lease_missing"));
    QCOMPARE(results[2][u"status"].toInt(), 201);
    QCOMPARE(results[3][u"status"].toInt(), 409);
    QCOMPARE(results[3][u"body"][u"error"][u"code"].toString(), QStringLiteral("operation_reused"));

    QSet<QString> numbers;
    for (int n : {0, 2}) {
        const QJsonObject order = results[n][u"body"][u"order"].toObject();
        const qint64 id = order[u"id"].toInteger();
        numbers.insert(order[u"number"].toString());
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT number || ' ' || status || ' ' || total"
                                         " || ' ' || receipt FROM orders WHERE id = %1")
                              .arg(id)),
                 QStringLiteral("%1 sold %2 %3")
                     .arg(order[u"number"].toString())
                     .arg(order[u"total"].toInteger())
                     .arg(order[u"receipt"].toString()));
        for (const QJsonValue &t : order[u"tickets"].toArray())
            QCOMPARE(m_pg.sql(QStringLiteral("SELECT barcode FROM tickets WHERE id = %1 AND"
                                             " order_id = %2 AND active")
                                  .arg(t[u"id"].toInteger())
                                  .arg(id)),
                     t[u"barcode"].toString());
        QCOMPARE(m_pg.sql(
                     QStringLiteral("SELECT count(*) FROM payments WHERE order_id = %1").arg(id)),
                 QStringLiteral("1"));
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM order_history WHERE order_id = %1")
                              .arg(id)),
                 QStringLiteral("1"));
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM change_log WHERE kind = 'order'"
                                         " AND entity_id = %1 AND seq > %2")
                              .arg(id)
                              .arg(before)),
                 QStringLiteral("1"));
    }
    QCOMPARE(results[0][u"body"][u"order"][u"tickets"].toArray().size(), 3);
    QCOMPARE(numbers.size(), 2);
    bool sevenDigits = false;
    for (const QString &number : std::as_const(numbers)) {
        QVERIFY2(number.startsWith(u"S-") && number.mid(2).toLongLong() >= 999999,
                 qPrintable(number));
        sevenDigits = sevenDigits || number.size() == 9;
    }
    QVERIFY(sevenDigits);
    // The lease gave what was sold and keeps the rest.
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM lease_seats WHERE performance_id = 2")),
             QStringLiteral("0"));
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT quantity FROM lease_zones WHERE performance_id = 2"
                                     " AND zone_id = 340")),
             QStringLiteral("1"));
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM orders WHERE receipt LIKE 'T1-P%'")),
             QStringLiteral("2"));
    // Past six digits, numbers stay distinct for online sales too.
    const QJsonObject online = sell({83});
    QVERIFY2(online.contains(u"order"), QJsonDocument(online).toJson().constData());
    QVERIFY(online[u"order"][u"number"].toString().size() == 9); // S- and seven digits
    QVERIFY(!numbers.contains(online[u"order"][u"number"].toString()));
}

void tst_Server::seatingRulesAreCheckedOnTheServer()
{
    // Two rows of ten under distancing (one seat each side, at most 4 per order); the second
    // row's first half sells only to adults and only as sales.
    using namespace parkett;
    SeatPlan plan = test::ruleBlock(test::RowShape::Straight, 2, 10);
    Area all;
    all.name = QStringLiteral("Distanced");
    for (const Seat &seat : plan.seats())
        all.seats.append(seat.id);
    all.distancing.enabled = true;
    all.limits.maxPersons = 4;
    plan.addArea(all);
    Area adults;
    adults.name = QStringLiteral("Adults only");
    for (int k = 0; k < 5; ++k)
        adults.seats.append(plan.seats().at(test::seatAt(plan, 1, k)).id);
    adults.limits.allowedPriceTypes = {QStringLiteral("adult")};
    adults.limits.allowedOrderTypes = {QStringLiteral("sale")};
    plan.addArea(adults);
    server::PgConnection c(m_pg.conninfo().toUtf8());
    QVERIFY(c.open());
    auto seeded = server::seedPlanPerformance(c, plan, QStringLiteral("Distanced house"));
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    const qint64 performance = seeded.value();
    const qint64 adult = m_pg.sql(QStringLiteral("SELECT id FROM price_types WHERE code = 'adult'"))
                             .toLongLong();
    const qint64 price = 5000; // the seeder's price for the first category
    auto seat = [&](int row, int k) { return plan.seats().at(test::seatAt(plan, row, k)).id.value; };
    auto hold = [&](const QList<qint64> &seats) {
        return m_counter->post(QStringLiteral("/v1/holds"), holdBody(performance, seats));
    };
    auto confirm = [&](const HttpReply &held, const QList<qint64> &seats, bool paid = true) {
        QJsonArray lines;
        for (qint64 s : seats)
            lines.append(
                QJsonObject{{QStringLiteral("seat"), s}, {QStringLiteral("priceType"), adult}});
        QJsonObject body{{QStringLiteral("hold"), held.json[u"hold"][u"id"].toString()},
                         {QStringLiteral("lines"), lines}};
        if (paid)
            body.insert(QStringLiteral("payment"),
                        QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                    {QStringLiteral("amount"), price * seats.size()}});
        else
            body.insert(QStringLiteral("reserveUntil"),
                        QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate));
        return m_counter->post(QStringLiteral("/v1/orders"), body);
    };
    auto kinds = [](const HttpReply &r) {
        QStringList out;
        for (const QJsonValue &v : r.json[u"error"][u"details"][u"violations"].toArray())
            out.append(v[u"kind"].toString());
        return out;
    };

    const QList<qint64> pair{seat(0, 3), seat(0, 4)};
    const HttpReply held = hold(pair);
    QCOMPARE(held.status, 201);
    const HttpReply sold = confirm(held, pair);
    QCOMPARE(sold.status, 201);

    // The neighbour of the sold pair is blocked; one seat further is fine.
    const HttpReply tooClose = hold({seat(0, 5)});
    QCOMPARE(tooClose.status, 422);
    QCOMPARE(tooClose.errorCode(), QStringLiteral("rule_violation"));
    QVERIFY2(kinds(tooClose).contains(u"blocked"_s), qPrintable(kinds(tooClose).join(u',')));
    QCOMPARE(hold({seat(0, 6)}).status, 201);
    // Five in one order is one too many.
    const HttpReply five = hold({seat(1, 5), seat(1, 6), seat(1, 7), seat(1, 8), seat(1, 9)});
    QCOMPARE(five.status, 422);
    QVERIFY(kinds(five).contains(u"max-persons"_s));
    // The adults-only half takes a hold (the order type is not known yet), refuses the
    // reservation at confirm, and sells.
    const HttpReply adultsHold = hold({seat(1, 0)});
    QCOMPARE(adultsHold.status, 201);
    const HttpReply reservation = confirm(adultsHold, {seat(1, 0)}, false);
    QCOMPARE(reservation.status, 422);
    QVERIFY(kinds(reservation).contains(u"order-type"_s));
    QCOMPARE(confirm(adultsHold, {seat(1, 0)}).status, 201);

    // Cancelling the pair frees its neighbour: blocked seats are derived, never stored.
    const qint64 order = sold.json[u"order"][u"id"].toInteger();
    QCOMPARE(m_counter
                 ->post(QStringLiteral("/v1/orders/%1/cancel").arg(order),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("test")}})
                 .status,
             200);
    QCOMPARE(hold({seat(0, 5)}).status, 201);
}

void tst_Server::supervisorApprovalIsChecked()
{
    const HttpReply held = m_counter->post(QStringLiteral("/v1/holds"), holdBody(1, {84}));
    QCOMPARE(held.status, 201);
    QJsonObject body = confirmBody(held.json[u"hold"][u"id"].toString(), {84}, 45000);
    // A box-office user is no supervisor, and a supervisor needs the right password.
    body[QStringLiteral("supervisor")] = QJsonObject{{QStringLiteral("login"),
                                                      QStringLiteral("counter")},
                                                     {QStringLiteral("password"), demoPassword()}};
    QCOMPARE(m_counter->post(QStringLiteral("/v1/orders"), body).status, 403);
    body[QStringLiteral("supervisor")] = QJsonObject{{QStringLiteral("login"),
                                                      QStringLiteral("supervisor")},
                                                     {QStringLiteral("password"),
                                                      QStringLiteral("wrong")}};
    const HttpReply wrong = m_counter->post(QStringLiteral("/v1/orders"), body);
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.errorCode(), QStringLiteral("forbidden"));
    body[QStringLiteral("supervisor")] = QJsonObject{{QStringLiteral("login"),
                                                      QStringLiteral("supervisor")},
                                                     {QStringLiteral("password"), demoPassword()}};
    const HttpReply sold = m_counter->post(QStringLiteral("/v1/orders"), body);
    QCOMPARE(sold.status, 201);
    QCOMPARE(m_pg.sql(QStringLiteral("SELECT detail FROM order_history WHERE order_id = %1")
                          .arg(sold.json[u"order"][u"id"].toInteger())),
             QStringLiteral("blocked customer approved by supervisor supervisor"));
}

void tst_Server::slowReaderHoldsNoDatabaseThread()
{
    // A server with one database thread, and a client that asks for pages of the feed (each
    // small enough to be written straight from the database thread) many times over and
    // reads nothing: once the socket is full, the rest waits on the I/O side, so the one
    // database thread still serves everybody else, and the slow client gets every answer
    // whole and in order.
    ServerProcess single;
    QString error;
    QVERIFY2(single.start(m_pg.conninfo(),
                          {QStringLiteral("--db-threads"), QStringLiteral("1")},
                          &error),
             qPrintable(error));
    TestClient other(single.url());
    QVERIFY(other.login(QStringLiteral("counter"), demoPassword(), 1));
    const HttpReply page = other.get(QStringLiteral("/v1/changes?since=0&limit=40"));
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.size() > 8000 && page.body.size() < 64 * 1024,
             qPrintable(QString::number(page.body.size())));
    const QByteArray request = "GET /v1/changes?since=0&limit=40 HTTP/1.1\r\nHost: localhost\r\n"
                               "Authorization: Bearer "
                               + other.token() + "\r\n\r\n";
    // More than the largest socket buffers hold between them.
    const int requests = int((12 << 20) / page.body.size()) + 1;
    QTcpSocket slow;
    slow.setReadBufferSize(4096);
    slow.connectToHost(QHostAddress::LocalHost, quint16(single.url().port()));
    QVERIFY(slow.waitForConnected(5000));
    slow.write(request.repeated(requests));
    QVERIFY(slow.waitForBytesWritten(5000));
    QTest::qWait(3000); // the server answers until the socket is full
    other.setTimeout(10000);
    QCOMPARE(other.get(QStringLiteral("/v1/catalog")).status, 200);
    // Now read everything: the answers are all alike, so all of them are requests times
    // the size of the first.
    slow.setReadBufferSize(0);
    QByteArray received;
    qsizetype each = 0;
    QElapsedTimer waited;
    waited.start();
    while ((each == 0 || received.size() < requests * each) && waited.elapsed() < 60000) {
        if (slow.bytesToWrite() > 0)
            slow.waitForBytesWritten(10); // the rest of the requests, as the server reads them
        if (slow.waitForReadyRead(1000))
            received += slow.readAll();
        if (each == 0)
            each = qMax<qsizetype>(0, received.indexOf("HTTP/1.1 ", 1));
    }
    QVERIFY(each > page.body.size());
    QCOMPARE(received.size(), requests * each);
    const qsizetype answers = received.count("HTTP/1.1 200 OK\r\n");
    QCOMPARE(answers, qsizetype(requests));
    single.terminate();
}

void tst_Server::requestsReadByTheDatabaseThread()
{
    // The server's database thread reads a connection's next request itself when it is
    // there (or comes) right after an answer. Requests sent back to back on one connection,
    // some answered on the database, some at once without it (no token), and one that
    // arrives in two parts, each get their answer in order.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray health = "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n";
    const QByteArray anonymous = "GET /v1/catalog HTTP/1.1\r\nHost: localhost\r\n\r\n";
    const QByteArray body = R"({"login":"nobody-at-all","password":"wrong","terminal":1})";
    const QByteArray login = "POST /v1/login HTTP/1.1\r\nHost: localhost\r\n"
                             "Content-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const auto readAnswers = [&socket](int n) {
        QList<int> statuses;
        QByteArray received;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000) {
            // Whole answers so far: each has a Content-Length.
            statuses.clear();
            qsizetype at = 0;
            while (true) {
                const qsizetype head = received.indexOf("\r\n\r\n", at);
                if (head < 0)
                    break;
                const QByteArray headers = received.mid(at, head - at);
                const qsizetype cl = headers.toLower().indexOf("content-length: ");
                const qsizetype length = cl < 0 ? 0
                                                : headers
                                                      .mid(cl + 16,
                                                           headers.indexOf("\r\n", cl) - cl - 16)
                                                      .toLongLong();
                if (received.size() < head + 4 + length)
                    break;
                statuses.append(headers.mid(9, 3).toInt());
                at = head + 4 + length;
            }
            if (statuses.size() >= n)
                break;
            if (socket.waitForReadyRead(200))
                received += socket.readAll();
        }
        return statuses;
    };
    socket.write(health + health + anonymous + anonymous + health + login + anonymous + health);
    QCOMPARE(readAnswers(8), (QList<int>{200, 200, 401, 401, 200, 401, 401, 200}));

    // A request whose body comes later: the first part is read with the answer before it,
    // the rest by the I/O threads.
    socket.write(health + login.left(login.size() - 10));
    QCOMPARE(readAnswers(1), QList<int>{200});
    QTest::qWait(100);
    socket.write(login.right(10) + health);
    QCOMPARE(readAnswers(2), (QList<int>{401, 200}));
    QCOMPARE(m_counter->get(QStringLiteral("/health")).status, 200);
}

void tst_Server::aPlanIsReadOnceByRequestsThatNeedItTogether()
{
    // A fresh server on the same database with a generated stadium of 20,000 seats, and
    // eight holds at once, each needing the stadium's plan: one of them reads and parses it,
    // the others wait for that read.
    ServerProcess fresh;
    QString error;
    QVERIFY2(fresh.start(m_pg.conninfo(),
                         {QStringLiteral("--seed-stadium"), QStringLiteral("20000")},
                         &error),
             qPrintable(error));
    const qint64 stadium = m_pg.sql(QStringLiteral("SELECT max(id) FROM performances")).toLongLong();
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i) {
        QNetworkRequest request(fresh.url(QStringLiteral("/v1/holds")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_counter->token());
        request.setRawHeader("Operation-Id", newOperationId().toLatin1());
        // A seat the plan does not have: refused once the plan is read, nothing is held.
        replies.append(
            network.post(request,
                         QJsonDocument(holdBody(stadium, {999999})).toJson(QJsonDocument::Compact)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(),
                                         replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             30000);
    for (QNetworkReply *r : std::as_const(replies)) {
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(r->readAll().contains("the plan has no seat 999999"));
        r->deleteLater();
    }
    QCOMPARE(fresh.log().count("\"event\":\"plan.loaded\""), 1);
    fresh.terminate();
}

void tst_Server::gracefulShutdownAndRestart()
{
    const QJsonObject order = sell({90, 91});
    QVERIFY(order.contains(u"order"));
    QVERIFY2(m_server.terminate(), m_server.log().right(2000).constData());
    QString error;
    QVERIFY2(m_server.start(m_pg.conninfo(), {}, &error), qPrintable(error));
    // Tokens live in the database: the session survives the restart; so does the sale.
    const HttpReply again = m_counter->get(
        QStringLiteral("/v1/orders/%1").arg(order[u"order"][u"id"].toInteger()));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json[u"order"][u"status"].toString(), QStringLiteral("sold"));
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
