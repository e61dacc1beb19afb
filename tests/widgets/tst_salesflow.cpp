// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the desktop client: open a performance, pick seats on the map with the
// mouse, add standing places, sell, and find the order in the database.
#include "core/seatplan.h"
#include "models/basketmodel.h"
#include "models/boxoffice.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/holdrepository.h"
#include "storage/orderrepository.h"
#include "storage/salesservice.h"
#include "widgets/mainwindow.h"
#include "widgets/orderconfirmationdialog.h"
#include "widgets/reservedialog.h"
#include "widgets/salesscreen.h"
#include "widgets/seatmap/seatmapview.h"

#include <memory>

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace parkett;

class TestSalesFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sellTwoSeatsAndTwoStandingPlaces();
    void enterPaysFromTheKeyboard();
    void refusedSaleWritesNothing();
    void reserveUntilTheChosenTime();
    void enterOnAFocusedButtonDoesWhatItSays();
    void reservationForACustomerFoundBySearch();
    void releaseHoldOnlyWithTheRole();
    void sellStandingPlacesFromAHold();

private:
    SalesScreen *openFirstPerformance();
    /** Two free, ordinary seats side by side in row G of the stalls. */
    QList<SeatId> freeSeats(const SalesScreen &screen) const;
    OrderConfirmationDialog *confirmation() const;

    QDateTime m_now;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<OrderRepository> m_orders;
    std::unique_ptr<SalesService> m_sales;
    std::unique_ptr<BoxOffice> m_boxOffice;
    std::unique_ptr<MainWindow> m_window;
};

void TestSalesFlow::init()
{
    m_now = QDateTime(QDate(2025, 3, 3), QTime(10, 0));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("parkett.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    auto seeded = seedDemo(*m_db, m_now);
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
    // The test reads and sells through its own connection, like a second counter would.
    m_catalog = std::make_unique<CatalogRepository>(*m_db);
    m_orders = std::make_unique<OrderRepository>(*m_db);
    m_sales = std::make_unique<SalesService>(*m_db);

    auto clientDb = Database::open(path);
    QVERIFY2(clientDb, clientDb ? "" : qPrintable(clientDb.error().message));
    const QDateTime now = m_now;
    m_boxOffice = std::make_unique<BoxOffice>(std::move(*clientDb), [now] { return now; });
    m_window = std::make_unique<MainWindow>(*m_boxOffice);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSalesFlow::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            delete w;
    }
    m_window.reset();
    m_boxOffice.reset();
    m_sales.reset();
    m_orders.reset();
    m_catalog.reset();
    m_db.reset();
    m_dir.reset();
}

SalesScreen *TestSalesFlow::openFirstPerformance()
{
    QTableView *table = m_window->findChild<QTableView *>(QStringLiteral("performanceTable"));
    if (!table || table->model()->rowCount() != 4)
        return nullptr;
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *screen = m_window->currentSalesScreen();
    if (screen)
        QTest::qWait(0); // let the new tab lay out so the map has its final size
    return screen;
}

QList<SeatId> TestSalesFlow::freeSeats(const SalesScreen &screen) const
{
    const SeatPlan &plan = screen.plan();
    QList<SeatId> out;
    for (int i = 0; i < plan.seats().size() && out.size() < 2; ++i) {
        const Seat &seat = plan.seats().at(i);
        if (plan.rowLabelOf(i) == QLatin1StringView("G")
            && (seat.label == QLatin1StringView("7") || seat.label == QLatin1StringView("8"))
            && screen.inventory().seatStatus(seat.id, m_now) == SeatStatus::Free)
            out.append(seat.id);
    }
    return out;
}

