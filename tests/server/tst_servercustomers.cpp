// SPDX-License-Identifier: GPL-3.0-or-later
// The server's customers end to end (a real PostgreSQL cluster and the real server process
// on loopback): their flags and block from sale, who may change them, the change feed that
// carries them, and the sales the server refuses to a customer blocked there, online, offline
// one at a time, and offline in a batch's pipeline.

#include "tests/support/serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_ServerCustomers final : public DemoServerTest
{
    Q_OBJECT

private Q_SLOTS:
    void flagsRouteChecksRolesAndInput();
    void feedAndSearchCarryTheFlags();
    void confirmRefusesABlockedCustomerWithoutApproval();
    void offlineSaleOfABlockedCustomerIsRefused();
    void batchAnswersBlockedCustomersAsOneAtATime();

private:
    HttpReply setFlags(TestClient &client,
                       qint64 customer,
                       const QStringList &flags,
                       bool blocked,
                       const QString &operationId = {});
    /** A customer of the box office made by the supervisor; its id. */
    qint64 newCustomer(const QString &lastName);
    qint64 lastSequence();
    /** Leases \a seats of performance 3 to terminal 1 (the counter's). */
    bool lease(const QList<qint64> &seats);
    /** The body of an offline sale of \a seat of performance 3 to \a customer. */
    static QJsonObject offlineSale(const QString &receipt,
                                   qint64 seat,
                                   qint64 customer,
                                   const QString &approvedBy = {});
};

HttpReply tst_ServerCustomers::setFlags(TestClient &client,
                                        qint64 customer,
                                        const QStringList &flags,
                                        bool blocked,
                                        const QString &operationId)
{
    return client.post(u"/v1/customers/%1/flags"_s.arg(customer),
                       {{u"flags"_s, QJsonArray::fromStringList(flags)}, {u"blocked"_s, blocked}},
                       operationId);
}

qint64 tst_ServerCustomers::newCustomer(const QString &lastName)
{
    const HttpReply made = m_supervisor->post(u"/v1/customers"_s,
                                              {{u"firstName"_s, u"Test"_s},
                                               {u"lastName"_s, lastName}});
    return made.status == 201 ? made.json[u"customer"][u"id"].toInteger() : 0;
}

qint64 tst_ServerCustomers::lastSequence()
{
    return m_counter->get(u"/v1/changes?since=0&limit=5000"_s).json[u"last"].toInteger();
}

bool tst_ServerCustomers::lease(const QList<qint64> &seats)
{
    QJsonArray ids;
    for (qint64 s : seats)
        ids.append(s);
    return m_supervisor
               ->post(u"/v1/leases"_s,
                      {{u"performance"_s, 3}, {u"terminal"_s, 1}, {u"seats"_s, ids}})
               .status
           == 201;
}

QJsonObject tst_ServerCustomers::offlineSale(const QString &receipt,
                                             qint64 seat,
                                             qint64 customer,
                                             const QString &approvedBy)
{
    QJsonObject sale{{u"performance"_s, 3},
                     {u"receipt"_s, receipt},
                     {u"createdAt"_s, u"2026-11-29T18:00:00.000Z"_s},
                     {u"customer"_s, customer ? QJsonValue(customer) : QJsonValue()},
                     {u"lines"_s,
                      QJsonArray{QJsonObject{{u"seat"_s, seat},
                                             {u"category"_s, 1},
                                             {u"priceType"_s, 1},
                                             {u"price"_s, 45000},
                                             {u"label"_s, u"Stalls"_s},
                                             {u"barcode"_s, u"BLOCKED-"_s + receipt}}}},
                     {u"payment"_s, QJsonObject{{u"method"_s, u"cash"_s}, {u"amount"_s, 45000}}}};
    if (!approvedBy.isEmpty())
        sale.insert(u"approvedBy"_s, approvedBy);
    return sale;
}

