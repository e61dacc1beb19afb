// SPDX-License-Identifier: GPL-3.0-or-later
// Editing customers on the server end to end (a real PostgreSQL cluster and the real server
// process on loopback): PUT /v1/customers/{id} with its operation id, checks, channel rules
// and change feed entry; and the clear refusal of a sale, online or replayed offline, to a
// customer the server does not know.

#include "tests/support/serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_ServerCustomerEdits final : public DemoServerTest
{
    Q_OBJECT

private Q_SLOTS:
    void editGoesToTheFeedOnce();
    void editChecksItsInput();
    void outletEditsOnlyItsOwnChannel();
    void saleToAnUnknownCustomerIsRefused();

private:
    HttpReply edit(TestClient &client,
                   qint64 customer,
                   const QJsonObject &body,
                   const QString &operationId = {});
    qint64 newCustomer(TestClient &client, const QString &lastName);
    qint64 lastSequence();
    /** The feed's customer changes of \a customer after \a since. */
    QList<QJsonObject> customerChanges(qint64 since, qint64 customer);
};

HttpReply tst_ServerCustomerEdits::edit(TestClient &client,
                                        qint64 customer,
                                        const QJsonObject &body,
                                        const QString &operationId)
{
    return client.request("PUT",
                          u"/v1/customers/%1"_s.arg(customer),
                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                          operationId.isEmpty() ? newOperationId() : operationId);
}

qint64 tst_ServerCustomerEdits::newCustomer(TestClient &client, const QString &lastName)
{
    const HttpReply made = client.post(u"/v1/customers"_s,
                                       {{u"firstName"_s, u"Test"_s}, {u"lastName"_s, lastName}});
    return made.status == 201 ? made.json[u"customer"][u"id"].toInteger() : 0;
}

qint64 tst_ServerCustomerEdits::lastSequence()
{
    return m_counter->get(u"/v1/changes?since=0&limit=5000"_s).json[u"last"].toInteger();
}

QList<QJsonObject> tst_ServerCustomerEdits::customerChanges(qint64 since, qint64 customer)
{
    QList<QJsonObject> out;
    const HttpReply page = m_counter->get(u"/v1/changes?since=%1&limit=5000"_s.arg(since));
    for (const QJsonValue &v : page.json[u"changes"].toArray()) {
        const QJsonObject change = v.toObject();
        if (change[u"kind"].toString() == u"customer" && change[u"id"].toInteger() == customer)
            out.append(change);
    }
    return out;
}

void tst_ServerCustomerEdits::editGoesToTheFeedOnce()
{
    const qint64 id = newCustomer(*m_counter, u"Before"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_pg.sql(u"SELECT number FROM customers WHERE id = %1"_s.arg(id)).isEmpty(), false);
    const qint64 before = lastSequence();
    const QJsonObject body{{u"firstName"_s, u"Edda"_s},
                           {u"lastName"_s, u"After"_s},
                           {u"email"_s, u"edda@example.org"_s},
                           {u"phone"_s, u"+4512345678"_s}};
    const QString op = newOperationId();
    const HttpReply edited = edit(*m_counter, id, body, op);
    QVERIFY2(edited.status == 200, edited.body.constData());
    QCOMPARE(edited.json[u"customer"][u"id"].toInteger(), id);
    QCOMPARE(edited.json[u"customer"][u"lastName"].toString(), u"After"_s);
    QCOMPARE(edited.json[u"customer"][u"email"].toString(), u"edda@example.org"_s);
    QCOMPARE(m_pg.sql(u"SELECT first_name || '|' || last_name || '|' || email || '|' || phone"
                      " FROM customers WHERE id = %1"_s.arg(id)),
             u"Edda|After|edda@example.org|+4512345678"_s);
    QList<QJsonObject> changes = customerChanges(before, id);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first()[u"data"][u"lastName"].toString(), u"After"_s);
    QCOMPARE(changes.first()[u"data"][u"phone"].toString(), u"+4512345678"_s);

    // The same operation again gets the stored answer and changes nothing, feeds nothing.
    const HttpReply again = edit(*m_counter, id, body, op);
    QCOMPARE(again.status, 200);
    QVERIFY(again.replayed);
    // Saving what is stored already writes and feeds nothing either.
    QCOMPARE(edit(*m_counter, id, body).status, 200);
    QCOMPARE(customerChanges(before, id).size(), 1);
    // The operation id belongs to the route it was used for.
    const HttpReply reused = m_counter->post(u"/v1/customers"_s, body, op);
    QCOMPARE(reused.status, 409);
    QCOMPARE(reused.errorCode(), u"operation_reused"_s);

    // A field left out is emptied (PUT replaces the contact fields).
    const HttpReply cleared = edit(*m_supervisor,
                                   id,
                                   {{u"firstName"_s, u"Edda"_s}, {u"lastName"_s, u"After"_s}});
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.json[u"customer"][u"email"].toString(u"x"_s), QString());
    QCOMPARE(customerChanges(before, id).size(), 2);
    // Who changed what is kept: the counter's edit and the supervisor's, nothing for the
    // retry or the unchanged save.
    QCOMPARE(m_pg.sql(u"SELECT string_agg(u.login || ':' || c.last_name || ':' || c.email, ','"
                      " ORDER BY c.id) FROM customer_contact_changes c"
                      " JOIN users u ON u.id = c.user_id WHERE c.customer_id = %1"_s.arg(id)),
             u"counter:After:edda@example.org,supervisor:After:"_s);
}

