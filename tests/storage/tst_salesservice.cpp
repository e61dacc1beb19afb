// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/basket.h"
#include "storage/catalogrepository.h"
#include "storage/holdrepository.h"
#include "storage/orderrepository.h"
#include "storage/salesservice.h"
#include "testdb.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_SalesService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sellWritesOrderTicketsPaymentHistory();
    void takenSeatRefusedAndNothingWritten();
    void standingCapacityEnforced();
    void pricesComeFromTheStoredList();
    void reservationExpiryIsNeverSold();
    void payAndCancel();
    void reservationEndsBeforeThePerformance();
    void releaseExpired();
    void countsInPerformanceSummary();
    void seatingRulesRefuseAndWriteNothing();
    void supervisorOverrideIsLogged();
    void cancelUnblocksTheNeighbours();
    void areaLimitsRefuseBeforePayment();
    void heldSeatsSoldOnlyByTheirRole();
    void releaseHoldsNeedsTheRole();
    void standingSoldFromHoldsByTheirRole();

private:
    Basket basket(PerformanceId performance = PerformanceId(4));
    SeatId seat(const QString &row, const QString &number) const;
    int rowCount(const QString &table);
    /** Puts an area over the Stalls with \a rules and \a limits into the stored plan. */
    void ruleTheStalls(const DistancingRules &rules, const OrderLimits &limits = {});

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    SeatPlan m_plan;
    QList<PriceType> m_types;
};

void tst_SalesService::init()
{
    m_dir = new QTemporaryDir;
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    CatalogRepository catalog(*m_db);
    m_plan = *catalog.plan(catalog.performance(PerformanceId(4))->plan);
    m_types = *catalog.priceTypes();
}

void tst_SalesService::cleanup()
{
    m_db.reset();
    delete m_dir;
}

Basket tst_SalesService::basket(PerformanceId performance)
{
    return Basket(performance, &m_plan, *CatalogRepository(*m_db).priceList(performance), m_types);
}

SeatId tst_SalesService::seat(const QString &row, const QString &number) const
{
    for (int i = 0; i < m_plan.seats().size(); ++i) {
        if (m_plan.sectionNameOf(i) == u"Stalls"_s && m_plan.rowLabelOf(i) == row
            && m_plan.seats().at(i).label == number)
            return m_plan.seats().at(i).id;
    }
    return {};
}

int tst_SalesService::rowCount(const QString &table)
{
    return m_db->scalar(u"SELECT count(*) FROM "_s + table)->toInt();
}

void tst_SalesService::sellWritesOrderTicketsPaymentHistory()
{
    Basket b = basket();
    QVERIFY(b.addSeat(seat(u"F"_s, u"3"_s)));
    QVERIFY(b.addSeat(seat(u"F"_s, u"4"_s)));
    QVERIFY(b.setPriceType(1, m_types.at(1).id));
    QVERIFY(b.setStandingQuantity(m_plan.zones().first().id, 2));
    SalesService sales(*m_db, SalesContext{UserId(1), ChannelId(1)});
    const auto order = sales.sell(b, PaymentMethod::Cash, testNow());
    QVERIFY2(order, qPrintable(order ? QString() : order.error().message));
    QCOMPARE(order->status(), OrderStatus::Sold);
    QCOMPARE(order->total().minorUnits(), 35000 + 17500 + 2 * 25000);

    const auto stored = OrderRepository(*m_db).byNumber(order->number());
    QVERIFY(stored);
    QCOMPARE(stored->status(), OrderStatus::Sold);
    QCOMPARE(stored->tickets().size(), 4);
    QCOMPARE(stored->tickets().at(0).seat, seat(u"F"_s, u"3"_s));
    QCOMPARE(stored->tickets().at(1).priceType, m_types.at(1).id);
    QCOMPARE(stored->tickets().at(2).zone, m_plan.zones().first().id);
    QCOMPARE(stored->payments().size(), 1);
    QCOMPARE(stored->payments().first().amount, order->total());
    QCOMPARE(stored->payments().first().method, PaymentMethod::Cash);
    QCOMPARE(stored->user(), UserId(1));
    QVERIFY(!stored->history().isEmpty());
    QSet<QString> barcodes;
    for (const Ticket &t : stored->tickets()) {
        QCOMPARE(t.barcode.size(), 16);
        barcodes.insert(t.barcode);
    }
    QCOMPARE(barcodes.size(), 4);
}