void tst_ServerCustomers::flagsRouteChecksRolesAndInput()
{
    const qint64 id = newCustomer(u"Flagged"_s);
    QVERIFY(id > 0);
    const HttpReply fresh = m_counter->get(u"/v1/customers?q=flagged"_s);
    QCOMPARE(fresh.json[u"customers"][0][u"blocked"].toBool(true), false);
    QCOMPARE(fresh.json[u"customers"][0][u"flags"].toArray().size(), 0);

    // A counter sets a flag and blocks the customer; the answer is the customer as stored.
    const HttpReply vip = setFlags(*m_counter, id, {u"vip"_s}, false);
    QCOMPARE(vip.status, 200);
    QCOMPARE(vip.json[u"customer"][u"flags"].toArray(), QJsonArray{u"vip"_s});
    const QString op = newOperationId();
    const HttpReply blocked = setFlags(*m_counter, id, {u"vip"_s, u"blocked"_s}, true, op);
    QCOMPARE(blocked.status, 200);
    QCOMPARE(blocked.json[u"customer"][u"blocked"].toBool(), true);
    QCOMPARE(blocked.json[u"customer"][u"flags"].toArray(), (QJsonArray{u"blocked"_s, u"vip"_s}));
    QCOMPARE(m_pg.sql(u"SELECT blocked FROM customers WHERE id = %1"_s.arg(id)), u"t"_s);
    // The same operation again is answered from the store.
    const HttpReply again = setFlags(*m_counter, id, {u"vip"_s, u"blocked"_s}, true, op);
    QVERIFY(again.replayed);
    QCOMPARE(again.json, blocked.json);

    // Lifting the block is a supervisor's decision: the counter is refused, nothing changes.
    const HttpReply lift = setFlags(*m_counter, id, {u"vip"_s}, false);
    QCOMPARE(lift.status, 403);
    QCOMPARE(lift.errorCode(), u"forbidden"_s);
    QCOMPARE(m_pg.sql(u"SELECT blocked FROM customers WHERE id = %1"_s.arg(id)), u"t"_s);
    // The counter may still change the other flags of a blocked customer.
    QCOMPARE(setFlags(*m_counter, id, {u"blocked"_s}, true).status, 200);

    // An outlet never touches another channel's customers, and blocks nobody.
    TestClient outlet(m_server.url());
    QVERIFY(outlet.login(u"outlet"_s, demoPassword(), 3));
    QCOMPARE(setFlags(outlet, id, {}, false).status, 404);
    QCOMPARE(setFlags(outlet, id, {u"vip"_s}, true).status, 404);
    const HttpReply own = outlet.post(u"/v1/customers"_s,
                                      {{u"firstName"_s, u"Outlet"_s}, {u"lastName"_s, u"Own"_s}});
    QCOMPARE(own.status, 201);
    const qint64 ownId = own.json[u"customer"][u"id"].toInteger();
    QCOMPARE(setFlags(outlet, ownId, {u"wheelchair"_s}, false).status, 200);
    const HttpReply outletBlocks = setFlags(outlet, ownId, {u"blocked"_s}, true);
    QCOMPARE(outletBlocks.status, 403);
    QCOMPARE(m_pg.sql(u"SELECT blocked FROM customers WHERE id = %1"_s.arg(ownId)), u"f"_s);

    // A phone agent may block; a supervisor lifts the block.
    TestClient phone(m_server.url());
    QVERIFY(phone.login(u"phone"_s, demoPassword(), 2));
    QCOMPARE(setFlags(phone, ownId, {u"blocked"_s}, true).status, 200);
    QCOMPARE(setFlags(phone, ownId, {}, false).status, 403);
    const HttpReply lifted = setFlags(*m_supervisor, id, {u"vip"_s}, false);
    QCOMPARE(lifted.status, 200);
    QCOMPARE(lifted.json[u"customer"][u"blocked"].toBool(true), false);
    QCOMPARE(m_pg.sql(u"SELECT blocked FROM customers WHERE id = %1"_s.arg(id)), u"f"_s);
    // Who changed what is kept: the counter's three changes and the supervisor's.
    QCOMPARE(m_pg.sql(u"SELECT string_agg(u.login || ':' || c.blocked, ',' ORDER BY c.id)"
                      " FROM customer_flag_changes c JOIN users u ON u.id = c.user_id"
                      " WHERE c.customer_id = %1"_s.arg(id)),
             u"counter:false,counter:true,counter:true,supervisor:false"_s);

    // Malformed requests change nothing.
    QCOMPARE(setFlags(*m_counter, id, {u"VIP"_s}, false).status, 400);
    QCOMPARE(setFlags(*m_counter, id, {u"vip"_s, u"vip"_s}, false).status, 400);
    QCOMPARE(m_counter->post(u"/v1/customers/%1/flags"_s.arg(id), {{u"flags"_s, QJsonArray{}}})
                 .status,
             400);
    QCOMPARE(m_counter
                 ->request("POST",
                           u"/v1/customers/%1/flags"_s.arg(id),
                           R"({"flags": [], "blocked": true})")
                 .status,
             400); // no Operation-Id
    QCOMPARE(setFlags(*m_counter, 999999, {}, true).status, 404);
    QCOMPARE(m_counter->get(u"/v1/customers/%1/flags"_s.arg(id)).status, 405);
    QCOMPARE(m_pg.sql(u"SELECT blocked FROM customers WHERE id = %1"_s.arg(id)), u"f"_s);
}