void tst_ServerCustomerEdits::editChecksItsInput()
{
    const qint64 id = newCustomer(*m_counter, u"Checked"_s);
    QVERIFY(id > 0);
    const qint64 before = lastSequence();
    const HttpReply noName = edit(*m_counter, id, {{u"email"_s, u"a@example.org"_s}});
    QCOMPARE(noName.status, 400);
    QVERIFY2(noName.json[u"error"][u"message"].toString().contains(u"lastName"),
             noName.body.constData());
    const HttpReply badMail = edit(*m_counter,
                                   id,
                                   {{u"lastName"_s, u"Checked"_s}, {u"email"_s, u"nobody"_s}});
    QCOMPARE(badMail.status, 400);
    const HttpReply wrongType = edit(*m_counter, id, {{u"lastName"_s, 12}});
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(edit(*m_counter, 999999, {{u"lastName"_s, u"Nobody"_s}}).status, 404);
    QCOMPARE(edit(*m_counter, id, {{u"lastName"_s, u"X"_s}}, QString()).status, 200);
    const HttpReply noOperation = m_counter->request("PUT",
                                                     u"/v1/customers/%1"_s.arg(id),
                                                     R"({"lastName":"Y"})");
    QCOMPARE(noOperation.status, 400);
    QCOMPARE(m_counter->request("DELETE", u"/v1/customers/%1"_s.arg(id), {}, newOperationId()).status,
             405);
    QCOMPARE(m_pg.sql(u"SELECT last_name FROM customers WHERE id = %1"_s.arg(id)), u"X"_s);
    QCOMPARE(customerChanges(before, id).size(), 1);
}

void tst_ServerCustomerEdits::outletEditsOnlyItsOwnChannel()
{
    const qint64 boxOffice = newCustomer(*m_counter, u"Box Office"_s);
    QVERIFY(boxOffice > 0);
    TestClient outlet(m_server.url());
    QVERIFY(outlet.login(u"outlet"_s, demoPassword(), 3));
    const qint64 before = lastSequence();
    const HttpReply foreign = edit(outlet, boxOffice, {{u"lastName"_s, u"Taken Over"_s}});
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.errorCode(), u"not_found"_s);
    QCOMPARE(m_pg.sql(u"SELECT last_name FROM customers WHERE id = %1"_s.arg(boxOffice)),
             u"Box Office"_s);
    QCOMPARE(customerChanges(before, boxOffice).size(), 0);
    // Its own channel's customers it edits like any seller.
    const qint64 own = newCustomer(outlet, u"Outlet Own"_s);
    QVERIFY(own > 0);
    const HttpReply mine = edit(outlet, own, {{u"lastName"_s, u"Outlet Edited"_s}});
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json[u"customer"][u"channelId"].toInteger(), 3);
    // The box office may edit the outlet's customer: it sees every channel's.
    QCOMPARE(edit(*m_counter, own, {{u"lastName"_s, u"Box Office Edited"_s}}).status, 200);
    QCOMPARE(m_pg.sql(u"SELECT last_name FROM customers WHERE id = %1"_s.arg(own)),
             u"Box Office Edited"_s);
}

