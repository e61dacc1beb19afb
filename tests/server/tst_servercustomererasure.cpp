// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymising and merging customers on the server end to end (a real PostgreSQL cluster and
// the real server process on loopback): POST /v1/customers/{id}/anonymise and
// POST /v1/customers/{id}/merge with their operation ids, roles, channel rules, audit rows
// and change feed entries.

#include "tests/support/serverfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_ServerCustomerErasure final : public DemoServerTest
{
    Q_OBJECT

private Q_SLOTS:
    void anonymiseBlanksPersonalDataAndKeepsOrders();
    void counterMayNotAnonymiseOrMerge();
    void mergeMovesOrdersAndRetiresTheDuplicate();
    void mergeChecksItsInput();
    void outletNeverTouchesAnotherChannel();

private:
    HttpReply anonymise(TestClient &client, qint64 customer, const QString &operationId = {});
    HttpReply merge(TestClient &client,
                    qint64 customer,
                    qint64 into,
                    const QString &operationId = {});
    qint64 newCustomer(TestClient &client, const QString &lastName);
    /** Reserves seat \a seat of performance 1 for \a customer; the order's id. */
    qint64 sellTo(qint64 customer, qint64 seat);
    qint64 lastSequence();
    QList<QJsonObject> changesOf(qint64 since, const QString &kind, qint64 id);
};

HttpReply tst_ServerCustomerErasure::anonymise(TestClient &client,
                                               qint64 customer,
                                               const QString &operationId)
{
    return client.request("POST",
                          u"/v1/customers/%1/anonymise"_s.arg(customer),
                          "{}",
                          operationId.isEmpty() ? newOperationId() : operationId);
}

HttpReply tst_ServerCustomerErasure::merge(TestClient &client,
                                           qint64 customer,
                                           qint64 into,
                                           const QString &operationId)
{
    return client.post(u"/v1/customers/%1/merge"_s.arg(customer),
                       {{u"into"_s, into}},
                       operationId.isEmpty() ? newOperationId() : operationId);
}

qint64 tst_ServerCustomerErasure::newCustomer(TestClient &client, const QString &lastName)
{
    const HttpReply made = client.post(u"/v1/customers"_s,
                                       {{u"firstName"_s, u"Test"_s},
                                        {u"lastName"_s, lastName},
                                        {u"email"_s, lastName.toLower() + u"@example.org"_s},
                                        {u"phone"_s, u"+4511223344"_s}});
    return made.status == 201 ? made.json[u"customer"][u"id"].toInteger() : 0;
}

qint64 tst_ServerCustomerErasure::sellTo(qint64 customer, qint64 seat)
{
    // A reservation: no price to know, and an order with its total all the same.
    return reserveFor(*m_counter, 1, seat, customer);
}

qint64 tst_ServerCustomerErasure::lastSequence()
{
    return m_counter->get(u"/v1/changes?since=0&limit=5000"_s).json[u"last"].toInteger();
}

QList<QJsonObject> tst_ServerCustomerErasure::changesOf(qint64 since, const QString &kind, qint64 id)
{
    QList<QJsonObject> out;
    const HttpReply page = m_counter->get(u"/v1/changes?since=%1&limit=5000"_s.arg(since));
    for (const QJsonValue &v : page.json[u"changes"].toArray()) {
        const QJsonObject change = v.toObject();
        if (change[u"kind"].toString() == kind && change[u"id"].toInteger() == id)
            out.append(change);
    }
    return out;
}

