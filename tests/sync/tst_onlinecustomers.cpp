// SPDX-License-Identifier: GPL-3.0-or-later
// A customer's flags in connected mode, end to end: a private PostgreSQL cluster and the real
// parkett-server on loopback (tests/support), a fresh SQLite cache per test. Flags set here
// reach the server and come back into the cache from its answer; flags set at another
// terminal come through the change feed; a refusal changes nothing.
#include "sync/onlinecustomers.h"

#include "storage/customerservice.h"
#include "storage/database.h"
#include "sync/serverclient.h"
#include "sync/serverflags.h"
#include "sync/synccache.h"
#include "tests/support/serverfixture.h"
#include "tests/support/syncedterminal.h"

#include <QJsonArray>
#include <QTest>

using namespace parkett;
using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_OnlineCustomers final : public DemoServerTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void serverFlagsMapToThisStoresDefinitions();
    void flagsGoToTheServerAndComeBack();
    void liftingABlockIsASupervisorsDecision();
    void otherTerminalsFlagsComeThroughTheFeed();

private:
    /** Signs in as \a login at terminal 1 and makes m_customers for it. */
    bool signIn(const QString &login);
    qint64 flagId(const QString &code);
    QStringList cachedCodes(CustomerId customer);
    /** A customer made on the server, arrived in the cache through the feed. */
    CustomerId serverCustomer(const QString &lastName);
    QJsonObject onServer(CustomerId customer);
    Result<void> change(CustomerId customer, const QString &code, bool set);

    std::unique_ptr<SyncedTerminal> m_terminal;
    std::unique_ptr<OnlineCustomers> m_customers;
};

void tst_OnlineCustomers::init()
{
    m_terminal = std::make_unique<SyncedTerminal>();
    QVERIFY(m_terminal->db);
    QVERIFY(signIn(u"counter"_s));
}

void tst_OnlineCustomers::cleanup()
{
    m_customers.reset();
    m_terminal.reset();
}

bool tst_OnlineCustomers::signIn(const QString &login)
{
    m_customers.reset();
    if (!m_terminal->signIn(m_server.url(), login, 1))
        return false;
    m_customers = std::make_unique<OnlineCustomers>(*m_terminal->db,
                                                    m_terminal->server,
                                                    *m_terminal->cache);
    return true;
}

qint64 tst_OnlineCustomers::flagId(const QString &code)
{
    auto v = m_terminal->db->scalar(u"SELECT id FROM customer_flag_definitions WHERE code = ?"_s,
                                    {code});
    return v ? v->toLongLong() : 0;
}

QStringList tst_OnlineCustomers::cachedCodes(CustomerId customer)
{
    QStringList out;
    if (auto flags = CustomerService(*m_terminal->db).flags(customer)) {
        for (const FlagDefinition &f : *flags)
            out.append(f.code);
    }
    out.sort();
    return out;
}

CustomerId tst_OnlineCustomers::serverCustomer(const QString &lastName)
{
    const HttpReply made = m_supervisor->post(u"/v1/customers"_s,
                                              {{u"firstName"_s, u"Test"_s},
                                               {u"lastName"_s, lastName}});
    if (made.status != 201)
        return {};
    const qint64 id = made.json.value(u"customer"_s).toObject().value(u"id"_s).toInteger();
    if (!QTest::qWaitFor(
            [&] {
                auto n = m_terminal->db->scalar(u"SELECT count(*) FROM customers WHERE id = ?"_s,
                                                {id});
                return n && n->toInt() == 1;
            },
            30000))
        return {};
    return CustomerId(id);
}

QJsonObject tst_OnlineCustomers::onServer(CustomerId customer)
{
    const HttpReply found = m_supervisor->get(u"/v1/customers?limit=200"_s);
    for (const QJsonValue &c : found.json.value(u"customers"_s).toArray()) {
        if (c.toObject().value(u"id"_s).toInteger() == customer.value)
            return c.toObject();
    }
    return {};
}

Result<void> tst_OnlineCustomers::change(CustomerId customer, const QString &code, bool set)
{
    std::optional<Result<void>> out;
    m_customers->changeFlag(customer, flagId(code), set, this, [&out](Result<void> r) {
        out = std::move(r);
    });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return makeError(ErrorCode::StorageFailure, u"no answer"_s);
    return *out;
}

void tst_OnlineCustomers::serverFlagsMapToThisStoresDefinitions()
{
    auto definitions = CustomerService(*m_terminal->db).flagDefinitions();
    QVERIFY(definitions);
    const qint64 vip = flagId(u"vip"_s);
    const qint64 blocked = flagId(u"blocked"_s);
    const ServerFlags local = ServerFlags::fromLocal({vip, blocked}, *definitions);
    QCOMPARE(local.codes, (QStringList{u"vip"_s, u"blocked"_s}));
    QVERIFY(local.blocked);
    QVERIFY(!ServerFlags::fromLocal({vip}, *definitions).blocked);
    // Codes this store does not define are left out; the server's block decides.
    QCOMPARE((ServerFlags{{u"vip"_s, u"unknown"_s}, false}.toLocal(*definitions)),
             QList<qint64>{vip});
    QCOMPARE((ServerFlags{{u"vip"_s}, true}.toLocal(*definitions)), (QList<qint64>{vip, blocked}));
    QCOMPARE((ServerFlags{{u"blocked"_s}, false}.toLocal(*definitions)), QList<qint64>{});
}