void tst_SalesService::takenSeatRefusedAndNothingWritten()
{
    SalesService sales(*m_db);
    Basket first = basket();
    QVERIFY(first.addSeat(seat(u"G"_s, u"10"_s)));
    QVERIFY(sales.sell(first, PaymentMethod::Cash, testNow()));

    const int orders = rowCount(u"orders"_s), tickets = rowCount(u"tickets"_s),
              payments = rowCount(u"payments"_s);
    const int history = rowCount(u"order_history"_s);
    const QString counter = m_db->scalar(u"SELECT value FROM counters WHERE name = 'order'"_s)
                                ->toString();

    Basket second = basket();
    QVERIFY(second.addSeat(seat(u"G"_s, u"11"_s)));
    QVERIFY(second.addSeat(seat(u"G"_s, u"10"_s)));
    const auto refused = sales.sell(second, PaymentMethod::Cash, testNow());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::SeatUnavailable);
    QVERIFY2(refused.error().message.contains(u"Stalls G-10 is sold"_s),
             qPrintable(refused.error().message));
    const auto reserved = sales.reserve(second, testNow().addDays(1), testNow());
    QVERIFY(!reserved);

    // A blocked seat is refused with its reason too.
    QVERIFY(CatalogRepository(*m_db).blockSeat(PerformanceId(4), seat(u"G"_s, u"12"_s), u"TECH"_s));
    Basket third = basket();
    QVERIFY(third.addSeat(seat(u"G"_s, u"12"_s)));
    const auto blocked = sales.sell(third, PaymentMethod::Cash, testNow());
    QVERIFY(!blocked);
    QVERIFY(blocked.error().message.contains(u"blocked"_s));

    QCOMPARE(rowCount(u"orders"_s), orders);
    QCOMPARE(rowCount(u"tickets"_s), tickets);
    QCOMPARE(rowCount(u"payments"_s), payments);
    QCOMPARE(rowCount(u"order_history"_s), history);
    QCOMPARE(m_db->scalar(u"SELECT value FROM counters WHERE name = 'order'"_s)->toString(),
             counter);
    // The unique index is the last guard even if the checks above were bypassed.
    const auto dup = m_db->exec(
        u"INSERT INTO tickets (order_id, performance_id, seat_id, category_id, price_type_id,"
        " price, label, barcode, status, status_changed_at, active)"
        " SELECT order_id, performance_id, seat_id, category_id, price_type_id, price, label,"
        " 'X' || barcode, status, status_changed_at, 1 FROM tickets WHERE seat_id = ?"_s,
        {seat(u"G"_s, u"10"_s).value});
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
}

void tst_SalesService::standingCapacityEnforced()
{
    SalesService sales(*m_db);
    const ZoneId zone = m_plan.zones().first().id;
    Basket big = basket();
    QVERIFY(big.setStandingQuantity(zone, 148));
    QVERIFY(sales.sell(big, PaymentMethod::Card, testNow()));
    Basket three = basket();
    QVERIFY(three.setStandingQuantity(zone, 3));
    const auto refused = sales.sell(three, PaymentMethod::Card, testNow());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::CapacityExceeded);
    Basket two = basket();
    QVERIFY(two.setStandingQuantity(zone, 2));
    QVERIFY(sales.sell(two, PaymentMethod::Card, testNow()));
}

void tst_SalesService::pricesComeFromTheStoredList()
{
    QVERIFY(m_db->exec(u"UPDATE prices SET amount = amount + 1000 WHERE performance_id = 4"_s));
    Basket stale = Basket(PerformanceId(4), &m_plan, basket(PerformanceId(1)).priceList(), m_types);
    QVERIFY(stale.addSeat(seat(u"A"_s, u"1"_s)));
    QCOMPARE(stale.total().minorUnits(), 45000);
    const auto order = SalesService(*m_db).sell(stale, PaymentMethod::Cash, testNow());
    QVERIFY(order);
    QCOMPARE(order->total().minorUnits(), 46000);
}

