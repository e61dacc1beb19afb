// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/catalogrepository.h"
#include "storage/holdrepository.h"
#include "testdb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_HoldRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void codesRoundTrip();
    void heldSeatsAreNotFree();
    void releaseTimeFreesThem_data();
    void releaseTimeFreesThem();
    void standingHolds();
    void copyToManyPerformances();
    void releaseByCode();
    void releaseNeedsTheRole_data();
    void releaseNeedsTheRole();
    void unknownCodeRefused();

private:
    HoldCode code(const QString &name, const QString &role = {}) const
    {
        HoldCode c;
        c.code = name;
        c.name = name + u" seats"_s;
        c.color = u"#aa0000"_s;
        c.role = role;
        return c;
    }
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    SeatPlan m_plan;
};

void tst_HoldRepository::init()
{
    m_dir = new QTemporaryDir;
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    CatalogRepository catalog(*m_db);
    m_plan = *catalog.plan(catalog.performance(PerformanceId(4))->plan);
}

void tst_HoldRepository::cleanup()
{
    m_db.reset();
    delete m_dir;
}

void tst_HoldRepository::codesRoundTrip()
{
    HoldRepository holds(*m_db);
    HoldCode press = code(u"PRESS"_s, u"box-office"_s);
    press.releaseAt = testNow().addDays(3);
    press.releaseMinutesBefore = 90;
    QVERIFY(holds.saveCode(press));
    QVERIFY(holds.saveCode(code(u"HOUSE"_s)));
    press.name = u"Press and critics"_s;
    QVERIFY(holds.saveCode(press)); // replaces
    const auto codes = holds.codes();
    QVERIFY(codes);
    QCOMPARE(codes->size(), 2);
    QCOMPARE(codes->at(1).code, u"PRESS"_s);
    QCOMPARE(codes->at(1).name, u"Press and critics"_s);
    QCOMPARE(codes->at(1).color, u"#aa0000"_s);
    QCOMPARE(codes->at(1).role, u"box-office"_s);
    QCOMPARE(codes->at(1).releaseAt, press.releaseAt);
    QCOMPARE(codes->at(1).releaseMinutesBefore, 90);
    QVERIFY(codes->at(1).allowsRole(u"box-office"_s));
    QVERIFY(codes->at(1).allowsRole(u"supervisor"_s));
    QVERIFY(!codes->at(0).allowsRole(u"box-office"_s));
    QVERIFY(!holds.saveCode(HoldCode{}));
    // Only a code of the other terminals' role is held elsewhere; an unknown code is not.
    QVERIFY(holds.saveCode(code(u"ELSEWHERE"_s, HoldRepository::otherTerminalRole())));
    for (const auto &[name, expected] : {std::pair{u"ELSEWHERE"_s, true},
                                         std::pair{u"PRESS"_s, false},
                                         std::pair{u"NOSUCH"_s, false}}) {
        const auto elsewhere = holds.isHeldAtOtherTerminal(name);
        QVERIFY(elsewhere);
        QCOMPARE(*elsewhere, expected);
    }
}

void tst_HoldRepository::heldSeatsAreNotFree()
{
    HoldRepository holds(*m_db);
    QVERIFY(holds.saveCode(code(u"HOUSE"_s)));
    const QList<SeatId> seats{m_plan.seats().at(0).id, m_plan.seats().at(1).id};
    QVERIFY(holds.holdSeats(PerformanceId(4), seats, u"HOUSE"_s));
    const auto inv = CatalogRepository(*m_db).inventory(PerformanceId(4), m_plan);
    QVERIFY(inv);
    QCOMPARE(inv->seatStatus(seats.at(0), testNow()), SeatStatus::Blocked);
    QCOMPARE(inv->seatClaim(seats.at(1))->holdCode, u"HOUSE"_s);
    QVERIFY(!inv->checkSeatsFree(m_plan, seats, testNow()));
    // Other performances are untouched.
    QCOMPARE(CatalogRepository(*m_db)
                 .inventory(PerformanceId(2), m_plan)
                 ->seatStatus(seats.at(0), testNow()),
             SeatStatus::Free);
}

