// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demodata.h"
#include "storage/catalogrepository.h"
#include "storage/orderrepository.h"
#include "storage/salesservice.h"
#include "storage/userpasswords.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_DemoSeeder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsTheWholeVenue();
    void deterministic();
    void refusesNonEmptyDatabase();
    void supervisorHasTheDemoPassword();

private:
    static QString dump(Database &db);
    QTemporaryDir m_dir;
};

QString tst_DemoSeeder::dump(Database &db)
{
    QString out;
    for (const QString &table : {u"venues"_s,
                                 u"seat_plans"_s,
                                 u"performances"_s,
                                 u"prices"_s,
                                 u"customers"_s,
                                 u"orders"_s,
                                 u"tickets"_s,
                                 u"payments"_s,
                                 u"order_history"_s}) {
        auto q = db.exec(
            u"SELECT * FROM %1 ORDER BY id"_s.arg(table).replace(u"prices ORDER BY id"_s,
                                                                 u"prices ORDER BY 1, 2, 3"_s));
        while (q && q->next()) {
            for (int i = 0; i < q->record().count(); ++i)
                out += q->value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

void tst_DemoSeeder::seedsTheWholeVenue()
{
    auto db = seededDatabase(m_dir, u"a.sqlite"_s);
    QVERIFY(db);
    CatalogRepository catalog(*db);
    const auto list = catalog.upcoming(testNow(), testNow());
    QCOMPARE(list->size(), 4);
    for (const PerformanceSummary &s : *list) {
        QVERIFY(s.performance.startsAt > testNow());
        QVERIFY(s.performance.startsAt < testNow().addDays(35));
    }
    QCOMPARE(catalog.priceTypes()->size(), 3);
    QCOMPARE(catalog.priceList(list->first().performance.id)->size(), 9);
    QCOMPARE(db->scalar(u"SELECT count(*) FROM customers"_s)->toInt(), 20);
    const auto orders = OrderRepository(*db).list({});
    QCOMPARE(orders->size(), 6);
    int reserved = 0;
    for (const OrderSummary &o : *orders)
        reserved += o.status == OrderStatus::Reserved;
    QCOMPARE(reserved, 2);
    QVERIFY(db->integrityCheck());
}

void tst_DemoSeeder::deterministic()
{
    auto a = seededDatabase(m_dir, u"det-a.sqlite"_s);
    auto b = seededDatabase(m_dir, u"det-b.sqlite"_s);
    QVERIFY(a && b);
    const QString da = dump(*a);
    QVERIFY(da.size() > 1000);
    QCOMPARE(da, dump(*b));
}

void tst_DemoSeeder::refusesNonEmptyDatabase()
{
    auto db = seededDatabase(m_dir, u"twice.sqlite"_s);
    QVERIFY(db);
    const QString before = dump(*db);
    const auto again = seedDemo(*db, testNow());
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(dump(*db), before);
}

void tst_DemoSeeder::supervisorHasTheDemoPassword()
{
    // The README's demo login: right after seeding, the supervisor approves with
    // "parkett-demo"; nobody has to set a password first.
    auto db = seededDatabase(m_dir, u"password.sqlite"_s);
    QVERIFY(db);
    QCOMPARE(demoPassword(), u"parkett-demo"_s);
    UserPasswords passwords(*db);
    const auto supervisor = passwords.verifySupervisor(u"supervisor"_s, u"parkett-demo"_s);
    QVERIFY2(supervisor, supervisor ? "" : qPrintable(supervisor.error().message));
    QCOMPARE(db->scalar(u"SELECT login FROM users WHERE id = ?"_s, {supervisor->value})->toString(),
             u"supervisor"_s);
    const auto wrong = passwords.verifySupervisor(u"supervisor"_s, u"parkett-dem0"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::PermissionDenied);
    // The counter clerk is no supervisor and gets no password.
    QVERIFY(!passwords.verifySupervisor(u"counter"_s, u"parkett-demo"_s));
    QVERIFY(db->scalar(u"SELECT password_hash FROM users WHERE login = 'counter'"_s)
                ->toString()
                .isEmpty());

    // A demo customer blocked from sale buys with the supervisor's demo login.
    QVERIFY(db->exec(u"INSERT INTO customer_flags (customer_id, flag_id, added_at)"
                     " SELECT c.id, d.id, '2026-11-22T12:00:00.000Z' FROM customers c,"
                     " customer_flag_definitions d WHERE c.number = 'C-000007'"
                     " AND d.kind = 'blocked-sale'"_s));
    CatalogRepository catalog(*db);
    const auto performance = catalog.performance(PerformanceId(4));
    QVERIFY(performance);
    const auto plan = catalog.plan(performance->plan);
    QVERIFY(plan);
    Basket basket(PerformanceId(4),
                  &*plan,
                  *catalog.priceList(PerformanceId(4)),
                  *catalog.priceTypes());
    QVERIFY(basket.setStandingQuantity(plan->zones().first().id, 1));
    basket.setCustomer(CustomerId(
        db->scalar(u"SELECT id FROM customers WHERE number = 'C-000007'"_s)->toLongLong()));
    SalesService sales(*db, SalesService::boxOfficeContext(catalog));
    const auto refused = sales.sell(basket, PaymentMethod::Cash, testNow());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::IllegalTransition);
    const auto sold = sales.sell(basket,
                                 PaymentMethod::Cash,
                                 testNow(),
                                 {},
                                 SupervisorApproval{u"supervisor"_s, u"parkett-demo"_s});
    QVERIFY2(sold, sold ? "" : qPrintable(sold.error().message));
}

QTEST_GUILESS_MAIN(tst_DemoSeeder)
#include "tst_demoseeder.moc"