void tst_ServerCustomers::feedAndSearchCarryTheFlags()
{
    const qint64 id = newCustomer(u"Fed"_s);
    QVERIFY(id > 0);
    const qint64 before = lastSequence();
    QCOMPARE(setFlags(*m_supervisor, id, {u"hearing"_s, u"blocked"_s}, true).status, 200);
    // Nothing changes, nothing is fed.
    QCOMPARE(setFlags(*m_supervisor, id, {u"blocked"_s, u"hearing"_s}, true).status, 200);
    const HttpReply page = m_counter->get(u"/v1/changes?since=%1"_s.arg(before));
    const QJsonArray changes = page.json[u"changes"].toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject change = changes.first().toObject();
    QCOMPARE(change[u"kind"].toString(), u"customer"_s);
    QCOMPARE(change[u"id"].toInteger(), id);
    QCOMPARE(change[u"data"][u"id"].toInteger(), id);
    QCOMPARE(change[u"data"][u"blocked"].toBool(), true);
    QCOMPARE(change[u"data"][u"flags"].toArray(), (QJsonArray{u"blocked"_s, u"hearing"_s}));
    const HttpReply found = m_counter->get(u"/v1/customers?q=fed"_s);
    QCOMPARE(found.json[u"customers"][0][u"blocked"].toBool(), true);
    QCOMPARE(found.json[u"customers"][0][u"flags"], change[u"data"][u"flags"]);
}

void tst_ServerCustomers::confirmRefusesABlockedCustomerWithoutApproval()
{
    const qint64 id = newCustomer(u"Refused"_s);
    QVERIFY(id > 0);
    QCOMPARE(setFlags(*m_supervisor, id, {u"blocked"_s}, true).status, 200);
    const auto confirm = [&](qint64 seat, const QJsonObject &extra, const QString &op = {}) {
        const HttpReply hold = m_counter->post(u"/v1/holds"_s, holdBody(1, {seat}));
        if (hold.status != 201)
            return hold;
        QJsonObject body = confirmBody(hold.json[u"hold"][u"id"].toString(), {seat}, 45000);
        body[u"customer"_s] = id;
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            if (it.value().isNull())
                body.remove(it.key());
            else
                body[it.key()] = it.value();
        }
        return m_counter->post(u"/v1/orders"_s, body, op);
    };

    // No approval: refused with the customer as the server has it, and stored.
    const QString op = newOperationId();
    const HttpReply refused = confirm(42, {}, op);
    QVERIFY2(refused.status == 409, refused.body.constData());
    QCOMPARE(refused.errorCode(), u"customer_blocked"_s);
    QCOMPARE(refused.json[u"error"][u"details"][u"customer"][u"id"].toInteger(), id);
    QCOMPARE(refused.json[u"error"][u"details"][u"customer"][u"blocked"].toBool(), true);
    QVERIFY2(refused.json[u"error"][u"message"].toString().contains(u"Test Refused"),
             qPrintable(refused.json[u"error"][u"message"].toString()));
    QCOMPARE(m_pg.sql(u"SELECT status FROM operations WHERE op_id = '%1'"_s.arg(op)), u"409"_s);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM orders WHERE customer_id = %1"_s.arg(id)), u"0"_s);
    // A reservation is refused the same way.
    const HttpReply reservation = confirm(
        44,
        {{u"payment"_s, QJsonValue()},
         {u"reserveUntil"_s, QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}});
    QCOMPARE(reservation.errorCode(), u"customer_blocked"_s);
    // A wrong approval is a 403; a supervisor's own password lets the sale through.
    const HttpReply wrong = confirm(46,
                                    {{u"supervisor"_s,
                                      QJsonObject{{u"login"_s, u"supervisor"_s},
                                                  {u"password"_s, u"wrong"_s}}}});
    QCOMPARE(wrong.status, 403);
    const HttpReply approved = confirm(48,
                                       {{u"supervisor"_s,
                                         QJsonObject{{u"login"_s, u"supervisor"_s},
                                                     {u"password"_s, demoPassword()}}}});
    QCOMPARE(approved.status, 201);
    QCOMPARE(approved.json[u"order"][u"customerId"].toInteger(), id);
    QCOMPARE(m_pg.sql(u"SELECT detail FROM order_history WHERE order_id = %1"_s.arg(
                 approved.json[u"order"][u"id"].toInteger())),
             u"blocked customer approved by supervisor supervisor"_s);
    // Once the block is lifted the counter sells without anybody's approval.
    QCOMPARE(setFlags(*m_supervisor, id, {}, false).status, 200);
    QCOMPARE(confirm(54, {}).status, 201);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM orders WHERE customer_id = %1"_s.arg(id)), u"2"_s);
}

