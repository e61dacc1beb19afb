// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/basket.h"
#include "storage/catalogrepository.h"
#include "storage/orderrepository.h"
#include "storage/salesservice.h"
#include "testdb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_CatalogRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void planRoundTripsThroughTheStore();
    void newVersionMovesPerformancesNotYetStarted();
    void newVersionThatDropsASoldSeatIsRefused();
    void reservationsPastTheirTimeDoNotBlockANewVersion();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SeatPlan m_plan;
    VenueId m_venue;
};

void tst_CatalogRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    CatalogRepository catalog(*m_db);
    const auto first = catalog.performance(PerformanceId(1));
    m_venue = first->venue;
    m_plan = *catalog.plan(first->plan);
}

void tst_CatalogRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_CatalogRepository::planRoundTripsThroughTheStore()
{
    CatalogRepository catalog(*m_db);
    const SeatPlanId id = *catalog.latestPlan(m_venue);
    const auto stored = catalog.plan(id);
    QVERIFY(stored);
    QCOMPARE(stored->toJson(), m_plan.toJson());
    QCOMPARE(stored->id(), id);
    QCOMPARE(catalog.plan(SeatPlanId(999)).error().code, ErrorCode::NotFound);
    QVERIFY(m_db->exec(u"UPDATE seat_plans SET document = '{broken' WHERE id = ?"_s, {id.value}));
    QCOMPARE(catalog.plan(id).error().code, ErrorCode::CorruptDatabase);
}

void tst_CatalogRepository::newVersionMovesPerformancesNotYetStarted()
{
    CatalogRepository catalog(*m_db);
    SeatPlan next = m_plan;
    // A new seat at the end of the balcony's last row is fine.
    Seat extra;
    extra.label = u"31"_s;
    extra.pos = QPointF(1700, 2400);
    extra.category = next.categories().last().id;
    next.addSeat(int(next.rows().size()) - 1, extra);
    // The second performance has started: it keeps its version.
    const QDateTime now = catalog.performance(PerformanceId(2))->startsAt.addSecs(60);
    TransactionGuard tx(*m_db);
    const auto saved = catalog.savePlanVersion(m_venue, next, now);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QVERIFY(tx.commit());
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->movedPerformances, (QList<PerformanceId>{PerformanceId(3), PerformanceId(4)}));
    QCOMPARE(catalog.performance(PerformanceId(1))->plan, m_plan.id());
    QCOMPARE(catalog.performance(PerformanceId(2))->plan, m_plan.id());
    QCOMPARE(catalog.performance(PerformanceId(4))->plan, saved->plan);
    QCOMPARE(*catalog.latestPlan(m_venue), saved->plan);
    QCOMPARE(catalog.plan(saved->plan)->seats().size(), m_plan.seats().size() + 1);
    QCOMPARE(catalog.summary(PerformanceId(4), now)->capacity, int(m_plan.seats().size()) + 1 + 150);
}

void tst_CatalogRepository::newVersionThatDropsASoldSeatIsRefused()
{
    CatalogRepository catalog(*m_db);
    // Performance 3 has a reservation (demo: stalls B-20) and we sell A-1 for performance 4.
    Basket basket(PerformanceId(4),
                  &m_plan,
                  *catalog.priceList(PerformanceId(4)),
                  *catalog.priceTypes());
    const SeatId a1 = m_plan.seats().at(m_plan.rows().first().seats.first()).id;
    QVERIFY(basket.addSeat(a1));
    QVERIFY(SalesService(*m_db).sell(basket, PaymentMethod::Cash, testNow()));
    SeatPlan next = m_plan;
    const SeatId b20 = next.seats().at(next.rows().at(1).seats.at(19)).id;
    const QList<SeatPlan::RemovedSeat> removed = next.removeSeats({a1, b20});
    QCOMPARE(removed.size(), 2);
    const int before = m_db->scalar(u"SELECT count(*) FROM seat_plans"_s)->toInt();
    TransactionGuard tx(*m_db);
    const auto refused = catalog.savePlanVersion(m_venue, next, testNow());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(u"Stalls, row A, seat 1 (performance 4)"_s),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"Stalls, row B, seat 20 (performance 3)"_s),
             qPrintable(refused.error().message));
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM seat_plans"_s)->toInt(), before);
    QCOMPARE(catalog.performance(PerformanceId(4))->plan, m_plan.id());
}

void tst_CatalogRepository::reservationsPastTheirTimeDoNotBlockANewVersion()
{
    CatalogRepository catalog(*m_db);
    SeatPlan next = m_plan;
    // Stalls B-20 is reserved for performance 3 for three days; stalls H-1 and H-2 for performance 2.
    const SeatId b20 = next.seats().at(next.rows().at(1).seats.at(19)).id;
    next.removeSeats({b20});
    QVERIFY(!catalog.savePlanVersion(m_venue, next, testNow()));
    QVERIFY(catalog.savePlanVersion(m_venue, next, testNow().addDays(4)));
}

QTEST_GUILESS_MAIN(tst_CatalogRepository)
#include "tst_catalogrepository.moc"