void tst_ServerCustomerEdits::saleToAnUnknownCustomerIsRefused()
{
    const qint64 unknown = 7777777;
    const QString ordersBefore = m_pg.sql(u"SELECT count(*) FROM orders"_s);
    // Online: the hold is fine, the confirm refuses the customer and writes no order.
    const HttpReply hold = m_counter->post(u"/v1/holds"_s, holdBody(1, {42}));
    QVERIFY2(hold.status == 201, hold.body.constData());
    QJsonObject body = confirmBody(hold.json[u"hold"][u"id"].toString(), {42}, 45000);
    body[u"customer"_s] = unknown;
    const HttpReply confirmed = m_counter->post(u"/v1/orders"_s, body);
    QVERIFY2(confirmed.status == 404, confirmed.body.constData());
    QCOMPARE(confirmed.errorCode(), u"not_found"_s);
    QCOMPARE(confirmed.json[u"error"][u"details"][u"customerId"].toInteger(), unknown);
    QVERIFY2(confirmed.json[u"error"][u"message"].toString().contains(u"customer 7777777"),
             confirmed.body.constData());
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM orders"_s), ordersBefore);
    // The hold is kept: the same sale to a known customer goes through.
    body[u"customer"_s] = newCustomer(*m_counter, u"Known"_s);
    QCOMPARE(m_counter->post(u"/v1/orders"_s, body).status, 201);
    const QString ordersAfterSale = m_pg.sql(u"SELECT count(*) FROM orders"_s);
    QVERIFY(ordersAfterSale != ordersBefore);

    // Offline, alone and in a batch: refused, the lease stays the terminal's.
    QCOMPARE(m_supervisor
                 ->post(u"/v1/leases"_s,
                        {{u"performance"_s, 3},
                         {u"terminal"_s, 1},
                         {u"seats"_s, QJsonArray{110, 111}}})
                 .status,
             201);
    const auto sale = [](const QString &receipt, qint64 seat, qint64 customer) {
        return QJsonObject{{u"performance"_s, 3},
                           {u"receipt"_s, receipt},
                           {u"createdAt"_s, u"2026-11-29T18:00:00.000Z"_s},
                           {u"customer"_s, customer},
                           {u"lines"_s,
                            QJsonArray{QJsonObject{{u"seat"_s, seat},
                                                   {u"category"_s, 1},
                                                   {u"priceType"_s, 1},
                                                   {u"price"_s, 45000},
                                                   {u"label"_s, u"Stalls"_s},
                                                   {u"barcode"_s, u"UNKNOWN-"_s + receipt}}}},
                           {u"payment"_s,
                            QJsonObject{{u"method"_s, u"cash"_s}, {u"amount"_s, 45000}}}};
    };
    const HttpReply offline = m_counter->post(u"/v1/offline-orders"_s,
                                              sale(u"T1-U1"_s, 110, unknown));
    QVERIFY2(offline.status == 404, offline.body.constData());
    QCOMPARE(offline.json[u"error"][u"details"][u"customerId"].toInteger(), unknown);
    const HttpReply batch = m_counter->post(
        u"/v1/batch"_s,
        {{u"operations"_s,
          QJsonArray{QJsonObject{{u"id"_s, newOperationId()},
                                 {u"method"_s, u"POST"_s},
                                 {u"path"_s, u"/v1/offline-orders"_s},
                                 {u"body"_s, sale(u"T1-U2"_s, 111, unknown)}}}}});
    QCOMPARE(batch.status, 200);
    QCOMPARE(batch.json[u"results"][0][u"status"].toInt(), 404);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM orders"_s), ordersAfterSale);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM lease_seats WHERE performance_id = 3"
                      " AND terminal_id = 1 AND seat_id IN (110, 111)"_s),
             u"2"_s);
}

QTEST_GUILESS_MAIN(tst_ServerCustomerEdits)
#include "tst_servercustomeredits.moc"
