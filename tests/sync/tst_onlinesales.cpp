// SPDX-License-Identifier: GPL-3.0-or-later
// Selling online against a scripted server: a customer blocked from sale is refused before
// anything is sent, and a supervisor's approval goes with the order for the server to check.
#include "sync/onlinesales.h"

#include "core/seatplan.h"
#include "fakeserver.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"

#include <optional>

#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_OnlineSales final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void blockedCustomerIsRefusedBeforeAnythingIsSent();
    void approvalGoesWithTheOrder();
    void customerWhoIsNotBlockedNeedsNobody();

private:
    Basket basket(const QString &customerNumber) const;
    Result<Order> sell(const Basket &basket, const SupervisorApproval &approval = {});
    /** The bodies of the requests the server got, by route. */
    QList<QJsonObject> bodies(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ServerClient> m_client;
    std::unique_ptr<SyncCache> m_cache;
    std::unique_ptr<OnlineSales> m_sales;
    SeatPlan m_plan;
    QList<PriceType> m_types;
    PriceList m_prices;
    const PerformanceId m_performance = PerformanceId(4);
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
};

void tst_OnlineSales::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(seedDemo(*m_db, m_now));
    CatalogRepository catalog(*m_db);
    m_plan = *catalog.plan(catalog.performance(m_performance)->plan);
    m_types = *catalog.priceTypes();
    m_prices = *catalog.priceList(m_performance);
    // C-000007 is blocked from sale in this store.
    QVERIFY(m_db->exec(u"INSERT INTO customer_flags (customer_id, flag_id, added_at)"
                       " SELECT c.id, d.id, '2026-11-22T12:00:00.000Z' FROM customers c,"
                       " customer_flag_definitions d WHERE c.number = 'C-000007'"
                       " AND d.kind = 'blocked-sale'"_s));

    // The server holds anything and refuses every order: what matters here is what is sent.
    m_server = std::make_unique<FakeServer>();
    m_server->setHandler([](const FakeServer::Request &r) {
        if (r.path == u"/v1/holds"_s)
            return FakeServer::Response::json(201, {{u"hold"_s, QJsonObject{{u"id"_s, u"h1"_s}}}});
        if (r.path == u"/v1/orders"_s)
            return FakeServer::Response::error(403, u"permission_denied"_s, u"checked here"_s);
        return FakeServer::Response::json(200, {});
    });
    m_client = std::make_unique<ServerClient>();
    m_client->setBaseUrl(m_server->url());
    m_client->setToken(u"tok"_s);
    m_cache = std::make_unique<SyncCache>(*m_db, 2);
    m_sales = std::make_unique<OnlineSales>(*m_db, *m_client, *m_cache);
    m_sales->setRetries(0);
}

void tst_OnlineSales::cleanup()
{
    m_sales.reset();
    m_cache.reset();
    m_client.reset();
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

Basket tst_OnlineSales::basket(const QString &customerNumber) const
{
    Basket b(m_performance, &m_plan, m_prices, m_types);
    if (!b.setStandingQuantity(m_plan.zones().first().id, 2))
        qWarning("cannot put standing places in the basket");
    b.setCustomer(
        CustomerId(m_db->scalar(u"SELECT id FROM customers WHERE number = ?"_s, {customerNumber})
                       ->toLongLong()));
    return b;
}

Result<Order> tst_OnlineSales::sell(const Basket &basket, const SupervisorApproval &approval)
{
    std::optional<Result<Order>> out;
    m_sales->sell(
        basket, PaymentMethod::Cash, this, [&out](Result<Order> r) { out = std::move(r); }, approval);
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return makeError(ErrorCode::StorageFailure, u"no answer"_s);
    return *out;
}

QList<QJsonObject> tst_OnlineSales::bodies(const QString &path) const
{
    QList<QJsonObject> out;
    for (const FakeServer::Request &r : m_server->requests()) {
        if (r.path == path)
            out.append(r.json());
    }
    return out;
}

void tst_OnlineSales::blockedCustomerIsRefusedBeforeAnythingIsSent()
{
    const int orders = m_db->scalar(u"SELECT count(*) FROM orders"_s)->toInt();
    const auto refused = sell(basket(u"C-000007"_s));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::IllegalTransition);
    QCOMPARE(refused.error().message,
             u"the customer is blocked from sale (Blocked from sale); a supervisor can override"_s);
    // Not even a hold went out, and nothing was written here.
    QCoreApplication::processEvents();
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM orders"_s)->toInt(), orders);
}

void tst_OnlineSales::approvalGoesWithTheOrder()
{
    const auto answer = sell(basket(u"C-000007"_s),
                             SupervisorApproval{u"supervisor"_s, u"parkett-demo"_s});
    // The fake server refuses the order; the client got as far as sending it.
    QVERIFY(!answer);
    QCOMPARE(bodies(u"/v1/holds"_s).size(), 1);
    const QList<QJsonObject> confirmed = bodies(u"/v1/orders"_s);
    QCOMPARE(confirmed.size(), 1);
    const QJsonObject supervisor = confirmed.first().value(u"supervisor"_s).toObject();
    QCOMPARE(supervisor.value(u"login"_s).toString(), u"supervisor"_s);
    QCOMPARE(supervisor.value(u"password"_s).toString(), u"parkett-demo"_s);
    QVERIFY(!bodies(u"/v1/holds"_s).first().contains(u"supervisor"_s));
}

void tst_OnlineSales::customerWhoIsNotBlockedNeedsNobody()
{
    const auto answer = sell(basket(u"C-000008"_s));
    QVERIFY(!answer); // refused by the fake server, after both requests
    const QList<QJsonObject> confirmed = bodies(u"/v1/orders"_s);
    QCOMPARE(confirmed.size(), 1);
    QVERIFY(!confirmed.first().contains(u"supervisor"_s));
    QCOMPARE(confirmed.first().value(u"customer"_s).toInteger(),
             m_db->scalar(u"SELECT id FROM customers WHERE number = 'C-000008'"_s)->toLongLong());
}

QTEST_GUILESS_MAIN(tst_OnlineSales)
#include "tst_onlinesales.moc"