void tst_HoldRepository::releaseTimeFreesThem_data()
{
    QTest::addColumn<int>("releaseInHours"); // 0: none
    QTest::addColumn<int>("minutesBefore");
    QTest::addColumn<int>("askAfterHours");
    QTest::addColumn<bool>("free");
    QTest::newRow("no release time") << 0 << 0 << 10000 << false;
    QTest::newRow("before the release") << 5 << 0 << 4 << false;
    QTest::newRow("after the release") << 5 << 0 << 6 << true;
    // Relative to the start: released a long time before any demo performance.
    QTest::newRow("relative, long before") << 0 << 60 * 24 * 365 << 0 << true;
    QTest::newRow("relative, not yet") << 0 << 1 << 0 << false;
}

void tst_HoldRepository::releaseTimeFreesThem()
{
    QFETCH(int, releaseInHours);
    QFETCH(int, minutesBefore);
    QFETCH(int, askAfterHours);
    QFETCH(bool, free);
    HoldRepository holds(*m_db);
    HoldCode c = code(u"PRESS"_s);
    if (releaseInHours > 0)
        c.releaseAt = testNow().addSecs(releaseInHours * 3600);
    c.releaseMinutesBefore = minutesBefore;
    QVERIFY(holds.saveCode(c));
    const SeatId seat = m_plan.seats().at(3).id;
    QVERIFY(holds.holdSeats(PerformanceId(4), {seat}, u"PRESS"_s));
    const auto inv = CatalogRepository(*m_db).inventory(PerformanceId(4), m_plan);
    QVERIFY(inv);
    QCOMPARE(inv->seatStatus(seat, testNow().addSecs(askAfterHours * 3600)) == SeatStatus::Free,
             free);
}

void tst_HoldRepository::standingHolds()
{
    HoldRepository holds(*m_db);
    QVERIFY(holds.saveCode(code(u"OUTLET"_s)));
    const ZoneId zone = m_plan.zones().first().id;
    CatalogRepository catalog(*m_db);
    const int before = catalog.inventory(PerformanceId(4), m_plan)
                           ->zoneCounts(zone, testNow())
                           .free();
    QVERIFY(holds.holdStanding(PerformanceId(4), zone, u"OUTLET"_s, 20));
    QCOMPARE(catalog.inventory(PerformanceId(4), m_plan)->zoneCounts(zone, testNow()).free(),
             before - 20);
    QVERIFY(holds.holdStanding(PerformanceId(4), zone, u"OUTLET"_s, 5)); // replaces
    QCOMPARE(catalog.inventory(PerformanceId(4), m_plan)->zoneCounts(zone, testNow()).free(),
             before - 5);
    QVERIFY(holds.holdStanding(PerformanceId(4), zone, u"OUTLET"_s, 0));
    QCOMPARE(catalog.inventory(PerformanceId(4), m_plan)->zoneCounts(zone, testNow()).free(),
             before);
}

void tst_HoldRepository::copyToManyPerformances()
{
    HoldRepository holds(*m_db);
    QVERIFY(holds.saveCode(code(u"TECH"_s)));
    const QList<SeatId> seats{m_plan.seats().at(5).id, m_plan.seats().at(6).id};
    QVERIFY(holds.holdSeats(PerformanceId(4), seats, u"TECH"_s));
    QVERIFY(holds.holdStanding(PerformanceId(4), m_plan.zones().first().id, u"TECH"_s, 3));
    const auto written = holds.copyHolds(PerformanceId(4), {PerformanceId(2), PerformanceId(3)});
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(*written, 6);
    for (PerformanceId p : {PerformanceId(2), PerformanceId(3)}) {
        const auto h = holds.holds(p);
        QVERIFY(h);
        QCOMPARE(h->seats.size(), 2);
        QCOMPARE(h->seats.at(0).code, u"TECH"_s);
        QCOMPARE(h->zones.size(), 1);
        QCOMPARE(h->zones.at(0).quantity, 3);
    }
}