void tst_ServerCustomerErasure::anonymiseBlanksPersonalDataAndKeepsOrders()
{
    const qint64 id = newCustomer(*m_counter, u"Erased"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_counter
                 ->post(u"/v1/customers/%1/flags"_s.arg(id),
                        {{u"flags"_s, QJsonArray{u"blocked"_s, u"vip"_s}}, {u"blocked"_s, true}})
                 .status,
             200);
    QCOMPARE(m_counter
                 ->request("PUT",
                           u"/v1/customers/%1"_s.arg(id),
                           R"({"firstName":"Test","lastName":"Erased","email":"old@example.org"})",
                           newOperationId())
                 .status,
             200);
    // A blocked customer's sale needs an approval: lift the block for the test's sale.
    QCOMPARE(m_supervisor
                 ->post(u"/v1/customers/%1/flags"_s.arg(id),
                        {{u"flags"_s, QJsonArray{u"vip"_s}}, {u"blocked"_s, false}})
                 .status,
             200);
    const qint64 order = sellTo(id, 61);
    QVERIFY(order > 0);
    const QString number = m_pg.sql(u"SELECT number FROM customers WHERE id = %1"_s.arg(id));
    const qint64 before = lastSequence();

    const QString op = newOperationId();
    const HttpReply done = anonymise(*m_supervisor, id, op);
    QVERIFY2(done.status == 200, done.body.constData());
    QCOMPARE(done.json[u"customer"][u"anonymised"].toBool(), true);
    QCOMPARE(done.json[u"customer"][u"lastName"].toString(u"x"_s), QString());
    QCOMPARE(done.json[u"customer"][u"number"].toString(), number);
    QCOMPARE(m_pg.sql(u"SELECT first_name || '|' || last_name || '|' || email || '|' || phone"
                      " || '|' || (array_length(flags, 1) IS NULL) || '|' || blocked || '|'"
                      " || number || '|' || (anonymised_at IS NOT NULL)"
                      " FROM customers WHERE id = %1"_s.arg(id)),
             u"||||true|false|%1|true"_s.arg(number));
    // The kept contact edits lose their values; the rows stay.
    QCOMPARE(m_pg.sql(u"SELECT count(*) || ':' || string_agg(last_name || email, '')"
                      " FROM customer_contact_changes WHERE customer_id = %1"_s.arg(id)),
             u"1:"_s);
    // The order and its total stay with the customer for accounting.
    QCOMPARE(m_pg.sql(u"SELECT customer_id || ':' || (total > 0) FROM orders WHERE id = %1"_s.arg(
                 order)),
             u"%1:true"_s.arg(id));
    QCOMPARE(m_pg.sql(u"SELECT u.login || ':' || e.action FROM customer_erasures e"
                      " JOIN users u ON u.id = e.user_id WHERE e.customer_id = %1"_s.arg(id)),
             u"supervisor:anonymised"_s);
    // Every other counter learns it from the feed.
    QList<QJsonObject> fed = changesOf(before, u"customer"_s, id);
    QCOMPARE(fed.size(), 1);
    QCOMPARE(fed.first()[u"data"][u"anonymised"].toBool(), true);
    QCOMPARE(fed.first()[u"data"][u"email"].toString(u"x"_s), QString());
    QCOMPARE(fed.first()[u"data"][u"flags"].toArray().size(), 0);
    // A search for the old name finds nothing.
    QCOMPARE(m_counter->get(u"/v1/customers?q=erased"_s).json[u"customers"].toArray().size(), 0);

    // The retry gets the stored answer; anonymising again writes and feeds nothing.
    const HttpReply again = anonymise(*m_supervisor, id, op);
    QCOMPARE(again.status, 200);
    QVERIFY(again.replayed);
    QCOMPARE(again.body, done.body);
    QCOMPARE(anonymise(*m_supervisor, id).status, 200);
    QCOMPARE(changesOf(before, u"customer"_s, id).size(), 1);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM customer_erasures WHERE customer_id = %1"_s.arg(id)),
             u"1"_s);
}

void tst_ServerCustomerErasure::counterMayNotAnonymiseOrMerge()
{
    const qint64 a = newCustomer(*m_counter, u"Kept"_s);
    const qint64 b = newCustomer(*m_counter, u"Twin"_s);
    QVERIFY(a > 0 && b > 0);
    const qint64 before = lastSequence();
    const HttpReply anon = anonymise(*m_counter, a);
    QCOMPARE(anon.status, 403);
    QCOMPARE(anon.errorCode(), u"forbidden"_s);
    const HttpReply merged = merge(*m_counter, b, a);
    QCOMPARE(merged.status, 403);
    QCOMPARE(m_pg.sql(u"SELECT last_name || ':' || email FROM customers WHERE id = %1"_s.arg(a)),
             u"Kept:kept@example.org"_s);
    QCOMPARE(m_pg.sql(u"SELECT merged_into IS NULL FROM customers WHERE id = %1"_s.arg(b)), u"t"_s);
    QVERIFY(changesOf(before, u"customer"_s, a).isEmpty());
    QVERIFY(changesOf(before, u"customer"_s, b).isEmpty());
    // An admin may.
    TestClient admin(m_server.url());
    QVERIFY(admin.login(u"admin"_s, demoPassword(), 1));
    QCOMPARE(anonymise(admin, a).status, 200);
}

