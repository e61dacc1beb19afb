// SPDX-License-Identifier: GPL-3.0-or-later
// The sales screen in connected mode, against the real server and PostgreSQL (tests/support):
// the composition root's ConnectedSales sends a sale from the screen to the server (hold, then
// confirm) while online, and sells only from the terminal's lease while offline. Reservations
// are made, paid and cancelled on the server while online and refused offline; a supervisor's
// approval of a blocked customer's sale goes with the order for the server to check.
#include "models/connectedsales.h"

#include "models/basketmodel.h"
#include "models/boxoffice.h"
#include "models/customerdesk.h"
#include "models/salesgateway.h"
#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "sync/terminalleases.h"
#include "tests/support/connectedterminal.h"
#include "widgets/customercard.h"
#include "widgets/mainwindow.h"
#include "widgets/reservedialog.h"
#include "widgets/salesscreen.h"
#include "widgets/syncdesk.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace parkett;
using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_ConnectedSales final : public ConnectedTerminalTest
{
    Q_OBJECT

private Q_SLOTS:
    void standaloneWithoutAServer();
    void salesScreenSellsOnlineThenFromTheLease();
    void reserveOnlineThenPayAtTheCard();
    void reserveOnlineThenCancelAtTheCard();
    void reservingOfflineIsRefused();
    void blockedCustomerWithTheSupervisorsPassword();
    void blockedCustomerWithAWrongPassword();
    void blockedCustomerOffline();

private:
    /** The window with \a sales, one performance open in it; the box office's gateway is
        \a sales until the returned guard goes. */
    struct Counter
    {
        std::unique_ptr<MainWindow> window;
        SalesScreen *screen = nullptr;
        PerformanceId performance;
        BoxOffice *box = nullptr;
        ~Counter()
        {
            window.reset();
            if (box)
                box->setSalesGateway(nullptr);
        }
    };
    bool openCounter(Counter &counter, ConnectedSales &sales);
    /** A customer made on the server and arrived in the cache through the feed. */
    CustomerId serverCustomer(const QString &lastName);
    void blockFromSale(CustomerId customer);
    /** Reserves \a seats' basket through \a sales; the local order. */
    Result<Order> reserveThrough(SalesGateway &sales, const Basket &basket);
    QString serverStatus(const Order &order);
    /** A hold by another counter on \a seats: 201 when they are free on the server. */
    int holdElsewhere(PerformanceId performance, const QList<SeatId> &seats);
    qint64 serverId(OrderId order);
    bool m_signedIn = false;
    int serverOrdersWithReceipt(PerformanceId performance, const QString &receipt);
};

int tst_ConnectedSales::serverOrdersWithReceipt(PerformanceId performance, const QString &receipt)
{
    const HttpReply snapshot = m_supervisor->get(
        u"/v1/performances/%1/snapshot"_s.arg(performance.value));
    int n = 0;
    for (const QJsonValue &o : snapshot.json.value(u"orders"_s).toArray()) {
        if (o.toObject().value(u"receipt"_s).toString() == receipt)
            ++n;
    }
    return n;
}

void tst_ConnectedSales::standaloneWithoutAServer()
{
    // No server configured for the file: the gateway is the standalone one, and says so.
    StandaloneBox file;
    QVERIFY(file.isOpen());
    BoxOffice &box = *file.box;
    SyncServices &sync = *file.sync;
    StandaloneSales standalone(box);
    ConnectedSales sales(sync, standalone);
    QVERIFY(!sales.isConnected());
    QCOMPARE(sales.modeText(), standalone.modeText());
    QVERIFY(sales.canReserve());
    QVERIFY(sales.canOverrideRules());
}