OrderConfirmationDialog *TestSalesFlow::confirmation() const
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<OrderConfirmationDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestSalesFlow::sellTwoSeatsAndTwoStandingPlaces()
{
    SalesScreen *screen = openFirstPerformance();
    QVERIFY(screen);
    auto *map = screen->findChild<SeatMapView *>();
    QVERIFY(map);
    const QList<SeatId> seats = freeSeats(*screen);
    QCOMPARE(seats.size(), 2);
    for (SeatId seat : seats) {
        const QPoint pos = map->mapFromPlan(screen->plan().seat(seat)->pos);
        QVERIFY(map->viewport()->rect().contains(pos));
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, pos);
    }
    QCOMPARE(map->selectedSeats(), seats);
    QCOMPARE(screen->basketModel()->rowCount(), 2);

    const ZoneId zone = screen->plan().zones().first().id;
    auto *standing = screen->findChild<QSpinBox *>(
        QStringLiteral("standingSpin_%1").arg(zone.value));
    QVERIFY(standing);
    standing->setValue(2);
    QCOMPARE(screen->basketModel()->rowCount(), 4);

    // A seated ticket at the child price, chosen like the delegate does it.
    BasketModel *basket = screen->basketModel();
    const QModelIndex type = basket->index(0, BasketModel::PriceTypeColumn);
    const QVariantList allowed = type.data(BasketModel::AllowedPriceTypeIdsRole).toList();
    QVERIFY(allowed.size() > 1);
    QVERIFY(basket->setData(type, allowed.at(1)));
    const Money expectedTotal = basket->total();

    auto *sell = screen->findChild<QPushButton *>(QStringLiteral("sellButton"));
    QVERIFY(sell && sell->isEnabled());
    QTest::mouseClick(sell, Qt::LeftButton);

    QTRY_VERIFY(confirmation());
    OrderConfirmationDialog *dialog = confirmation();
    const OrderId orderId = dialog->orderId();
    QVERIFY(orderId.isValid());
    QVERIFY(!dialog->orderNumber().isEmpty());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!confirmation());

    auto order = m_orders->order(orderId);
    QVERIFY2(order, order ? "" : qPrintable(order.error().message));
    QCOMPARE(order->status(), OrderStatus::Sold);
    QCOMPARE(order->tickets().size(), 4);
    QCOMPARE(order->total(), expectedTotal);
    QList<SeatId> soldSeats;
    int standingTickets = 0;
    for (const Ticket &t : order->tickets()) {
        if (t.isSeated())
            soldSeats.append(t.seat);
        else if (t.zone == zone)
            ++standingTickets;
        QVERIFY(!t.barcode.isEmpty());
    }
    QCOMPARE(soldSeats, seats);
    QCOMPARE(standingTickets, 2);

    // The screen starts over and shows the seats as sold.
    QCOMPARE(screen->basketModel()->rowCount(), 0);
    QCOMPARE(standing->value(), 0);
    for (SeatId seat : seats)
        QCOMPARE(map->seatStatus(seat), SeatStatus::Sold);
    QVERIFY(map->selectedSeats().isEmpty());
}

void TestSalesFlow::enterPaysFromTheKeyboard()
{
    SalesScreen *screen = openFirstPerformance();
    QVERIFY(screen);
    auto *count = screen->findChild<QSpinBox *>(QStringLiteral("bestCount"));
    QVERIFY(count);
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("3"));
    QTest::keyClick(count, Qt::Key_Return); // Enter in "best seats" finds seats, it does not pay
    QCOMPARE(screen->basketModel()->rowCount(), 3);
    QVERIFY(!confirmation());

    auto *standing = screen->findChild<QSpinBox *>(
        QStringLiteral("standingSpin_%1").arg(screen->plan().zones().first().id.value));
    standing->setFocus();
    QTest::keyClick(standing, Qt::Key_Up);
    QTest::keyClick(standing, Qt::Key_Return); // Enter pays
    QTRY_VERIFY(confirmation());
    const OrderId id = confirmation()->orderId();
    QTest::keyClick(confirmation(), Qt::Key_Return);
    QTRY_VERIFY(!confirmation());
    auto order = m_orders->order(id);
    QVERIFY(order);
    QCOMPARE(order->status(), OrderStatus::Sold);
    QCOMPARE(order->tickets().size(), 4);
}