void tst_SalesService::reservationExpiryIsNeverSold()
{
    SalesService sales(*m_db);
    Basket b = basket();
    QVERIFY(b.addSeat(seat(u"J"_s, u"1"_s)));
    const QDateTime until = testNow().addSecs(3600);
    const auto reserved = sales.reserve(b, until, testNow());
    QVERIFY(reserved);
    CatalogRepository catalog(*m_db);
    QCOMPARE(catalog.inventory(PerformanceId(4), m_plan)->seatStatus(seat(u"J"_s, u"1"_s), testNow()),
             SeatStatus::Reserved);
    QCOMPARE(catalog.summary(PerformanceId(4), testNow())->reserved, 1);
    // Past its time it is neither reserved nor sold.
    QCOMPARE(catalog.inventory(PerformanceId(4), m_plan)->seatStatus(seat(u"J"_s, u"1"_s), until),
             SeatStatus::Free);
    const auto later = catalog.summary(PerformanceId(4), until);
    QCOMPARE(later->reserved, 0);
    QCOMPARE(later->sold, 0);
    // Paying it late is refused...
    const auto late = sales.payReservation(reserved->id(), PaymentMethod::Cash, until);
    QVERIFY(!late);
    QCOMPARE(late.error().code, ErrorCode::ReservationExpired);
    // ...and the seat can be sold to someone else, which records the expiry.
    Basket other = basket();
    QVERIFY(other.addSeat(seat(u"J"_s, u"1"_s)));
    QVERIFY(sales.sell(other, PaymentMethod::Cash, until.addSecs(1)));
    const auto old = OrderRepository(*m_db).order(reserved->id());
    QCOMPARE(old->status(), OrderStatus::Cancelled);
    QCOMPARE(old->history().last().event, u"expired"_s);
}

void tst_SalesService::payAndCancel()
{
    SalesService sales(*m_db);
    Basket b = basket();
    QVERIFY(b.addSeat(seat(u"K"_s, u"1"_s)));
    const auto reserved = sales.reserve(b, testNow().addDays(2), testNow());
    QVERIFY(reserved);
    const auto paid = sales.payReservation(reserved->id(),
                                           PaymentMethod::Card,
                                           testNow().addDays(1));
    QVERIFY(paid);
    QCOMPARE(paid->status(), OrderStatus::Sold);
    const auto stored = OrderRepository(*m_db).order(reserved->id());
    QCOMPARE(stored->status(), OrderStatus::Sold);
    QCOMPARE(stored->payments().size(), 1);
    QVERIFY(!stored->reservedUntil().isValid());
    QVERIFY(sales.cancel(reserved->id(), u"show moved"_s, testNow().addDays(1)));
    QVERIFY(!sales.cancel(reserved->id(), u"again"_s, testNow().addDays(1)));
    // The seat is free again after the cancellation.
    QCOMPARE(CatalogRepository(*m_db)
                 .inventory(PerformanceId(4), m_plan)
                 ->seatStatus(seat(u"K"_s, u"1"_s), testNow()),
             SeatStatus::Free);
    Basket again = basket();
    QVERIFY(again.addSeat(seat(u"K"_s, u"1"_s)));
    QVERIFY(sales.sell(again, PaymentMethod::Cash, testNow().addDays(1)));
}