void tst_ConnectedSales::salesScreenSellsOnlineThenFromTheLease()
{
    QVERIFY(signIn());
    StandaloneSales standalone(*m_box);
    ConnectedSales sales(*m_sync, standalone);
    QVERIFY(sales.isConnected());
    QVERIFY(sales.isOnline());
    QVERIFY(sales.canReserve());
    QCOMPARE(sales.approvalCheck(), SalesGateway::ApprovalCheck::Server);

    m_box->setModeName(u"Connected to %1"_s.arg(m_server.url().host()));
    MainWindow window(*m_box);
    SyncDesk *desk = window.attachSync(*m_sync);
    desk->setQuitConfirmation([](int) { return true; });
    window.setSalesGateway(&sales);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const PerformanceId performance = m_sync->cache().onSalePerformances()->first();
    SalesScreen *screen = window.openPerformance(performance);
    QVERIFY(screen);
    QVERIFY2(screen->salesModeText().startsWith(u"Online"_s), qPrintable(screen->salesModeText()));
    auto *sell = screen->findChild<QPushButton *>(u"sellButton"_s);
    auto *reserve = screen->findChild<QPushButton *>(u"reserveButton"_s);
    QVERIFY(sell && reserve);

    // One seat is leased to this terminal for later; the feed brings the lease.
    const SeatId leased = m_sync->leases()
                              .freeSeats(performance, 1, QDateTime::currentDateTimeUtc())
                              ->first();
    std::optional<Result<void>> leasedDone;
    m_sync->leases().lease(performance, {leased}, {}, this, [&](Result<void> r) { leasedDone = r; });
    QVERIFY(QTest::qWaitFor([&] { return leasedDone.has_value(); }, 30000));
    QVERIFY(*leasedDone);
    QVERIFY(
        QTest::qWaitFor([&] { return cached(u"SELECT count(*) FROM sync_leases"_s) == 1; }, 30000));

    // Online: two best seats, Sell; the server holds and confirms, the cache has its order.
    QVERIFY(screen->findBestSeats(2, CategoryId()));
    const QList<SeatId> seats = screen->basketModel()->basket().seats();
    QCOMPARE(seats.size(), 2);
    QVERIFY(!seats.contains(leased));
    QVERIFY(sell->isEnabled());
    QVERIFY(reserve->isEnabled()); // online, a reservation goes to the server
    QSignalSpy placed(screen, &SalesScreen::orderPlaced);
    QTest::mouseClick(sell, Qt::LeftButton);
    QVERIFY(placed.wait(30000));
    const qint64 order = cached(u"SELECT o.server_id FROM tickets t JOIN orders o"
                                " ON o.id = t.order_id WHERE t.performance_id = ?"
                                " AND t.seat_id = ? AND t.active = 1"_s,
                                {performance.value, seats.first().value});
    QVERIFY(order > 0);
    const HttpReply onServer = m_supervisor->get(u"/v1/orders/%1"_s.arg(order));
    QCOMPARE(onServer.status, 200);
    const QJsonObject wire = onServer.json.value(u"order"_s).toObject();
    QCOMPARE(wire.value(u"status"_s).toString(), u"sold"_s);
    QCOMPARE(wire.value(u"tickets"_s).toArray().size(), 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(screen->inventory().seatStatus(seats.at(0), now), SeatStatus::Sold);
    QCOMPARE(screen->inventory().seatStatus(seats.at(1), now), SeatStatus::Sold);
    for (QDialog *dialog : screen->findChildren<QDialog *>())
        dialog->close();

    if (const QString dir = qEnvironmentVariable("PARKETT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(screen->findBestSeats(3, CategoryId()));
        QTest::qWait(50);
        // The picture names no folder of the machine that took it.
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->text().contains(m_dir.path()))
                label->setText(label->text().replace(m_dir.path(), u"~/.local/share/Parkett"_s));
        }
        QVERIFY(window.grab().save(QDir(dir).filePath(u"sales-connected.png"_s)));
        screen->basketModel()->clear();
    }

    // Another counter holds a seat: the open seat map shows it taken through the change feed,
    // and free again when that counter lets go.
    const SeatId elsewhere = m_sync->leases()
                                 .freeSeats(performance, 1, QDateTime::currentDateTimeUtc())
                                 ->first();
    TestClient phone(m_server.url());
    QVERIFY(phone.login(u"phone"_s, demoPassword(), 2));
    const HttpReply hold = phone.post(u"/v1/holds"_s,
                                      {{u"performance"_s, performance.value},
                                       {u"seats"_s, QJsonArray{elsewhere.value}},
                                       {u"ttlSeconds"_s, 600}});
    QCOMPARE(hold.status, 201);
    auto statusOnScreen = [&] {
        return screen->inventory().seatStatus(elsewhere, QDateTime::currentDateTimeUtc());
    };
    QVERIFY(QTest::qWaitFor([&] { return statusOnScreen() != SeatStatus::Free; }, 30000));
    const QString holdId = hold.json.value(u"hold"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(phone.request("DELETE", u"/v1/holds/%1"_s.arg(holdId), {}, newOperationId()).status,
             204);
    QVERIFY(QTest::qWaitFor([&] { return statusOnScreen() == SeatStatus::Free; }, 30000));

    // Offline: a seat that is not leased here is refused, and nothing is written.
    m_sync->engine().setForcedOffline(true);
    QVERIFY2(screen->salesModeText().startsWith(u"Offline"_s), qPrintable(screen->salesModeText()));
    const qint64 ordersBefore = cached(u"SELECT count(*) FROM orders"_s);
    QVERIFY(screen->findBestSeats(1, CategoryId()));
    QVERIFY(!screen->basketModel()->basket().seats().contains(leased));
    placed.clear();
    QTest::mouseClick(sell, Qt::LeftButton);
    auto *refusal = screen->findChild<QMessageBox *>(u"saleError"_s);
    QVERIFY(refusal);
    QVERIFY2(refusal->detailedText().contains(u"leased to it"_s),
             qPrintable(refusal->detailedText()));
    refusal->close();
    QCOMPARE(placed.size(), 0);
    QCOMPARE(cached(u"SELECT count(*) FROM orders"_s), ordersBefore);
    QCOMPARE(*m_sync->outbox().depth(), 0);

    // The leased seat sells offline: a local order under a receipt number, and its outbox
    // operation.
    screen->basketModel()->clear();
    QVERIFY(screen->basketModel()->addSeat(leased));
    QVERIFY(sell->isEnabled());
    QTest::mouseClick(sell, Qt::LeftButton);
    QCOMPARE(placed.size(), 1);
    QCOMPARE(*m_sync->outbox().depth(), 1);
    const QString receipt = m_box->database()
                                .scalar(u"SELECT number FROM orders WHERE origin = 'offline'"_s)
                                ->toString();
    QCOMPARE(receipt, u"T1-000001"_s);
    QCOMPARE(screen->inventory().seatStatus(leased, QDateTime::currentDateTimeUtc()),
             SeatStatus::Sold);
    for (QDialog *dialog : screen->findChildren<QDialog *>())
        dialog->close();

    // Back online: the outbox goes out, once.
    m_sync->engine().setForcedOffline(false);
    QVERIFY(QTest::qWaitFor([&] { return *m_sync->outbox().depth() == 0; }, 60000));
    QCOMPARE(serverOrdersWithReceipt(performance, receipt), 1);
    QVERIFY(QTest::qWaitFor([&] { return screen->salesModeText().startsWith(u"Online"_s); }, 30000));
}

/** Answers the modal dialogs that come up, in order: a message box by the button whose text
    starts with the answer, an input dialog by typing the answer and accepting. */
class DialogAnswers final : public QObject
{
public:
    explicit DialogAnswers(QStringList answers)
        : m_answers(std::move(answers))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { answer(); });
        m_timer.start();
    }
    int answered() const { return m_answered; }
    QStringList texts() const { return m_texts; }

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last || m_answers.isEmpty())
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            m_texts.append(box->objectName() + u':' + box->text());
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().startsWith(m_answers.first())) {
                    m_last = modal;
                    m_answers.removeFirst();
                    ++m_answered;
                    b->click();
                    return;
                }
            }
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            m_texts.append(input->labelText());
            m_last = modal;
            input->setTextValue(m_answers.takeFirst());
            ++m_answered;
            input->accept();
        }
    }

    QStringList m_answers;
    QStringList m_texts;
    QPointer<QWidget> m_last;
    QTimer m_timer;
    int m_answered = 0;
};