void TestSalesFlow::refusedSaleWritesNothing()
{
    SalesScreen *screen = openFirstPerformance();
    QVERIFY(screen);
    auto *map = screen->findChild<SeatMapView *>();
    const QList<SeatId> seats = freeSeats(*screen);
    QCOMPARE(seats.size(), 2);
    for (SeatId seat : seats)
        QTest::mouseClick(map->viewport(),
                          Qt::LeftButton,
                          {},
                          map->mapFromPlan(screen->plan().seat(seat)->pos));
    QCOMPARE(screen->basketModel()->rowCount(), 2);

    // Another terminal sells the first seat first.
    auto prices = m_catalog->priceList(screen->performance());
    auto types = m_catalog->priceTypes();
    QVERIFY(prices && types);
    Basket other(screen->performance(), &screen->plan(), *prices, *types);
    QVERIFY(other.addSeat(seats.first()));
    QVERIFY(m_sales->sell(other, PaymentMethod::Card, m_now));
    auto before = m_orders->list(OrderFilter{screen->performance(), {}, {}, 200});
    QVERIFY(before);

    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("sellButton")),
                      Qt::LeftButton);
    QMessageBox *error = nullptr;
    QTRY_VERIFY((error = screen->findChild<QMessageBox *>(QStringLiteral("saleError")))
                && error->isVisible());
    QVERIFY(!confirmation());
    auto after = m_orders->list(OrderFilter{screen->performance(), {}, {}, 200});
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
    // The map shows the truth; the taken seat left the basket, the other one stayed.
    QCOMPARE(map->seatStatus(seats.first()), SeatStatus::Sold);
    QCOMPARE(screen->basketModel()->basket().seats(), QList<SeatId>{seats.last()});
    error->accept();

    // Selling again sells what is left.
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("sellButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(confirmation());
    auto order = m_orders->order(confirmation()->orderId());
    QVERIFY(order);
    QCOMPARE(order->tickets().size(), 1);
    QCOMPARE(order->tickets().first().seat, seats.last());
    confirmation()->accept();
}

void TestSalesFlow::enterOnAFocusedButtonDoesWhatItSays()
{
    SalesScreen *screen = openFirstPerformance();
    QVERIFY(screen);
    QVERIFY(screen->findBestSeats(1, CategoryId()));
    auto before = m_orders->list(OrderFilter{screen->performance(), {}, {}, 200});
    bool dialogShown = false;
    QTimer::singleShot(0, this, [&dialogShown] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ReserveDialog *>(w); dialog && dialog->isVisible()) {
                dialogShown = true;
                dialog->reject();
            }
        }
    });
    auto *reserve = screen->findChild<QPushButton *>(QStringLiteral("reserveButton"));
    reserve->setFocus();
    QTest::keyClick(reserve, Qt::Key_Return);
    QVERIFY(dialogShown);
    QVERIFY(!confirmation());
    // Cancelling the reservation sold nothing.
    QCOMPARE(m_orders->list(OrderFilter{screen->performance(), {}, {}, 200})->size(),
             before->size());
    QCOMPARE(screen->basketModel()->rowCount(), 1);
}

void TestSalesFlow::reservationForACustomerFoundBySearch()
{
    SalesScreen *screen = openFirstPerformance();
    QVERIFY(screen);
    QVERIFY(screen->findBestSeats(2, CategoryId()));
    QDateTime latest;
    QTimer::singleShot(0, this, [&latest] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ReserveDialog *>(w); dialog && dialog->isVisible()) {
                auto *until = dialog->findChild<QDateTimeEdit *>(QStringLiteral("reserveUntil"));
                latest = until->maximumDateTime();
                QTest::keyClicks(dialog->customerSearchField(), QStringLiteral("sofie"));
                dialog->accept();
            }
        }
    });
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("reserveButton")),
                      Qt::LeftButton);
    // The dialog never offers a time after the performance starts.
    QCOMPARE(latest, m_catalog->performance(screen->performance())->startsAt);
    QTRY_VERIFY(confirmation());
    auto order = m_orders->order(confirmation()->orderId());
    confirmation()->accept();
    QVERIFY(order);
    QCOMPARE(order->status(), OrderStatus::Reserved);
    QVERIFY(order->customer().isValid());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT first_name FROM customers WHERE id = ?"),
                          {order->customer().value})
                 ->toString(),
             QStringLiteral("Sofie"));
}