void tst_SalesService::reservationEndsBeforeThePerformance()
{
    const auto performance = CatalogRepository(*m_db).performance(PerformanceId(4));
    const QDateTime latest = performance->latestReservationEnd();
    QCOMPARE(latest, performance->startsAt);
    Basket b = basket();
    QVERIFY(b.addSeat(seat(u"K"_s, u"5"_s)));
    const auto tooLate = SalesService(*m_db).reserve(b, latest.addSecs(1), testNow());
    QVERIFY(!tooLate);
    QCOMPARE(tooLate.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM orders WHERE performance_id = 4"_s)->toInt(), 0);
    QVERIFY(SalesService(*m_db).reserve(b, latest, testNow()));
}

void tst_SalesService::releaseExpired()
{
    SalesService sales(*m_db);
    // The demo has two reservations for three days; add one for an hour.
    Basket b = basket();
    QVERIFY(b.addSeat(seat(u"L"_s, u"1"_s)));
    QVERIFY(sales.reserve(b, testNow().addSecs(3600), testNow()));
    QCOMPARE(*sales.releaseExpired(testNow().addSecs(1800)), 0);
    QCOMPARE(*sales.releaseExpired(testNow().addSecs(3600)), 1);
    QCOMPARE(*sales.releaseExpired(testNow().addDays(4)), 2);
    QCOMPARE(*sales.releaseExpired(testNow().addDays(4)), 0);
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM orders WHERE status = 'reserved'"_s)->toInt(), 0);
}

void tst_SalesService::countsInPerformanceSummary()
{
    const auto list = CatalogRepository(*m_db).upcoming(testNow(), testNow());
    QVERIFY(list);
    QCOMPARE(list->size(), 4);
    const int capacity = int(m_plan.seats().size()) + m_plan.standingCapacity();
    for (const PerformanceSummary &s : *list) {
        QCOMPARE(s.capacity, capacity);
        QCOMPARE(s.title, u"The Seagull"_s);
        // The SQL counts agree with the inventory built seat by seat.
        const Inventory::Counts counts = CatalogRepository(*m_db)
                                             .inventory(s.performance.id, m_plan)
                                             ->counts(m_plan, testNow());
        QCOMPARE(s.sold, counts.sold);
        QCOMPARE(s.reserved, counts.reserved);
        QCOMPARE(s.blocked, counts.blocked);
        QCOMPARE(s.free(), counts.free);
    }
    QCOMPARE(list->at(0).sold, 2 + 3 + 4);
    // A blocked seat that was sold before the block counts once, as sold.
    const auto sold = OrderRepository(*m_db).list(
        {list->at(0).performance.id, {}, OrderStatus::Sold, 10});
    const SeatId soldSeat = OrderRepository(*m_db).order(sold->last().id)->tickets().first().seat;
    QVERIFY(soldSeat.isValid());
    QVERIFY(CatalogRepository(*m_db).blockSeat(list->at(0).performance.id, soldSeat, u"TECH"_s));
    QVERIFY(CatalogRepository(*m_db).blockSeat(list->at(0).performance.id,
                                               seat(u"L"_s, u"20"_s),
                                               u"TECH"_s));
    const auto after = CatalogRepository(*m_db).summary(list->at(0).performance.id, testNow());
    QCOMPARE(after->sold, 9);
    QCOMPARE(after->blocked, 1);
    QCOMPARE(after->free(), list->at(0).free() - 1);
    QCOMPARE(list->at(1).sold, 2);
    QCOMPARE(list->at(1).reserved, 2);
    QCOMPARE(list->at(2).reserved, 3);
    QVERIFY(list->at(0).performance.startsAt < list->at(1).performance.startsAt);
}

void tst_SalesService::ruleTheStalls(const DistancingRules &rules, const OrderLimits &limits)
{
    Area stalls;
    stalls.name = u"Stalls"_s;
    for (int i = 0; i < m_plan.seats().size(); ++i) {
        if (m_plan.sectionNameOf(i) == u"Stalls"_s)
            stalls.seats.append(m_plan.seats().at(i).id);
    }
    stalls.distancing = rules;
    stalls.limits = limits;
    m_plan.addArea(stalls);
    const SeatPlanId planId = CatalogRepository(*m_db).performance(PerformanceId(4))->plan;
    QVERIFY(m_db->exec(u"UPDATE seat_plans SET document = ? WHERE id = ?"_s,
                       {QString::fromUtf8(QJsonDocument(m_plan.toJson()).toJson()), planId.value}));
}

void tst_SalesService::seatingRulesRefuseAndWriteNothing()
{
    DistancingRules rules;
    rules.enabled = true;
    rules.frontBehind = true;
    ruleTheStalls(rules);
    SalesService sales(*m_db, SalesContext{UserId(1), ChannelId(1)});
    Basket first = basket();
    QVERIFY(first.addSeat(seat(u"G"_s, u"10"_s)));
    QVERIFY(first.addSeat(seat(u"G"_s, u"11"_s)));
    QVERIFY(sales.sell(first, PaymentMethod::Cash, testNow()));
    const int orders = rowCount(u"orders"_s), tickets = rowCount(u"tickets"_s),
              history = rowCount(u"order_history"_s);
    for (const auto &[row, number] : {std::pair{u"G"_s, u"12"_s}, std::pair{u"G"_s, u"9"_s}}) {
        Basket next = basket();
        QVERIFY(next.addSeat(seat(row, number)));
        const auto refused = sales.sell(next, PaymentMethod::Cash, testNow());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
        QVERIFY2(refused.error().message.contains(u"distancing in Stalls"_s),
                 qPrintable(refused.error().message));
        QVERIFY(!sales.reserve(next, testNow().addDays(1), testNow()));
        const auto check = sales.checkRules(next, false, testNow());
        QVERIFY(check && !check->isOk());
    }
    QCOMPARE(rowCount(u"orders"_s), orders);
    QCOMPARE(rowCount(u"tickets"_s), tickets);
    QCOMPARE(rowCount(u"order_history"_s), history);
    // Two seats along is fine.
    Basket apart = basket();
    QVERIFY(apart.addSeat(seat(u"G"_s, u"13"_s)));
    QVERIFY(sales.sell(apart, PaymentMethod::Cash, testNow()));
}

void tst_SalesService::supervisorOverrideIsLogged()
{
    DistancingRules rules;
    rules.enabled = true;
    ruleTheStalls(rules);
    SalesService counter(*m_db, SalesContext{UserId(1), ChannelId(1)});
    Basket first = basket();
    QVERIFY(first.addSeat(seat(u"G"_s, u"10"_s)));
    QVERIFY(counter.sell(first, PaymentMethod::Cash, testNow()));
    Basket beside = basket();
    QVERIFY(beside.addSeat(seat(u"G"_s, u"11"_s)));
    // Counter staff may not override.
    const auto refused = counter.sell(beside, PaymentMethod::Cash, testNow(), {u"family"_s});
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"only a supervisor"_s));
    // A supervisor may, with a reason; an empty reason is no override.
    SalesService supervisor(*m_db, SalesContext{UserId(2), ChannelId(1)});
    QVERIFY(!supervisor.sell(beside, PaymentMethod::Cash, testNow(), {u"  "_s}));
    const auto sold = supervisor.sell(beside, PaymentMethod::Cash, testNow(), {u"same household"_s});
    QVERIFY2(sold, qPrintable(sold ? QString() : sold.error().message));
    const auto stored = OrderRepository(*m_db).order(sold->id());
    QVERIFY(stored);
    bool logged = false;
    for (const OrderHistoryEntry &e : stored->history()) {
        if (e.event == u"rules-overridden"_s) {
            logged = true;
            QVERIFY(e.detail.contains(u"same household"_s));
            QVERIFY(e.detail.contains(u"beside order"_s));
            QCOMPARE(e.user, UserId(2));
        }
    }
    QVERIFY(logged);
}