bool tst_ConnectedSales::openCounter(Counter &counter, ConnectedSales &sales)
{
    if (!m_signedIn) {
        if (!signIn())
            return false;
        m_signedIn = true;
    }
    sales.setCustomerDesk(&m_box->customers());
    m_box->setSalesGateway(&sales);
    counter.box = m_box.get();
    counter.window = std::make_unique<MainWindow>(*m_box);
    counter.window->setSalesGateway(&sales);
    counter.window->resize(1400, 900);
    counter.window->show();
    if (!QTest::qWaitForWindowExposed(counter.window.get()))
        return false;
    counter.performance = m_sync->cache().onSalePerformances()->first();
    counter.screen = counter.window->openPerformance(counter.performance);
    return counter.screen != nullptr;
}

CustomerId tst_ConnectedSales::serverCustomer(const QString &lastName)
{
    const HttpReply made = m_supervisor->post(u"/v1/customers"_s,
                                              {{u"firstName"_s, u"Test"_s},
                                               {u"lastName"_s, lastName}});
    if (made.status != 201)
        return {};
    const qint64 id = made.json.value(u"customer"_s).toObject().value(u"id"_s).toInteger();
    if (!QTest::qWaitFor(
            [&] { return cached(u"SELECT count(*) FROM customers WHERE id = ?"_s, {id}) == 1; },
            30000))
        return {};
    return CustomerId(id);
}