void tst_ServerCustomerErasure::mergeMovesOrdersAndRetiresTheDuplicate()
{
    const qint64 keep = newCustomer(*m_counter, u"Survivor"_s);
    const qint64 dup = newCustomer(*m_counter, u"Duplicate"_s);
    QVERIFY(keep > 0 && dup > 0);
    QCOMPARE(m_counter
                 ->post(u"/v1/customers/%1/flags"_s.arg(dup),
                        {{u"flags"_s, QJsonArray{u"wheelchair"_s}}, {u"blocked"_s, false}})
                 .status,
             200);
    const qint64 first = sellTo(dup, 71);
    const qint64 second = sellTo(dup, 72);
    const qint64 own = sellTo(keep, 73);
    QVERIFY(first > 0 && second > 0 && own > 0);
    const qint64 before = lastSequence();

    const QString op = newOperationId();
    const HttpReply done = merge(*m_supervisor, dup, keep, op);
    QVERIFY2(done.status == 200, done.body.constData());
    QCOMPARE(done.json[u"ordersMoved"].toInt(), 2);
    QCOMPARE(done.json[u"customer"][u"id"].toInteger(), keep);
    QCOMPARE(done.json[u"customer"][u"flags"].toArray(), QJsonArray{u"wheelchair"_s});
    QCOMPARE(done.json[u"merged"][u"mergedInto"].toInteger(), keep);
    QCOMPARE(m_pg.sql(u"SELECT string_agg(customer_id::text, ',' ORDER BY id) FROM orders"
                      " WHERE id IN (%1, %2, %3)"_s.arg(first)
                          .arg(second)
                          .arg(own)),
             u"%1,%1,%1"_s.arg(keep));
    QCOMPARE(m_pg.sql(u"SELECT merged_into FROM customers WHERE id = %1"_s.arg(dup)),
             QString::number(keep));
    QCOMPARE(m_pg.sql(u"SELECT u.login || ':' || e.action || ':' || e.into_customer_id || ':'"
                      " || e.orders_moved FROM customer_erasures e JOIN users u"
                      " ON u.id = e.user_id WHERE e.customer_id = %1"_s.arg(dup)),
             u"supervisor:merged:%1:2"_s.arg(keep));
    // The feed moves both orders, then gives the survivor and the retired duplicate.
    for (const qint64 order : {first, second}) {
        const QList<QJsonObject> fed = changesOf(before, u"order"_s, order);
        QCOMPARE(fed.size(), 1);
        QCOMPARE(fed.first()[u"data"][u"customerId"].toInteger(), keep);
    }
    QCOMPARE(changesOf(before, u"order"_s, own).size(), 0);
    QCOMPARE(changesOf(before, u"customer"_s, keep).size(), 1);
    const QList<QJsonObject> retired = changesOf(before, u"customer"_s, dup);
    QCOMPARE(retired.size(), 1);
    QCOMPARE(retired.first()[u"data"][u"mergedInto"].toInteger(), keep);
    QVERIFY(retired.first()[u"seq"].toInteger()
            > changesOf(before, u"order"_s, second).first()[u"seq"].toInteger());
    // The duplicate leaves searches, and a sale to it is refused.
    QCOMPARE(m_counter->get(u"/v1/customers?q=duplicate"_s).json[u"customers"].toArray().size(), 0);
    QCOMPARE(sellTo(dup, 74), qint64(0));

    // The retry gets the stored answer; merging the duplicate again is refused.
    const HttpReply again = merge(*m_supervisor, dup, keep, op);
    QCOMPARE(again.status, 200);
    QVERIFY(again.replayed);
    QCOMPARE(again.body, done.body);
    const HttpReply twice = merge(*m_supervisor, dup, keep);
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), u"illegal_transition"_s);
    QCOMPARE(changesOf(before, u"customer"_s, dup).size(), 1);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM customer_erasures WHERE customer_id = %1"_s.arg(dup)),
             u"1"_s);
}

void tst_ServerCustomerErasure::mergeChecksItsInput()
{
    const qint64 a = newCustomer(*m_counter, u"Alone"_s);
    QVERIFY(a > 0);
    QCOMPARE(merge(*m_supervisor, a, a).status, 400);
    QCOMPARE(m_supervisor->post(u"/v1/customers/%1/merge"_s.arg(a), {}).status, 400);
    QCOMPARE(merge(*m_supervisor, a, 999999).status, 404);
    QCOMPARE(merge(*m_supervisor, 999999, a).status, 404);
    QCOMPARE(anonymise(*m_supervisor, 999999).status, 404);
    QCOMPARE(m_supervisor->request("GET", u"/v1/customers/%1/anonymise"_s.arg(a)).status, 405);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM customer_erasures WHERE customer_id = %1"_s.arg(a)),
             u"0"_s);
}

void tst_ServerCustomerErasure::outletNeverTouchesAnotherChannel()
{
    const qint64 boxOffice = newCustomer(*m_counter, u"Channel One"_s);
    QVERIFY(boxOffice > 0);
    TestClient outlet(m_server.url());
    QVERIFY(outlet.login(u"outlet"_s, demoPassword(), 3));
    const qint64 own = newCustomer(outlet, u"Outlet Own"_s);
    QVERIFY(own > 0);
    QCOMPARE(anonymise(outlet, boxOffice).status, 404);
    QCOMPARE(merge(outlet, own, boxOffice).status, 404);
    // An outlet is no supervisor: even its own channel's customers it may not anonymise.
    QCOMPARE(anonymise(outlet, own).status, 403);
    QCOMPARE(m_pg.sql(u"SELECT last_name FROM customers WHERE id = %1"_s.arg(boxOffice)),
             u"Channel One"_s);
}

QTEST_GUILESS_MAIN(tst_ServerCustomerErasure)
#include "tst_servercustomererasure.moc"