void tst_SalesService::cancelUnblocksTheNeighbours()
{
    DistancingRules rules;
    rules.enabled = true;
    ruleTheStalls(rules);
    SalesService sales(*m_db, SalesContext{UserId(1), ChannelId(1)});
    Basket first = basket();
    QVERIFY(first.addSeat(seat(u"H"_s, u"5"_s)));
    const auto order = sales.reserve(first, testNow().addSecs(3600), testNow());
    QVERIFY(order);
    Basket beside = basket();
    QVERIFY(beside.addSeat(seat(u"H"_s, u"6"_s)));
    QVERIFY(!sales.sell(beside, PaymentMethod::Cash, testNow()));
    // An expired reservation no longer blocks.
    QVERIFY(sales.checkRules(beside, false, testNow().addSecs(7200))->isOk());
    QVERIFY(sales.cancel(order->id(), u"changed plans"_s, testNow()));
    QVERIFY(sales.sell(beside, PaymentMethod::Cash, testNow()));
}

void tst_SalesService::areaLimitsRefuseBeforePayment()
{
    OrderLimits limits;
    limits.maxPersons = 2;
    limits.allowedOrderTypes = {u"sale"_s};
    ruleTheStalls(DistancingRules{}, limits);
    SalesService sales(*m_db, SalesContext{UserId(1), ChannelId(1)});
    Basket three = basket();
    for (const QString &n : {u"1"_s, u"2"_s, u"3"_s})
        QVERIFY(three.addSeat(seat(u"J"_s, n)));
    const auto refused = sales.sell(three, PaymentMethod::Cash, testNow());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"at most 2 persons"_s),
             qPrintable(refused.error().message));
    Basket two = basket();
    QVERIFY(two.addSeat(seat(u"J"_s, u"1"_s)));
    QVERIFY(two.addSeat(seat(u"J"_s, u"2"_s)));
    const auto reservation = sales.reserve(two, testNow().addDays(1), testNow());
    QVERIFY(!reservation);
    QVERIFY(reservation.error().message.contains(u"reservation"_s));
    QVERIFY(sales.sell(two, PaymentMethod::Cash, testNow()));
}