void tst_ConnectedSales::blockFromSale(CustomerId customer)
{
    // Flags are the counter's own business; the cache keeps them.
    QVERIFY(m_box->database().exec(u"INSERT INTO customer_flags (customer_id, flag_id, added_at)"
                                   " SELECT ?, d.id, '2026-11-22T12:00:00.000Z' FROM"
                                   " customer_flag_definitions d WHERE d.kind = 'blocked-sale'"_s,
                                   {customer.value}));
}

Result<Order> tst_ConnectedSales::reserveThrough(SalesGateway &sales, const Basket &basket)
{
    std::optional<Result<Order>> out;
    sales.reserve(basket,
                  QDateTime::currentDateTimeUtc().addSecs(3600),
                  {},
                  this,
                  [&out](Result<Order> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return makeError(ErrorCode::StorageFailure, u"no answer"_s);
    return std::move(*out);
}

qint64 tst_ConnectedSales::serverId(OrderId order)
{
    return cached(u"SELECT server_id FROM orders WHERE id = ?"_s, {order.value});
}

QString tst_ConnectedSales::serverStatus(const Order &order)
{
    const HttpReply reply = m_supervisor->get(u"/v1/orders/%1"_s.arg(serverId(order.id())));
    return reply.json.value(u"order"_s).toObject().value(u"status"_s).toString();
}

int tst_ConnectedSales::holdElsewhere(PerformanceId performance, const QList<SeatId> &seats)
{
    TestClient phone(m_server.url());
    if (!phone.login(u"phone"_s, demoPassword(), 2))
        return 0;
    QJsonArray ids;
    for (SeatId seat : seats)
        ids.append(seat.value);
    const HttpReply hold = phone.post(u"/v1/holds"_s,
                                      {{u"performance"_s, performance.value},
                                       {u"seats"_s, ids},
                                       {u"ttlSeconds"_s, 600}});
    if (hold.status == 201)
        phone.request("DELETE",
                      u"/v1/holds/%1"_s.arg(
                          hold.json.value(u"hold"_s).toObject().value(u"id"_s).toString()),
                      {},
                      newOperationId());
    return hold.status;
}

void tst_ConnectedSales::reserveOnlineThenPayAtTheCard()
{
    StandaloneSales standalone(*m_box);
    ConnectedSales sales(*m_sync, standalone);
    Counter counter;
    QVERIFY(openCounter(counter, sales));
    SalesScreen *screen = counter.screen;
    const CustomerId customer = serverCustomer(u"Reserver"_s);
    QVERIFY(customer.isValid());

    // The screen's Reserve: the same dialog as standalone (until when, for whom), then hold
    // and confirm with reserveUntil on the server.
    screen->setCustomer(customer, u"Test Reserver"_s);
    QVERIFY(screen->findBestSeats(2, CategoryId()));
    const QList<SeatId> seats = screen->basketModel()->basket().seats();
    auto *reserve = screen->findChild<QPushButton *>(u"reserveButton"_s);
    QVERIFY(reserve->isEnabled());
    QDateTime chosen;
    QTimer::singleShot(0, this, [&chosen] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ReserveDialog *>(w); dialog && dialog->isVisible()) {
                dialog->setUntil(QDateTime::currentDateTime().addSecs(2 * 3600));
                chosen = dialog->until();
                dialog->accept();
            }
        }
    });
    QSignalSpy placed(screen, &SalesScreen::orderPlaced);
    QTest::mouseClick(reserve, Qt::LeftButton);
    QVERIFY(placed.wait(30000));
    QVERIFY(chosen.isValid());
    const OrderId local = placed.first().first().value<OrderId>();
    auto order = m_box->customers().order(local);
    QVERIFY(order);
    QCOMPARE(order->status(), OrderStatus::Reserved);
    QCOMPARE(order->customer(), customer);
    QCOMPARE(serverStatus(*order), u"reserved"_s);
    const HttpReply wire = m_supervisor->get(u"/v1/orders/%1"_s.arg(serverId(local)));
    const QDateTime until = QDateTime::fromString(
        wire.json.value(u"order"_s).toObject().value(u"reservedUntil"_s).toString(), Qt::ISODate);
    QCOMPARE(until.toSecsSinceEpoch() / 60, chosen.toUTC().toSecsSinceEpoch() / 60);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(screen->inventory().seatStatus(seats.first(), now), SeatStatus::Reserved);
    QCOMPARE(holdElsewhere(counter.performance, seats), 409);
    for (QDialog *dialog : screen->findChildren<QDialog *>())
        dialog->close();

    // The customer card lists it; Pay reservation pays it on the server.
    CustomerCard card(*m_box, customer);
    QVERIFY(card.load());
    QSignalSpy changed(&card, &CustomerCard::reservationChanged);
    card.payReservation(local, PaymentMethod::Card);
    QVERIFY(changed.wait(30000));
    QCOMPARE(serverStatus(*order), u"sold"_s);
    QCOMPARE(m_box->customers().order(local)->status(), OrderStatus::Sold);
    QCOMPARE(m_pg.sql(u"SELECT method || ' ' || amount FROM payments WHERE order_id = %1"_s.arg(
                 serverId(local))),
             u"card %1"_s.arg(order->total().minorUnits()));
    // Paid is paid: a second payment is refused by the server, and nothing changes.
    std::optional<Result<Order>> again;
    sales.payReservation(local, PaymentMethod::Cash, this, [&](Result<Order> r) { again = r; });
    QVERIFY(QTest::qWaitFor([&] { return again.has_value(); }, 30000));
    QVERIFY(!*again);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM payments WHERE order_id = %1"_s.arg(serverId(local))),
             u"1"_s);
}