void tst_ServerCustomers::offlineSaleOfABlockedCustomerIsRefused()
{
    const qint64 id = newCustomer(u"Offline"_s);
    QVERIFY(id > 0);
    QVERIFY(lease({100, 101, 102, 103}));
    // Blocked on the server after the terminal went offline and sold.
    QCOMPARE(setFlags(*m_supervisor, id, {u"blocked"_s}, true).status, 200);
    const QString op = newOperationId();
    const HttpReply refused = m_counter->post(u"/v1/offline-orders"_s,
                                              offlineSale(u"T1-K1"_s, 100, id),
                                              op);
    QVERIFY2(refused.status == 409, refused.body.constData());
    QCOMPARE(refused.errorCode(), u"customer_blocked"_s);
    QCOMPARE(m_counter->post(u"/v1/offline-orders"_s, offlineSale(u"T1-K1"_s, 100, id), op).replayed,
             true);
    // approvedBy must name a supervisor the server knows.
    const HttpReply notSupervisor = m_counter->post(u"/v1/offline-orders"_s,
                                                    offlineSale(u"T1-K2"_s, 101, id, u"counter"_s));
    QCOMPARE(notSupervisor.errorCode(), u"customer_blocked"_s);
    const HttpReply approved = m_counter->post(u"/v1/offline-orders"_s,
                                               offlineSale(u"T1-K3"_s, 102, id, u"supervisor"_s));
    QCOMPARE(approved.status, 201);
    // The refused sales left the lease as it was.
    QCOMPARE(m_pg.sql(u"SELECT string_agg(seat_id::text, ',' ORDER BY seat_id) FROM lease_seats"
                      " WHERE performance_id = 3 AND terminal_id = 1"_s),
             u"100,101,103"_s);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM orders WHERE customer_id = %1"_s.arg(id)), u"1"_s);
}

void tst_ServerCustomers::batchAnswersBlockedCustomersAsOneAtATime()
{
    const qint64 blocked = newCustomer(u"Batched"_s);
    const qint64 free = newCustomer(u"Unbatched"_s);
    QVERIFY(blocked > 0 && free > 0);
    QVERIFY(lease({120, 121, 122, 123, 124}));
    QCOMPARE(setFlags(*m_supervisor, blocked, {u"blocked"_s}, true).status, 200);
    // A run of offline sales goes through the pipeline; the blocked customer's sales must get
    // the answers a sale sent alone gets.
    const QList<QJsonObject> sales{offlineSale(u"T1-Q1"_s, 120, free),
                                   offlineSale(u"T1-Q2"_s, 121, blocked),
                                   offlineSale(u"T1-Q3"_s, 122, blocked, u"supervisor"_s),
                                   offlineSale(u"T1-Q4"_s, 123, 0),
                                   offlineSale(u"T1-Q5"_s, 124, blocked, u"phone"_s)};
    QJsonArray operations;
    for (const QJsonObject &sale : sales)
        operations.append(QJsonObject{{u"id"_s, newOperationId()},
                                      {u"method"_s, u"POST"_s},
                                      {u"path"_s, u"/v1/offline-orders"_s},
                                      {u"body"_s, sale}});
    const HttpReply reply = m_counter->request(
        "POST", u"/v1/batch"_s, QJsonDocument(QJsonObject{{u"operations"_s, operations}}).toJson());
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json[u"results"].toArray();
    QCOMPARE(results.size(), 5);
    const int expected[] = {201, 409, 201, 201, 409};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(results[i][u"status"].toInt(), expected[i]);
    QCOMPARE(results[1][u"body"][u"error"][u"code"].toString(), u"customer_blocked"_s);
    QCOMPARE(results[4][u"body"][u"error"][u"code"].toString(), u"customer_blocked"_s);
    QCOMPARE(results[2][u"body"][u"order"][u"customerId"].toInteger(), blocked);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM orders WHERE receipt LIKE 'T1-Q%'"_s), u"3"_s);
    QCOMPARE(m_pg.sql(u"SELECT string_agg(seat_id::text, ',' ORDER BY seat_id) FROM lease_seats"
                      " WHERE performance_id = 3 AND terminal_id = 1 AND seat_id >= 120"_s),
             u"121,124"_s);
    // The refusals are stored: the batch again answers every operation from the store.
    const HttpReply again = m_counter->request(
        "POST", u"/v1/batch"_s, QJsonDocument(QJsonObject{{u"operations"_s, operations}}).toJson());
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(again.json[u"results"][i][u"status"].toInt(), expected[i]);
        QVERIFY(again.json[u"results"][i][u"replayed"].toBool());
    }
}

QTEST_GUILESS_MAIN(tst_ServerCustomers)
#include "tst_servercustomers.moc"