void tst_SalesService::heldSeatsSoldOnlyByTheirRole()
{
    HoldRepository holds(*m_db);
    HoldCode house;
    house.code = u"HOUSE"_s;
    house.name = u"House seats"_s;
    house.role = u"supervisor"_s;
    QVERIFY(holds.saveCode(house));
    HoldCode outlet;
    outlet.code = u"DESK"_s;
    outlet.role = u"box-office"_s;
    QVERIFY(holds.saveCode(outlet));
    QVERIFY(holds.holdSeats(PerformanceId(4), {seat(u"K"_s, u"1"_s)}, u"HOUSE"_s));
    QVERIFY(holds.holdSeats(PerformanceId(4), {seat(u"K"_s, u"5"_s)}, u"DESK"_s));
    SalesService counter(*m_db, SalesContext{UserId(1), ChannelId(1)});
    Basket house1 = basket();
    QVERIFY(house1.addSeat(seat(u"K"_s, u"1"_s)));
    QVERIFY(!counter.sell(house1, PaymentMethod::Cash, testNow()));
    Basket desk = basket();
    QVERIFY(desk.addSeat(seat(u"K"_s, u"5"_s)));
    const auto sold = counter.sell(desk, PaymentMethod::Cash, testNow());
    QVERIFY2(sold, qPrintable(sold ? QString() : sold.error().message));
    QCOMPARE(sold->history().last().event, u"sold-from-hold"_s);
    SalesService supervisor(*m_db, SalesContext{UserId(2), ChannelId(1)});
    QVERIFY(supervisor.sell(house1, PaymentMethod::Cash, testNow()));
}

void tst_SalesService::releaseHoldsNeedsTheRole()
{
    HoldRepository holds(*m_db);
    HoldCode house;
    house.code = u"HOUSE"_s; // no role: supervisors only
    QVERIFY(holds.saveCode(house));
    HoldCode desk;
    desk.code = u"DESK"_s;
    desk.role = u"box-office"_s;
    QVERIFY(holds.saveCode(desk));
    const SeatId k1 = seat(u"K"_s, u"1"_s), k5 = seat(u"K"_s, u"5"_s);
    QVERIFY(holds.holdSeats(PerformanceId(4), {k1}, u"HOUSE"_s));
    QVERIFY(holds.holdSeats(PerformanceId(4), {k5}, u"DESK"_s));
    SalesService counter(*m_db, SalesContext{UserId(1), ChannelId(1)});
    const auto refused = counter.releaseHolds(PerformanceId(4), {k1, k5});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QVERIFY(refused.error().message.contains(u"HOUSE"_s));
    QCOMPARE(holds.holds(PerformanceId(4))->seats.size(), 2);
    QCOMPARE(*counter.releaseHolds(PerformanceId(4), {k5}), 1);
    QCOMPARE(holds.holds(PerformanceId(4))->seats.size(), 1);
    SalesService supervisor(*m_db, SalesContext{UserId(2), ChannelId(1)});
    QCOMPARE(*supervisor.releaseHolds(PerformanceId(4), {k1}), 1);
    QVERIFY(holds.holds(PerformanceId(4))->seats.isEmpty());
}