void tst_ConnectedSales::reserveOnlineThenCancelAtTheCard()
{
    StandaloneSales standalone(*m_box);
    ConnectedSales sales(*m_sync, standalone);
    Counter counter;
    QVERIFY(openCounter(counter, sales));
    const CustomerId customer = serverCustomer(u"Canceller"_s);
    QVERIFY(customer.isValid());
    QVERIFY(counter.screen->findBestSeats(2, CategoryId()));
    Basket basket = counter.screen->basketModel()->basket();
    basket.setCustomer(customer);
    const QList<SeatId> seats = basket.seats();
    auto reserved = reserveThrough(sales, basket);
    QVERIFY2(reserved, qPrintable(reserved ? QString() : reserved.error().message));
    QCOMPARE(reserved->status(), OrderStatus::Reserved);
    QCOMPARE(serverStatus(*reserved), u"reserved"_s);
    QCOMPARE(holdElsewhere(counter.performance, seats), 409);

    // The card's Cancel reservation: the server cancels it, its seats are free again there
    // and in the cache.
    CustomerCard card(*m_box, customer);
    QVERIFY(card.load());
    QSignalSpy changed(&card, &CustomerCard::reservationChanged);
    card.cancelReservation(reserved->id(), u"changed plans"_s);
    QVERIFY(changed.wait(30000));
    QCOMPARE(serverStatus(*reserved), u"cancelled"_s);
    QCOMPARE(m_box->customers().order(reserved->id())->status(), OrderStatus::Cancelled);
    QCOMPARE(m_pg.sql(u"SELECT detail FROM order_history WHERE order_id = %1"
                      " AND event = 'cancelled'"_s.arg(serverId(reserved->id()))),
             u"changed plans"_s);
    counter.screen->reloadInventory();
    QCOMPARE(counter.screen->inventory().seatStatus(seats.first(), QDateTime::currentDateTimeUtc()),
             SeatStatus::Free);
    QCOMPARE(holdElsewhere(counter.performance, seats), 201);
}