void TestSalesFlow::reserveUntilTheChosenTime()
{
    SalesScreen *screen = openFirstPerformance();
    QVERIFY(screen);
    QVERIFY(screen->findBestSeats(2, CategoryId()));
    const QList<SeatId> seats = screen->basketModel()->basket().seats();
    QCOMPARE(seats.size(), 2);

    QDateTime offered;
    const QDateTime chosen = m_now.addDays(2).addSecs(3600);
    QTimer::singleShot(0, this, [&offered, chosen] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ReserveDialog *>(w); dialog && dialog->isVisible()) {
                offered = dialog->until();
                dialog->setUntil(chosen);
                dialog->accept();
            }
        }
    });
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("reserveButton")),
                      Qt::LeftButton);
    QCOMPARE(offered, m_now.addDays(3));
    QTRY_VERIFY(confirmation());
    const OrderId id = confirmation()->orderId();
    confirmation()->accept();

    auto order = m_orders->order(id);
    QVERIFY(order);
    QCOMPARE(order->status(), OrderStatus::Reserved);
    QCOMPARE(order->reservedUntil(), chosen);
    QCOMPARE(order->tickets().size(), 2);
    auto *map = screen->findChild<SeatMapView *>();
    for (SeatId seat : seats)
        QCOMPARE(map->seatStatus(seat), SeatStatus::Reserved);
}

void TestSalesFlow::releaseHoldOnlyWithTheRole()
{
    // G-7 under a code the counter may release, G-8 under one for supervisors only.
    SalesScreen *screen = openFirstPerformance();
    QVERIFY(screen);
    const QList<SeatId> seats = freeSeats(*screen);
    QCOMPARE(seats.size(), 2);
    HoldRepository holds(*m_db);
    HoldCode desk;
    desk.code = QStringLiteral("DESK");
    desk.role = QStringLiteral("box-office");
    QVERIFY(holds.saveCode(desk));
    HoldCode house;
    house.code = QStringLiteral("HOUSE");
    QVERIFY(holds.saveCode(house));
    QVERIFY(holds.holdSeats(screen->performance(), {seats.at(0)}, desk.code));
    QVERIFY(holds.holdSeats(screen->performance(), {seats.at(1)}, house.code));
    screen->reloadInventory();
    auto *map = screen->findChild<SeatMapView *>();
    auto *release = screen->findChild<QPushButton *>(QStringLiteral("releaseHoldButton"));
    QVERIFY(map && release);
    QVERIFY(!release->isVisible());
    QCOMPARE(map->seatStatus(seats.at(0)), SeatStatus::Blocked);

    QTest::mouseClick(map->viewport(),
                      Qt::LeftButton,
                      {},
                      map->mapFromPlan(screen->plan().seat(seats.at(1))->pos));
    QVERIFY(release->isVisible());
    QVERIFY(release->text().contains(QStringLiteral("HOUSE")));
    QTest::mouseClick(release, Qt::LeftButton);
    auto *feedback = screen->findChild<QLabel *>(QStringLiteral("feedback"));
    QVERIFY(feedback && feedback->isVisible());
    QVERIFY2(feedback->text().contains(QStringLiteral("may not release")),
             qPrintable(feedback->text()));
    QCOMPARE(map->seatStatus(seats.at(1)), SeatStatus::Blocked);
    QCOMPARE(holds.holds(screen->performance())->seats.size(), 2);

    QTest::mouseClick(map->viewport(),
                      Qt::LeftButton,
                      {},
                      map->mapFromPlan(screen->plan().seat(seats.at(0))->pos));
    QVERIFY(release->isVisible());
    QTest::mouseClick(release, Qt::LeftButton);
    QCOMPARE(map->seatStatus(seats.at(0)), SeatStatus::Free);
    QCOMPARE(holds.holds(screen->performance())->seats.size(), 1);
    QVERIFY(!release->isVisible());
}

