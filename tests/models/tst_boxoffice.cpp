// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/boxoffice.h"
#include "models/performancelistmodel.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/orderrepository.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_BoxOffice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void upcomingAndModelReload();
    void openPerformanceReadsEverything();
    void sellAndReserveFollowTheClock();
    void salesAreAttributedToTheCounter();
    void seatingRulesAtTheCounter();

private:
    QTemporaryDir *m_dir = nullptr;
    QDateTime m_clock;
    std::unique_ptr<BoxOffice> m_box;
};

void tst_BoxOffice::init()
{
    m_dir = new QTemporaryDir;
    m_clock = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    auto db = Database::open(m_dir->filePath(u"box.sqlite"_s));
    QVERIFY(db);
    QVERIFY(seedDemo(**db, m_clock));
    m_box = std::make_unique<BoxOffice>(std::move(*db), [this] { return m_clock; });
}

void tst_BoxOffice::cleanup()
{
    m_box.reset();
    delete m_dir;
}

void tst_BoxOffice::upcomingAndModelReload()
{
    QCOMPARE(m_box->upcoming()->size(), 4);
    PerformanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(*m_box));
    QCOMPARE(model.rowCount(), 4);
    // The clock moves past the first two performances: they drop off the list.
    m_clock = m_box->upcoming()->at(1).performance.startsAt.addSecs(1);
    QVERIFY(model.reload(*m_box));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_box->databasePath().endsWith(u"box.sqlite"_s));
}

void tst_BoxOffice::openPerformanceReadsEverything()
{
    const PerformanceId first = m_box->upcoming()->first().performance.id;
    const auto opened = m_box->openPerformance(first);
    QVERIFY(opened);
    QCOMPARE(opened->summary.performance.id, first);
    QCOMPARE(opened->plan.seats().size(), 456);
    QCOMPARE(opened->priceTypes.size(), 3);
    QCOMPARE(opened->prices.size(), 9);
    const Inventory::Counts counts = opened->inventory.counts(opened->plan, m_clock);
    QCOMPARE(counts.sold, opened->summary.sold);
    QCOMPARE(counts.reserved, opened->summary.reserved);
    QCOMPARE(m_box->openPerformance(PerformanceId(999)).error().code, ErrorCode::NotFound);
}

void tst_BoxOffice::sellAndReserveFollowTheClock()
{
    const PerformanceId id = m_box->upcoming()->last().performance.id;
    auto opened = m_box->openPerformance(id);
    QVERIFY(opened);
    Basket basket(id, &opened->plan, opened->prices, opened->priceTypes);
    QVERIFY(basket.addSeat(opened->plan.seats().at(40).id));
    const auto reserved = m_box->reserve(basket, m_clock.addSecs(600));
    QVERIFY(reserved);
    QCOMPARE(reserved->createdAt(), m_clock);
    QCOMPARE(m_box->summary(id)->reserved, 1);
    QCOMPARE(*m_box->releaseExpired(), 0);
    m_clock = m_clock.addSecs(600);
    QCOMPARE(m_box->summary(id)->reserved, 0);
    QCOMPARE(*m_box->releaseExpired(), 1);
    const auto sold = m_box->sell(basket, PaymentMethod::Card);
    QVERIFY(sold);
    QCOMPARE(m_box->inventory(id, opened->plan)->seatStatus(opened->plan.seats().at(40).id, m_clock),
             SeatStatus::Sold);
}

void tst_BoxOffice::salesAreAttributedToTheCounter()
{
    const PerformanceId id = m_box->upcoming()->last().performance.id;
    auto opened = m_box->openPerformance(id);
    Basket basket(id, &opened->plan, opened->prices, opened->priceTypes);
    QVERIFY(basket.setStandingQuantity(opened->plan.zones().first().id, 1));
    const auto sold = m_box->sell(basket, PaymentMethod::Cash);
    QVERIFY(sold);
    const auto stored = OrderRepository(m_box->database()).order(sold->id());
    QVERIFY(stored->user().isValid());
    QVERIFY(stored->channel().isValid());
    QCOMPARE(m_box->database()
                 .scalar(u"SELECT kind FROM channels WHERE id = ?"_s, {stored->channel().value})
                 ->toString(),
             u"box-office"_s);
}

void tst_BoxOffice::seatingRulesAtTheCounter()
{
    const PerformanceId performance = m_box->upcoming()->first().performance.id;
    auto opened = m_box->openPerformance(performance);
    QVERIFY(opened);
    SeatPlan plan = opened->plan;
    // Distancing over every seat, stored in the performance's plan.
    Area all;
    all.name = u"House"_s;
    for (const Seat &s : plan.seats())
        all.seats.append(s.id);
    all.distancing.enabled = true;
    plan.addArea(all);
    QVERIFY(m_box->database().exec(u"UPDATE seat_plans SET document = ? WHERE id = ?"_s,
                                   {QString::fromUtf8(QJsonDocument(plan.toJson()).toJson()),
                                    plan.id().value}));
    const auto before = m_box->blockedSeats(performance, plan); // the demo's orders already block
    QVERIFY(before);

    // The counter's best seats, sold: their neighbours become blocked with a reason.
    BestAvailableRequest request;
    request.count = 2;
    const auto best = m_box->bestAvailable(performance, plan, request);
    QVERIFY(best);
    QCOMPARE(best->seats.size(), 2);
    const QSet<SeatId> selection(best->seats.cbegin(), best->seats.cend());
    const QSet<SeatId> around = m_box->distancedNeighbours(plan, selection);
    QVERIFY(!around.isEmpty() && around.size() <= 2); // one each side of the pair
    Basket basket(performance, &plan, opened->prices, opened->priceTypes);
    for (SeatId s : best->seats)
        QVERIFY(basket.addSeat(s));
    QVERIFY(m_box->checkRules(basket)->isOk());
    QVERIFY(m_box->sell(basket, PaymentMethod::Cash));
    const auto blocked = m_box->blockedSeats(performance, plan);
    QVERIFY(blocked);
    int newlyBlocked = 0;
    for (SeatId s : around) {
        if (opened->inventory.seatStatus(s, m_clock) != SeatStatus::Free)
            continue;
        QVERIFY(blocked->contains(s));
        QVERIFY(blocked->value(s).contains(u"distancing in House"_s));
        newlyBlocked += !before->contains(s);
    }
    QVERIFY(newlyBlocked > 0);
    // Selling a blocked seat is refused; best available never offers one.
    Basket next(performance, &plan, opened->prices, opened->priceTypes);
    SeatId blockedSeat;
    for (SeatId s : around) {
        if (blocked->contains(s))
            blockedSeat = s;
    }
    QVERIFY(next.addSeat(blockedSeat));
    QVERIFY(!m_box->checkRules(next)->isOk());
    const auto refused = m_box->sell(next, PaymentMethod::Cash);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    const auto again = m_box->bestAvailable(performance, plan, request);
    for (SeatId s : again->seats)
        QVERIFY(!around.contains(s) && !selection.contains(s));
}

QTEST_GUILESS_MAIN(tst_BoxOffice)
#include "tst_boxoffice.moc"