void tst_HoldRepository::releaseByCode()
{
    HoldRepository holds(*m_db);
    QVERIFY(holds.saveCode(code(u"A"_s)));
    QVERIFY(holds.saveCode(code(u"B"_s)));
    QVERIFY(holds.holdSeats(PerformanceId(4), {m_plan.seats().at(0).id}, u"A"_s));
    QVERIFY(holds.holdSeats(PerformanceId(4), {m_plan.seats().at(1).id}, u"B"_s));
    const UserId supervisor(2);
    QCOMPARE(*holds.releaseCode(PerformanceId(4), u"A"_s, supervisor), 1);
    QCOMPARE(holds.holds(PerformanceId(4))->seats.size(), 1);
    QCOMPARE(*holds.releaseSeats(PerformanceId(4), {m_plan.seats().at(1).id}, supervisor), 1);
    QVERIFY(holds.holds(PerformanceId(4))->seats.isEmpty());
}

void tst_HoldRepository::releaseNeedsTheRole_data()
{
    // The demo's users: 1 "counter" (box-office), 2 "supervisor".
    QTest::addColumn<QString>("codeRole"); // who may release the seat's code
    QTest::addColumn<qint64>("user");
    QTest::addColumn<bool>("byCode"); // releaseCode rather than releaseSeats
    QTest::addColumn<bool>("released");
    QTest::newRow("counter, code for box-office") << u"box-office"_s << 1LL << false << true;
    QTest::newRow("counter, code for supervisors") << QString() << 1LL << false << false;
    QTest::newRow("counter, code for outlets") << u"outlet"_s << 1LL << false << false;
    QTest::newRow("supervisor, any code") << u"outlet"_s << 2LL << false << true;
    QTest::newRow("by code, counter allowed") << u"box-office"_s << 1LL << true << true;
    QTest::newRow("by code, counter refused") << QString() << 1LL << true << false;
    QTest::newRow("by code, supervisor") << QString() << 2LL << true << true;
    QTest::newRow("unknown user") << u"box-office"_s << 99LL << false << false;
}

void tst_HoldRepository::releaseNeedsTheRole()
{
    QFETCH(QString, codeRole);
    QFETCH(qint64, user);
    QFETCH(bool, byCode);
    QFETCH(bool, released);
    HoldRepository holds(*m_db);
    QVERIFY(holds.saveCode(code(u"FREE"_s, u"box-office"_s)));
    QVERIFY(holds.saveCode(code(u"PRESS"_s, codeRole)));
    // One seat the counter may always release beside the one under test: a refusal must
    // release neither (all or nothing).
    const QList<SeatId> seats{m_plan.seats().at(0).id, m_plan.seats().at(1).id};
    QVERIFY(holds.holdSeats(PerformanceId(4), {seats.at(0)}, u"FREE"_s));
    QVERIFY(holds.holdSeats(PerformanceId(4), {seats.at(1)}, u"PRESS"_s));
    QVERIFY(holds.holdStanding(PerformanceId(4), m_plan.zones().first().id, u"PRESS"_s, 4));
    const auto n = byCode ? holds.releaseCode(PerformanceId(4), u"PRESS"_s, UserId(user))
                          : holds.releaseSeats(PerformanceId(4), seats, UserId(user));
    QCOMPARE(bool(n), released);
    const auto left = holds.holds(PerformanceId(4));
    QVERIFY(left);
    if (released) {
        QCOMPARE(*n, 2);
        QCOMPARE(left->seats.size(), byCode ? 1 : 0);
        QCOMPARE(left->zones.size(), byCode ? 0 : 1);
    } else {
        QCOMPARE(n.error().code, user == 99 ? ErrorCode::NotFound : ErrorCode::PermissionDenied);
        QCOMPARE(left->seats.size(), 2);
        QCOMPARE(left->zones.size(), 1);
    }
}

void tst_HoldRepository::unknownCodeRefused()
{
    HoldRepository holds(*m_db);
    const auto r = holds.holdSeats(PerformanceId(4), {m_plan.seats().at(0).id}, u"NOPE"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(holds.holds(PerformanceId(4))->seats.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HoldRepository)
#include "tst_holdrepository.moc"