void tst_SalesService::standingSoldFromHoldsByTheirRole()
{
    HoldRepository holds(*m_db);
    HoldCode desk;
    desk.code = u"DESK"_s;
    desk.role = u"box-office"_s;
    QVERIFY(holds.saveCode(desk));
    HoldCode house;
    house.code = u"HOUSE"_s; // supervisors only
    QVERIFY(holds.saveCode(house));
    const ZoneId zone = m_plan.zones().first().id;
    QVERIFY(holds.holdStanding(PerformanceId(4), zone, u"DESK"_s, 10));
    QVERIFY(holds.holdStanding(PerformanceId(4), zone, u"HOUSE"_s, 5));
    auto freeNow = [&] {
        return CatalogRepository(*m_db)
            .inventory(PerformanceId(4), m_plan)
            ->zoneCounts(zone, testNow())
            .free();
    };
    auto heldUnder = [&](const QString &code) {
        const auto held = holds.holds(PerformanceId(4)); // kept alive while iterating
        for (const PerformanceHolds::ZoneHold &h : held->zones) {
            if (h.zone == zone && h.code == code)
                return h.quantity;
        }
        return 0;
    };
    auto standing = [&](int n) {
        Basket b = basket();
        if (!b.setStandingQuantity(zone, n))
            qWarning("cannot put %d standing places in a basket", n);
        return b;
    };
    SalesService counter(*m_db, SalesContext{UserId(1), ChannelId(1)});
    const int free = freeNow();
    QVERIFY(free > 0);
    // Free places go first; no hold is touched.
    const auto general = counter.sell(standing(free), PaymentMethod::Cash, testNow());
    QVERIFY2(general, qPrintable(general ? QString() : general.error().message));
    QCOMPARE(general->history().last().event == u"sold-from-hold"_s, false);
    QCOMPARE(heldUnder(u"DESK"_s), 10);
    QCOMPARE(freeNow(), 0);
    // More than the counter's holds hold: refused, nothing taken.
    const auto tooMany = counter.sell(standing(11), PaymentMethod::Cash, testNow());
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().code, ErrorCode::CapacityExceeded);
    QCOMPARE(heldUnder(u"DESK"_s), 10);
    // Out of the hold its role may sell.
    const auto fromDesk = counter.sell(standing(4), PaymentMethod::Cash, testNow());
    QVERIFY2(fromDesk, qPrintable(fromDesk ? QString() : fromDesk.error().message));
    QCOMPARE(fromDesk->tickets().size(), 4);
    QCOMPARE(fromDesk->history().last().event, u"sold-from-hold"_s);
    QVERIFY2(fromDesk->history().last().detail.contains(u"x4 from DESK"_s),
             qPrintable(fromDesk->history().last().detail));
    QCOMPARE(heldUnder(u"DESK"_s), 6);
    QCOMPARE(heldUnder(u"HOUSE"_s), 5);
    QCOMPARE(freeNow(), 0);
    QVERIFY(!counter.sell(standing(7), PaymentMethod::Cash, testNow()));
    // A supervisor may sell both: DESK first (code order), then HOUSE.
    SalesService supervisor(*m_db, SalesContext{UserId(2), ChannelId(1)});
    const auto both = supervisor.sell(standing(11), PaymentMethod::Cash, testNow());
    QVERIFY2(both, qPrintable(both ? QString() : both.error().message));
    QVERIFY(both->history().last().detail.contains(u"x6 from DESK"_s));
    QVERIFY(both->history().last().detail.contains(u"x5 from HOUSE"_s));
    QVERIFY(holds.holds(PerformanceId(4))->zones.isEmpty());
    QVERIFY(!supervisor.sell(standing(1), PaymentMethod::Cash, testNow()));
    // A cancelled ticket from a hold goes back to general sale.
    QVERIFY(counter.cancel(fromDesk->id(), u"changed plans"_s, testNow()));
    QCOMPARE(freeNow(), 4);
    QCOMPARE(heldUnder(u"DESK"_s), 0);
}

QTEST_GUILESS_MAIN(tst_SalesService)
#include "tst_salesservice.moc"