void tst_ConnectedSales::reservingOfflineIsRefused()
{
    StandaloneSales standalone(*m_box);
    ConnectedSales sales(*m_sync, standalone);
    Counter counter;
    QVERIFY(openCounter(counter, sales));
    SalesScreen *screen = counter.screen;
    // A reservation made online, to try paying offline.
    QVERIFY(screen->findBestSeats(1, CategoryId()));
    auto earlier = reserveThrough(sales, screen->basketModel()->basket());
    QVERIFY(earlier);
    screen->basketModel()->clear();

    m_sync->engine().setForcedOffline(true);
    QVERIFY(!sales.canReserve());
    const qint64 ordersBefore = cached(u"SELECT count(*) FROM orders"_s);
    const qint64 ticketsBefore = cached(u"SELECT count(*) FROM tickets"_s);
    QVERIFY(screen->findBestSeats(2, CategoryId()));
    auto *reserve = screen->findChild<QPushButton *>(u"reserveButton"_s);
    QVERIFY(!reserve->isEnabled());
    QVERIFY2(reserve->toolTip().contains(u"needs the server"_s), qPrintable(reserve->toolTip()));
    // Asked anyway (the shortcut, a stale button): refused before any dialog, nothing written.
    QSignalSpy placed(screen, &SalesScreen::orderPlaced);
    screen->reserve();
    auto *refusal = screen->findChild<QMessageBox *>(u"saleError"_s);
    QVERIFY(refusal);
    QVERIFY2(refusal->detailedText().contains(u"needs the server"_s),
             qPrintable(refusal->detailedText()));
    refusal->close();
    QCOMPARE(screen->basketModel()->rowCount(), 2); // the basket stays
    auto direct = reserveThrough(sales, screen->basketModel()->basket());
    QVERIFY(!direct);
    QVERIFY(direct.error().message.contains(u"needs the server"_s));
    std::optional<Result<Order>> paid;
    sales.payReservation(earlier->id(), PaymentMethod::Cash, this, [&](Result<Order> r) {
        paid = r;
    });
    QVERIFY(paid.has_value() && !*paid);
    QVERIFY(paid->error().message.contains(u"needs the server"_s));
    QCOMPARE(placed.size(), 0);
    QCOMPARE(cached(u"SELECT count(*) FROM orders"_s), ordersBefore);
    QCOMPARE(cached(u"SELECT count(*) FROM tickets"_s), ticketsBefore);
    QCOMPARE(*m_sync->outbox().depth(), 0);
    QCOMPARE(m_box->customers().order(earlier->id())->status(), OrderStatus::Reserved);
    QCOMPARE(serverStatus(*earlier), u"reserved"_s);

    m_sync->engine().setForcedOffline(false);
    QVERIFY(QTest::qWaitFor([&] { return sales.isOnline(); }, 30000));
    screen->basketModel()->clear();
}

