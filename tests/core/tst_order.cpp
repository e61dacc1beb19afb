// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/order.h"

#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_Order final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitionTable_data();
    void transitionTable();
    void soldOrder();
    void reservationLifecycle();
    void expiredReservationCannotBePaid();
    void illegalTransitionsLeaveOrderUnchanged();
    void invalidOrdersRefused();
    void names();

private:
    static QList<Ticket> tickets(int n);
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    const Currency m_dkk = Currency::fromCode(u"DKK");
};

QList<Ticket> tst_Order::tickets(int n)
{
    QList<Ticket> out;
    for (int i = 0; i < n; ++i) {
        Ticket t;
        t.performance = PerformanceId(1);
        t.seat = SeatId(100 + i);
        t.category = CategoryId(1);
        t.priceType = PriceTypeId(1);
        t.price = Money(45000, Currency::fromCode(u"DKK"));
        out.append(t);
    }
    return out;
}

void tst_Order::transitionTable_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    const int r = int(OrderStatus::Reserved), s = int(OrderStatus::Sold),
              c = int(OrderStatus::Cancelled);
    QTest::newRow("reserved->sold") << r << s << true;
    QTest::newRow("reserved->cancelled") << r << c << true;
    QTest::newRow("sold->cancelled") << s << c << true;
    QTest::newRow("sold->reserved") << s << r << false;
    QTest::newRow("cancelled->sold") << c << s << false;
    QTest::newRow("cancelled->reserved") << c << r << false;
    QTest::newRow("sold->sold") << s << s << false;
}

void tst_Order::transitionTable()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QCOMPARE(Order::canTransition(OrderStatus(from), OrderStatus(to)), allowed);
}

void tst_Order::soldOrder()
{
    auto order = Order::createSold(tickets(2),
                                   Payment{{}, PaymentMethod::Cash, Money(90000, m_dkk), {}, {}},
                                   m_now);
    QVERIFY(order);
    QCOMPARE(order->status(), OrderStatus::Sold);
    QCOMPARE(order->total(), Money(90000, m_dkk));
    QCOMPARE(order->paid(), order->total());
    QCOMPARE(order->payments().size(), 1);
    QCOMPARE(order->history().last().event, u"sold"_s);
    // A sale must be paid in full.
    auto short_ = Order::createSold(tickets(2),
                                    Payment{{}, PaymentMethod::Cash, Money(45000, m_dkk), {}, {}},
                                    m_now);
    QVERIFY(!short_);
    QCOMPARE(short_.error().code, ErrorCode::InvalidArgument);
}

void tst_Order::reservationLifecycle()
{
    const QDateTime until = m_now.addDays(2);
    auto order = Order::createReserved(tickets(3), until, m_now);
    QVERIFY(order);
    QCOMPARE(order->status(), OrderStatus::Reserved);
    QCOMPARE(order->reservedUntil(), until);
    QVERIFY(!order->isExpired(m_now));
    QCOMPARE(order->effectiveStatus(until.addSecs(-1)), OrderStatus::Reserved);
    // Past its time a reservation counts as cancelled, never as sold.
    QCOMPARE(order->effectiveStatus(until), OrderStatus::Cancelled);
    QVERIFY(order->pay(Payment{{}, PaymentMethod::Card, Money(135000, m_dkk), {}, {}},
                       m_now.addDays(1)));
    QCOMPARE(order->status(), OrderStatus::Sold);
    QVERIFY(!order->reservedUntil().isValid());
    QCOMPARE(order->effectiveStatus(until.addDays(5)), OrderStatus::Sold);
    QVERIFY(order->cancel(m_now.addDays(1), u"customer ill"_s));
    QCOMPARE(order->status(), OrderStatus::Cancelled);
    for (const Ticket &t : order->tickets()) {
        QCOMPARE(t.status, TicketStatus::Refunded);
        QVERIFY(!t.isActive());
    }
    QCOMPARE(order->history().last().detail, u"customer ill"_s);
}

void tst_Order::expiredReservationCannotBePaid()
{
    auto order = Order::createReserved(tickets(1), m_now.addSecs(3600), m_now);
    QVERIFY(order);
    const auto paid = order->pay(Payment{{}, PaymentMethod::Cash, Money(45000, m_dkk), {}, {}},
                                 m_now.addSecs(3600));
    QVERIFY(!paid);
    QCOMPARE(paid.error().code, ErrorCode::ReservationExpired);
    QCOMPARE(order->status(), OrderStatus::Reserved);
    QVERIFY(order->payments().isEmpty());
    QVERIFY(!order->expire(m_now)); // not yet
    QVERIFY(order->expire(m_now.addSecs(3600)));
    QCOMPARE(order->status(), OrderStatus::Cancelled);
    QCOMPARE(order->tickets().first().status, TicketStatus::Cancelled);
    QCOMPARE(order->history().last().event, u"expired"_s);
}

void tst_Order::illegalTransitionsLeaveOrderUnchanged()
{
    auto order = Order::createSold(tickets(1),
                                   Payment{{}, PaymentMethod::Cash, Money(45000, m_dkk), {}, {}},
                                   m_now);
    QVERIFY(order);
    QVERIFY(order->cancel(m_now, {}));
    const auto historySize = order->history().size();
    const auto again = order->cancel(m_now, {});
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::IllegalTransition);
    const auto pay = order->pay(Payment{{}, PaymentMethod::Cash, Money(45000, m_dkk), {}, {}},
                                m_now);
    QVERIFY(!pay);
    QCOMPARE(pay.error().code, ErrorCode::IllegalTransition);
    QVERIFY(!order->expire(m_now));
    QCOMPARE(order->history().size(), historySize);
    QCOMPARE(order->status(), OrderStatus::Cancelled);
}

void tst_Order::invalidOrdersRefused()
{
    QVERIFY(!Order::createReserved({}, m_now.addDays(1), m_now));
    QVERIFY(!Order::createReserved(tickets(1), m_now.addSecs(-1), m_now));
    QList<Ticket> mixed = tickets(2);
    mixed[1].price = Money(100, Currency::fromCode(u"EUR"));
    QCOMPARE(Order::createReserved(mixed, m_now.addDays(1), m_now).error().code,
             ErrorCode::CurrencyMismatch);
    QList<Ticket> both = tickets(1);
    both[0].zone = ZoneId(5);
    QVERIFY(!Order::createReserved(both, m_now.addDays(1), m_now));
    QList<Ticket> twoShows = tickets(2);
    twoShows[1].performance = PerformanceId(2);
    QVERIFY(!Order::createReserved(twoShows, m_now.addDays(1), m_now));
}

void tst_Order::names()
{
    for (auto s : {OrderStatus::Reserved, OrderStatus::Sold, OrderStatus::Cancelled})
        QCOMPARE(*orderStatusFromName(orderStatusName(s)), s);
    for (int i = 0; i <= int(TicketStatus::Cancelled); ++i)
        QCOMPARE(*ticketStatusFromName(ticketStatusName(TicketStatus(i))), TicketStatus(i));
    QCOMPARE(*paymentMethodFromName(u"card"), PaymentMethod::Card);
    QVERIFY(!orderStatusFromName(u"paid"));
}

QTEST_GUILESS_MAIN(tst_Order)
#include "tst_order.moc"