void TestSalesFlow::sellStandingPlacesFromAHold()
{
    // Three free standing places are left; 5 are held under DESK, which the counter may sell,
    // and the rest under HOUSE, which only a supervisor may. The spin box offers 3 + 5.
    SalesScreen *screen = openFirstPerformance();
    QVERIFY(screen);
    const StandingZone zone = screen->plan().zones().first();
    const int free = screen->inventory().zoneCounts(zone.id, m_now).free();
    QVERIFY(free > 8);
    HoldRepository holds(*m_db);
    HoldCode desk;
    desk.code = QStringLiteral("DESK");
    desk.role = QStringLiteral("box-office");
    QVERIFY(holds.saveCode(desk));
    HoldCode house;
    house.code = QStringLiteral("HOUSE");
    QVERIFY(holds.saveCode(house));
    QVERIFY(holds.holdStanding(screen->performance(), zone.id, desk.code, 5));
    QVERIFY(holds.holdStanding(screen->performance(), zone.id, house.code, free - 8));
    screen->reloadInventory();

    auto *spin = screen->findChild<QSpinBox *>(QStringLiteral("standingSpin_%1").arg(zone.id.value));
    auto *label = screen->findChild<QLabel *>(QStringLiteral("standingFree_%1").arg(zone.id.value));
    QVERIFY(spin && label);
    QCOMPARE(spin->maximum(), 3 + 5);
    QVERIFY2(label->text().contains(QStringLiteral("3 free")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("5 on hold DESK")), qPrintable(label->text()));
    QVERIFY2(!label->text().contains(QStringLiteral("HOUSE")), qPrintable(label->text()));

    // 9 is more than there is: the spin box stops at 8, and does not take 9 from the keyboard.
    spin->setValue(9);
    QCOMPARE(spin->value(), 8);
    QCOMPARE(screen->basketModel()->rowCount(), 8);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("9"));
    QCOMPARE(spin->value(), 8);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("5"));
    QCOMPARE(spin->value(), 5);
    QCOMPARE(screen->basketModel()->rowCount(), 5);
    QVERIFY2(label->text().contains(QStringLiteral("basket takes 2 from DESK")),
             qPrintable(label->text()));

    auto *sell = screen->findChild<QPushButton *>(QStringLiteral("sellButton"));
    QVERIFY(sell && sell->isEnabled());
    QTest::mouseClick(sell, Qt::LeftButton);
    QTRY_VERIFY(confirmation());
    const OrderId orderId = confirmation()->orderId();
    auto order = m_orders->order(orderId);
    QVERIFY2(order, order ? "" : qPrintable(order.error().message));
    QCOMPARE(order->status(), OrderStatus::Sold);
    QCOMPARE(order->tickets().size(), 5);
    bool noted = false;
    for (const auto &entry : order->history())
        noted = noted || entry.detail.contains(QStringLiteral("x2 from DESK"));
    QVERIFY(noted);

    // The hold shrank by what was taken; the supervisors' hold is untouched.
    const auto after = holds.holds(screen->performance());
    QVERIFY(after);
    QHash<QString, int> left;
    for (const PerformanceHolds::ZoneHold &h : after->zones)
        left.insert(h.code, h.quantity);
    QCOMPARE(left.value(QStringLiteral("DESK")), 3);
    QCOMPARE(left.value(QStringLiteral("HOUSE")), free - 8);
    QCOMPARE(spin->value(), 0);
    QCOMPARE(spin->maximum(), 3);
    QVERIFY2(label->text().startsWith(QStringLiteral("0 free")), qPrintable(label->text()));
}

QTEST_MAIN(TestSalesFlow)
#include "tst_salesflow.moc"