void tst_ConnectedSales::blockedCustomerWithTheSupervisorsPassword()
{
    StandaloneSales standalone(*m_box);
    ConnectedSales sales(*m_sync, standalone);
    Counter counter;
    QVERIFY(openCounter(counter, sales));
    const CustomerId customer = serverCustomer(u"Blocked"_s);
    QVERIFY(customer.isValid());
    blockFromSale(customer);

    // The card, connected: the override asks for the supervisor's login and password (this
    // file has no passwords to check them against) and keeps them for the next sale.
    CustomerCard card(*m_box, customer);
    QVERIFY(card.load());
    DialogAnswers answers({u"Supervisor override"_s, u"supervisor"_s, demoPassword()});
    QSignalSpy sellRequested(&card, &CustomerCard::sellRequested);
    card.sell();
    QCOMPARE(answers.answered(), 3);
    QCOMPARE(sellRequested.size(), 1);
    QVERIFY2(answers.texts().join(u'|').contains(u"Login of the supervisor"_s),
             qPrintable(answers.texts().join(u'|')));
    QCOMPARE(m_box->customers().approvalFor(customer).login, u"supervisor"_s);

    SalesScreen *screen = counter.screen;
    screen->setCustomer(customer, u"Test Blocked"_s);
    QVERIFY(screen->findBestSeats(2, CategoryId()));
    QSignalSpy placed(screen, &SalesScreen::orderPlaced);
    screen->sell();
    QVERIFY(placed.wait(30000));
    const OrderId local = placed.first().first().value<OrderId>();
    QCOMPARE(m_box->customers().order(local)->customer(), customer);
    // The server checked the password and names the approval in the order's history.
    const QString history = m_pg.sql(
        u"SELECT string_agg(event || ': ' || coalesce(detail, ''), '; ') FROM order_history"
        " WHERE order_id = %1"_s.arg(serverId(local)));
    QVERIFY2(history.contains(u"sold: blocked customer approved by supervisor supervisor"_s),
             qPrintable(history));
    // The password is not kept after the sale: the next one needs a supervisor again.
    QVERIFY(!m_box->customers().approvalFor(customer).isSet());
    for (QDialog *dialog : screen->findChildren<QDialog *>())
        dialog->close();
}

void tst_ConnectedSales::blockedCustomerWithAWrongPassword()
{
    StandaloneSales standalone(*m_box);
    ConnectedSales sales(*m_sync, standalone);
    Counter counter;
    QVERIFY(openCounter(counter, sales));
    const CustomerId customer = serverCustomer(u"Refused"_s);
    QVERIFY(customer.isValid());
    blockFromSale(customer);
    QVERIFY(m_box->customers().allowBlockedSaleOnServer(customer,
                                                        u"supervisor"_s,
                                                        u"not the password"_s));
    SalesScreen *screen = counter.screen;
    screen->setCustomer(customer, u"Test Refused"_s);
    QVERIFY(screen->findBestSeats(2, CategoryId()));
    const QList<SeatId> seats = screen->basketModel()->basket().seats();
    const qint64 ordersBefore = cached(u"SELECT count(*) FROM orders"_s);
    const QString serverOrdersBefore = m_pg.sql(u"SELECT count(*) FROM orders"_s);
    QSignalSpy placed(screen, &SalesScreen::orderPlaced);
    screen->sell();
    QMessageBox *refusal = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (refusal = screen->findChild<QMessageBox *>(u"saleError"_s)) != nullptr; },
        30000));
    QVERIFY2(refusal->detailedText().contains(u"refused the supervisor's approval"_s),
             qPrintable(refusal->detailedText()));
    QVERIFY(refusal->detailedText().contains(u"password is wrong"_s));
    refusal->close();
    QCOMPARE(placed.size(), 0);
    QCOMPARE(screen->basketModel()->basket().seats(), seats); // the basket is kept
    QCOMPARE(screen->basketModel()->basket().customer(), customer);
    QCOMPARE(cached(u"SELECT count(*) FROM orders"_s), ordersBefore);
    QCOMPARE(m_pg.sql(u"SELECT count(*) FROM orders"_s), serverOrdersBefore);
    // The wrong password is forgotten; the hold went back at once.
    QVERIFY(!m_box->customers().approvalFor(customer).isSet());
    QCOMPARE(holdElsewhere(counter.performance, seats), 201);
    screen->basketModel()->clear();
}