void tst_OnlineCustomers::flagsGoToTheServerAndComeBack()
{
    const CustomerId customer = serverCustomer(u"Flags"_s);
    QVERIFY(customer.isValid());
    auto vip = change(customer, u"vip"_s, true);
    QVERIFY2(vip, vip ? "" : qPrintable(vip.error().message));
    QCOMPARE(onServer(customer).value(u"flags"_s).toArray(), QJsonArray{u"vip"_s});
    QCOMPARE(onServer(customer).value(u"blocked"_s).toBool(true), false);
    QCOMPARE(cachedCodes(customer), QStringList{u"vip"_s});

    // Blocking from sale: the server keeps the block, so its own sale checks see it.
    auto blocked = change(customer, u"blocked"_s, true);
    QVERIFY2(blocked, blocked ? "" : qPrintable(blocked.error().message));
    QCOMPARE(onServer(customer).value(u"blocked"_s).toBool(), true);
    QCOMPARE(onServer(customer).value(u"flags"_s).toArray(), (QJsonArray{u"blocked"_s, u"vip"_s}));
    QCOMPARE(cachedCodes(customer), (QStringList{u"blocked"_s, u"vip"_s}));
    // The cache's history says what changed.
    auto history = CustomerService(*m_terminal->db).history(customer);
    QVERIFY(history);
    QVERIFY(std::any_of(history->cbegin(), history->cend(), [](const CustomerHistoryEntry &e) {
        return e.action == u"flag-added" && e.field == u"blocked";
    }));

    // Offline (no server at that address) nothing is written, and the error says so.
    const QUrl url = m_terminal->server.baseUrl();
    m_customers->setRetries(0);
    m_terminal->server.setBaseUrl(QUrl(u"http://127.0.0.1:1"_s));
    auto unreachable = change(customer, u"hearing"_s, true);
    QVERIFY(!unreachable);
    QCOMPARE(cachedCodes(customer), (QStringList{u"blocked"_s, u"vip"_s}));
    m_terminal->server.setBaseUrl(url);
    QCOMPARE(onServer(customer).value(u"flags"_s).toArray(), (QJsonArray{u"blocked"_s, u"vip"_s}));
}

void tst_OnlineCustomers::liftingABlockIsASupervisorsDecision()
{
    const CustomerId customer = serverCustomer(u"Lifted"_s);
    QVERIFY(customer.isValid());
    QVERIFY(change(customer, u"blocked"_s, true));
    // The counter may not lift it: refused by the server, the cache keeps the block.
    auto lifted = change(customer, u"blocked"_s, false);
    QVERIFY(!lifted);
    QCOMPARE(lifted.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(lifted.error().message.contains(u"supervisor"), qPrintable(lifted.error().message));
    QCOMPARE(cachedCodes(customer), QStringList{u"blocked"_s});
    QCOMPARE(onServer(customer).value(u"blocked"_s).toBool(), true);

    // Signed in as the supervisor at the same terminal, it goes through.
    QVERIFY(signIn(u"supervisor"_s));
    auto bySupervisor = change(customer, u"blocked"_s, false);
    QVERIFY2(bySupervisor, bySupervisor ? "" : qPrintable(bySupervisor.error().message));
    QCOMPARE(cachedCodes(customer), QStringList{});
    QCOMPARE(onServer(customer).value(u"blocked"_s).toBool(true), false);
}

void tst_OnlineCustomers::otherTerminalsFlagsComeThroughTheFeed()
{
    const CustomerId customer = serverCustomer(u"Fed"_s);
    QVERIFY(customer.isValid());
    // Another terminal (the supervisor's) blocks the customer and marks a wheelchair user.
    QCOMPARE(m_supervisor
                 ->post(u"/v1/customers/%1/flags"_s.arg(customer.value),
                        {{u"flags"_s, QJsonArray{u"blocked"_s, u"wheelchair"_s}},
                         {u"blocked"_s, true}})
                 .status,
             200);
    QVERIFY(QTest::qWaitFor([&] { return cachedCodes(customer).size() == 2; }, 30000));
    QCOMPARE(cachedCodes(customer), (QStringList{u"blocked"_s, u"wheelchair"_s}));
    // Core's rule here now refuses a sale without approval, as the server does.
    QVERIFY(!CustomerService(*m_terminal->db).checkSaleAllowed(customer));
    // The block lifted there is lifted here.
    QCOMPARE(m_supervisor
                 ->post(u"/v1/customers/%1/flags"_s.arg(customer.value),
                        {{u"flags"_s, QJsonArray{u"wheelchair"_s}}, {u"blocked"_s, false}})
                 .status,
             200);
    QVERIFY(QTest::qWaitFor([&] { return cachedCodes(customer).size() == 1; }, 30000));
    QCOMPARE(cachedCodes(customer), QStringList{u"wheelchair"_s});
    QVERIFY(CustomerService(*m_terminal->db).checkSaleAllowed(customer));
}

QTEST_GUILESS_MAIN(tst_OnlineCustomers)
#include "tst_onlinecustomers.moc"