void tst_ConnectedSales::blockedCustomerOffline()
{
    StandaloneSales standalone(*m_box);
    ConnectedSales sales(*m_sync, standalone);
    Counter counter;
    QVERIFY(openCounter(counter, sales));
    const CustomerId customer = serverCustomer(u"Offline"_s);
    QVERIFY(customer.isValid());
    blockFromSale(customer);
    // A seat leased here, so that only the blocked customer stands in the way offline.
    const SeatId leased = m_sync->leases()
                              .freeSeats(counter.performance, 1, QDateTime::currentDateTimeUtc())
                              ->first();
    std::optional<Result<void>> leasedDone;
    m_sync->leases().lease(counter.performance, {leased}, {}, this, [&](Result<void> r) {
        leasedDone = r;
    });
    QVERIFY(QTest::qWaitFor([&] { return leasedDone.has_value(); }, 30000));
    QVERIFY(*leasedDone);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return cached(u"SELECT count(*) FROM sync_leases WHERE seat_id = ?"_s, {leased.value})
                   == 1;
        },
        30000));
    m_sync->engine().setForcedOffline(true);
    QCOMPARE(sales.approvalCheck(), SalesGateway::ApprovalCheck::Unavailable);

    // The card cannot take an approval offline, and says why.
    CustomerCard card(*m_box, customer);
    QVERIFY(card.load());
    DialogAnswers answers({u"Supervisor override"_s, u"OK"_s});
    QSignalSpy sellRequested(&card, &CustomerCard::sellRequested);
    card.sell();
    QCOMPARE(sellRequested.size(), 0);
    QVERIFY(QTest::qWaitFor([&] { return answers.answered() == 2; }, 5000));
    QVERIFY2(answers.texts().join(u'|').contains(u"approval needs the server"_s),
             qPrintable(answers.texts().join(u'|')));
    QVERIFY(!m_box->customers().approvalFor(customer).isSet());

    // An approval taken while online does not help offline either: refused, nothing written.
    QVERIFY(m_box->customers().allowBlockedSaleOnServer(customer, u"supervisor"_s, demoPassword()));
    SalesScreen *screen = counter.screen;
    screen->setCustomer(customer, u"Test Offline"_s);
    QVERIFY(screen->basketModel()->addSeat(leased));
    const qint64 ordersBefore = cached(u"SELECT count(*) FROM orders"_s);
    const int outboxBefore = *m_sync->outbox().depth();
    QSignalSpy placed(screen, &SalesScreen::orderPlaced);
    screen->sell();
    auto *refusal = screen->findChild<QMessageBox *>(u"saleError"_s);
    QVERIFY(refusal);
    QVERIFY2(refusal->detailedText().contains(u"approval needs the server"_s),
             qPrintable(refusal->detailedText()));
    refusal->close();
    QCOMPARE(placed.size(), 0);
    QCOMPARE(screen->basketModel()->rowCount(), 1);
    QCOMPARE(cached(u"SELECT count(*) FROM orders"_s), ordersBefore);
    QCOMPARE(*m_sync->outbox().depth(), outboxBefore);
    QCOMPARE(cached(u"SELECT count(*) FROM sync_leases WHERE seat_id = ?"_s, {leased.value}), 1);
    QVERIFY(!m_box->customers().approvalFor(customer).isSet());

    m_sync->engine().setForcedOffline(false);
    QVERIFY(QTest::qWaitFor([&] { return sales.isOnline(); }, 30000));
    screen->basketModel()->clear();
}

QTEST_MAIN(tst_ConnectedSales)
#include "tst_connectedsales.moc"
