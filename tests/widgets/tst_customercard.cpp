// SPDX-License-Identifier: GPL-3.0-or-later
// The customer card in the real main window, offscreen: find and open a card, edit the
// contact, add and remove a flag, change consent, link a web profile, filter orders, sell from
// the card (and be stopped by a block). With PARKETT_SCREENSHOT_DIR set it also saves the
// pictures of docs/screenshots.
#include "models/basketmodel.h"
#include "models/boxoffice.h"
#include "models/consenthistorymodel.h"
#include "models/customerdesk.h"
#include "models/customerordersmodel.h"
#include "models/customersearchmodel.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/salesservice.h"
#include "storage/userpasswords.h"
#include "widgets/customercard.h"
#include "widgets/customermergedialog.h"
#include "widgets/customersearchpanel.h"
#include "widgets/customerworkspace.h"
#include "widgets/mainwindow.h"
#include "widgets/orderdetailsdialog.h"
#include "widgets/salesscreen.h"

#include <memory>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_CustomerCard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findAndOpenFromTheSearchField();
    void editContactWithErrorsAtTheField();
    void addAndRemoveAFlag();
    void changeConsent();
    void linkAndUnlinkAWebProfile();
    void filterOrdersAndOpenOne();
    void filterOrdersBySubscription();
    void sellFromTheCard();
    void blockedCustomerIsStopped();
    void payAndCancelReservationsFromTheCard();
    void newCustomerWarnsOfDuplicates();
    void mergeChoosingPerField();
    void screenshots();

private:
    CustomerCard *openCard(CustomerId id);
    CustomerId customerWithOrders();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BoxOffice> m_box;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
};

void tst_CustomerCard::init()
{
    m_now = QDateTime(QDate(2025, 3, 3), QTime(10, 0));
    m_dir = std::make_unique<QTemporaryDir>();
    // A relative name, so the status bar in the screenshots names no folder of this machine.
    QDir::setCurrent(m_dir->path());
    auto db = Database::open(u"demo.sqlite"_s);
    QVERIFY(db);
    QVERIFY(seedDemo(**db, m_now));
    m_box = std::make_unique<BoxOffice>(std::move(*db), [this] { return m_now; });
    m_window = std::make_unique<MainWindow>(*m_box);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_CustomerCard::cleanup()
{
    m_window.reset();
    m_box.reset();
    m_dir.reset();
}

CustomerId tst_CustomerCard::customerWithOrders()
{
    return CustomerId(m_box->database()
                          .scalar(u"SELECT customer_id FROM orders WHERE customer_id IS NOT NULL"
                                  " GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"_s)
                          ->toLongLong());
}

CustomerCard *tst_CustomerCard::openCard(CustomerId id)
{
    CustomerCard *card = m_window->customers()->openCustomer(id);
    if (card)
        QApplication::processEvents();
    return card;
}

void tst_CustomerCard::findAndOpenFromTheSearchField()
{
    // Ctrl+K from anywhere opens the search.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *panel = m_window->findChild<CustomerSearchPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->searchField(), QApplication::focusWidget());
    const Customer target = *m_box->customers().customer(customerWithOrders());
    QTest::keyClicks(panel->searchField(), target.lastName.left(4));
    QVERIFY(panel->model()->rowCount() >= 1);
    // Down moves into the list; Enter on the right row opens the card.
    int row = -1;
    for (int r = 0; r < panel->model()->rowCount(); ++r) {
        if (panel->model()->index(r, 0).data(CustomerSearchModel::CustomerIdRole).value<CustomerId>()
            == target.id)
            row = r;
    }
    QVERIFY(row >= 0);
    panel->resultsView()->setFocus();
    panel->resultsView()->setCurrentIndex(panel->resultsView()->model()->index(row, 0));
    QTest::keyClick(panel->resultsView(), Qt::Key_Return);
    auto *card = qobject_cast<CustomerCard *>(
        m_window->findChild<QTabWidget *>(u"tabs"_s)->currentWidget());
    QVERIFY(card);
    QCOMPARE(card->customerId(), target.id);
    QCOMPARE(card->findChild<QLabel *>(u"customerName"_s)->text(), target.displayName());
    // A second card opens beside it; the first stays open.
    const CustomerId other(target.id.value == 1 ? 2 : 1);
    QVERIFY(openCard(other));
    QCOMPARE(m_window->customers()->cards().size(), 2);
    QCOMPARE(openCard(target.id), card);
}

void tst_CustomerCard::editContactWithErrorsAtTheField()
{
    const CustomerId id = customerWithOrders();
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    auto *save = card->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(!save->isEnabled());
    QLineEdit *postcode = card->field(CustomerField::Postcode);
    QLineEdit *phone = card->field(CustomerField::Phone);
    postcode->setFocus();
    QTest::keyClicks(postcode, u"12"_s);
    phone->clear();
    QTest::keyClicks(phone, u"12"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(card->fieldError(CustomerField::Postcode)->isVisible());
    QVERIFY(card->fieldError(CustomerField::Phone)->isVisible());
    QVERIFY(card->fieldError(CustomerField::Postcode)->text().contains(u"postcode"_s));
    QVERIFY(!card->fieldError(CustomerField::Email)->isVisible());
    QVERIFY(card->isDirty());
    // Corrected, saved with Ctrl+S; the history has the change.
    postcode->clear();
    QTest::keyClicks(postcode, u"8000"_s);
    phone->clear();
    QTest::keyClicks(phone, u"20 30 40 50"_s);
    QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!card->isDirty());
    QCOMPARE(m_box->customers().customer(id)->address.postcode, u"8000"_s);
    QCOMPARE(m_box->customers().customer(id)->phone, u"+4520304050"_s);
    const auto history = *m_box->customers().history(id);
    QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const auto &h) {
        return h.field == u"postcode"_s && h.newValue == u"8000"_s;
    }));
    // Cancel throws edits away; the note indicator follows the saved note.
    QVERIFY(card->noteIndicator()->isHidden());
    QTest::keyClicks(card->field(CustomerField::City), u"Aarhus"_s);
    QTest::mouseClick(card->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QVERIFY(!card->isDirty());
}

void tst_CustomerCard::addAndRemoveAFlag()
{
    const CustomerId id = customerWithOrders();
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    auto *add = card->findChild<QToolButton *>(u"addFlagButton"_s);
    QAction *vip = add->menu()->findChild<QAction *>(u"addFlag_vip"_s);
    QVERIFY(vip);
    vip->trigger();
    QVERIFY(card->findChild<QFrame *>(u"flag_vip"_s));
    QCOMPARE(m_box->customers().flags(id)->size(), 1);
    QVERIFY(!add->menu()->findChild<QAction *>(u"addFlag_vip"_s)->isEnabled());
    auto *remove = card->findChild<QToolButton *>(u"removeFlag_vip"_s);
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QApplication::processEvents();
    QVERIFY(m_box->customers().flags(id)->isEmpty());
    QCOMPARE(m_box->customers().history(id)->last().action, u"flag-removed"_s);
}

void tst_CustomerCard::changeConsent()
{
    const CustomerId id = customerWithOrders();
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    card->tabs()->setCurrentIndex(2);
    auto *source = card->findChild<QComboBox *>(u"consentSource"_s);
    source->setCurrentIndex(source->findText(u"Phone"_s));
    auto *box = card->findChild<QCheckBox *>(u"consent_newsletter_email"_s);
    QVERIFY(box && !box->isChecked());
    QTest::mouseClick(box, Qt::LeftButton);
    QVERIFY(box->isChecked());
    auto *view = card->findChild<QTableView *>(u"consentHistoryView"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ConsentHistoryModel::SourceColumn).data().toString(),
             u"Phone"_s);
    QTest::mouseClick(box, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, ConsentHistoryModel::StateColumn).data().toString(),
             u"Withdrawn"_s);
    QVERIFY(!hasConsent(*m_box->customers().consents(id),
                        ConsentPurpose::Newsletter,
                        ConsentChannel::Email));
}

void tst_CustomerCard::linkAndUnlinkAWebProfile()
{
    const CustomerId id = customerWithOrders();
    auto account = m_box->customers().addWebAccount({0, u"web.buyer@example.com"_s, u"Web Buyer"_s});
    QVERIFY(account);
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    auto *label = card->findChild<QLabel *>(u"webProfileLabel"_s);
    QVERIFY(label->text().contains(u"No web-shop account"_s));
    card->linkWebAccount(*account);
    QVERIFY(label->text().contains(u"web.buyer@example.com"_s));
    QVERIFY(card->findChild<QPushButton *>(u"unlinkWebButton"_s)->isEnabled());
    QVERIFY(card->findChild<QLabel *>(u"webIndicator"_s)->toolTip().contains(u"web.buyer"_s));
    QTest::mouseClick(card->findChild<QPushButton *>(u"unlinkWebButton"_s), Qt::LeftButton);
    QVERIFY(label->text().contains(u"No web-shop account"_s));
    QCOMPARE(m_box->customers().customer(id)->webAccount, 0);
    QCOMPARE(m_box->customers().history(id)->last().action, u"web-unlinked"_s);
}

void tst_CustomerCard::filterOrdersAndOpenOne()
{
    const CustomerId id = customerWithOrders();
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    card->tabs()->setCurrentIndex(1);
    const int all = card->ordersModel()->rowCount();
    QVERIFY(all > 0);
    QCOMPARE(all, m_box->customers().orders(id)->size());
    auto *filter = card->findChild<QComboBox *>(u"orderFilter"_s);
    int sum = 0;
    for (auto kind : {CustomerOrderFilter::Kind::Upcoming,
                      CustomerOrderFilter::Kind::Past,
                      CustomerOrderFilter::Kind::Cancelled}) {
        filter->setCurrentIndex(filter->findData(int(kind)));
        sum += card->ordersModel()->rowCount();
    }
    QCOMPARE(sum, all); // every order is upcoming, past or cancelled
    filter->setCurrentIndex(0);
    // Each row shows its status as an icon and as text.
    const QModelIndex status = card->ordersView()->model()->index(0,
                                                                  CustomerOrdersModel::StatusColumn);
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!status.data().toString().isEmpty());
    card->openOrder(status);
    auto *details = card->findChild<OrderDetailsDialog *>();
    QVERIFY(details);
    QCOMPARE(details->tabs()->count(), 3);
    details->close();
}

void tst_CustomerCard::filterOrdersBySubscription()
{
    const CustomerId id = customerWithOrders();
    // A second order for the customer, so the filter has one to leave out.
    QVERIFY(m_box->database().exec(u"UPDATE orders SET customer_id = ? WHERE id = (SELECT min(id)"
                                   " FROM orders WHERE customer_id IS NOT ?)"_s,
                                   {id.value, id.value}));
    const auto orders = *m_box->customers().orders(id);
    QVERIFY(orders.size() >= 2);
    const OrderTag friday{OrderTag::Kind::Subscription, u"Friday series"_s};
    QVERIFY(m_box->customers().addOrderTag(orders.first().id, friday));
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    card->tabs()->setCurrentIndex(1);
    auto *tag = card->findChild<QComboBox *>(u"orderTag"_s);
    QVERIFY(tag && tag->isEnabled());
    QCOMPARE(tag->count(), 2); // any, and the one subscription
    const int all = card->ordersModel()->rowCount();
    QCOMPARE(all, int(orders.size()));
    tag->setCurrentIndex(tag->findData(u"Friday series"_s));
    QCOMPARE(card->ordersModel()->rowCount(), 1);
    const QModelIndex shown = card->ordersModel()->index(0, CustomerOrdersModel::TagsColumn);
    QCOMPARE(shown.data().toString(), u"Friday series"_s);
    QCOMPARE(shown.data(CustomerOrdersModel::OrderIdRole).value<OrderId>(), orders.first().id);
    QVERIFY(card->findChild<QLabel *>(u"orderCount"_s)->text().startsWith(u"1 of"_s));
    // With the tag gone the filter offers nothing to choose and shows every order again.
    QVERIFY(m_box->customers().removeOrderTag(orders.first().id, friday));
    QVERIFY(card->load());
    QVERIFY(!tag->isEnabled());
    QCOMPARE(card->ordersModel()->rowCount(), all);
    card->close();
}

void tst_CustomerCard::sellFromTheCard()
{
    const CustomerId id = customerWithOrders();
    const int before = int(m_box->customers().orders(id)->size());
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    QTest::mouseClick(card->findChild<QPushButton *>(u"sellButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->customers()->pendingCustomer(), id);
    auto *tabs = m_window->findChild<QTabWidget *>(u"tabs"_s);
    QCOMPARE(tabs->currentIndex(), 0); // choose a performance
    const PerformanceId performance = m_box->upcoming()->first().performance.id;
    SalesScreen *screen = m_window->openPerformance(performance);
    QVERIFY(screen);
    QCOMPARE(screen->customer(), id);
    QVERIFY(screen->findChild<QLabel *>(u"basketCustomer"_s)->isVisible());
    QVERIFY(!m_window->customers()->pendingCustomer().isValid());
    QVERIFY(screen->findBestSeats(2, CategoryId()));
    screen->sell();
    QApplication::processEvents();
    const auto after = *m_box->customers().orders(id);
    QCOMPARE(after.size(), before + 1);
    // The card shows the new order once reloaded.
    QVERIFY(card->load());
    QCOMPARE(card->ordersModel()->totalCount(), before + 1);
}

void tst_CustomerCard::blockedCustomerIsStopped()
{
    const CustomerId id = customerWithOrders();
    const auto definitions = *m_box->customers().flagDefinitions();
    const auto blocked = std::find_if(definitions.cbegin(), definitions.cend(), [](const auto &f) {
        return f.kind == FlagKind::BlockedSale;
    });
    QVERIFY(m_box->customers().addFlag(id, blocked->id));
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->objectName() + u':' + box->text();
            box->reject();
        }
    });
    QTest::mouseClick(card->findChild<QPushButton *>(u"sellButton"_s), Qt::LeftButton);
    QVERIFY(shown.startsWith(u"blockedBox:"_s));
    QVERIFY(shown.contains(u"Blocked from sale"_s));
    QVERIFY(!m_window->customers()->pendingCustomer().isValid());
    // A supervisor lets it through once with their password (what the override button asks).
    const auto supervisors = *m_box->customers().supervisors();
    const UserId supervisor = supervisors.first().first;
    QVERIFY(UserPasswords(m_box->database()).setPassword(supervisor, u"supervisor-secret"_s));
    QCOMPARE(m_box->customers().allowBlockedSale(id, supervisor, u"guess"_s).error().code,
             ErrorCode::PermissionDenied);
    QVERIFY(!m_box->customers().checkSaleAllowed(id));
    QVERIFY(m_box->customers().allowBlockedSale(id, supervisor, u"supervisor-secret"_s));
    QVERIFY(m_box->customers().checkSaleAllowed(id));
    // The counter's sale carries the approval; SalesService checks it and logs the supervisor.
    const PerformanceId performance = m_box->upcoming()->first().performance.id;
    SalesScreen *screen = m_window->openPerformance(performance);
    QVERIFY(screen);
    screen->setCustomer(id, u"Blocked customer"_s);
    QVERIFY(screen->findBestSeats(1, CategoryId()));
    const int before = int(m_box->customers().orders(id)->size());
    screen->sell();
    QApplication::processEvents();
    QCOMPARE(int(m_box->customers().orders(id)->size()), before + 1);
    QVERIFY(!m_box->customers().checkSaleAllowed(id)); // used up
    const auto history = *m_box->customers().history(id);
    const bool logged = std::any_of(history.cbegin(), history.cend(), [](const auto &h) {
        return h.action == u"sale-override"_s && h.newValue.contains(u"(supervisor)"_s);
    });
    QVERIFY(logged);
}

void tst_CustomerCard::payAndCancelReservationsFromTheCard()
{
    // Standalone, the card's buttons pay and cancel through the box office's sales gateway.
    const CustomerId id = customerWithOrders();
    const auto upcoming = *m_box->upcoming();
    QList<OrderId> reserved;
    for (int i = 0; i < 2; ++i) {
        auto sale = m_box->openPerformance(upcoming.at(i + 1).performance.id);
        QVERIFY(sale);
        Basket basket(upcoming.at(i + 1).performance.id,
                      &sale->plan,
                      sale->prices,
                      sale->priceTypes);
        QVERIFY(basket.setStandingQuantity(sale->plan.zones().first().id, 1));
        basket.setCustomer(id);
        auto order = m_box->reserve(basket, m_now.addDays(1));
        QVERIFY(order);
        reserved.append(order->id());
    }
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    auto *view = card->findChild<QTableView *>(u"ordersView"_s);
    auto *pay = card->findChild<QPushButton *>(u"payReservationButton"_s);
    auto *cancel = card->findChild<QPushButton *>(u"cancelReservationButton"_s);
    QVERIFY(view && pay && cancel);
    auto select = [view](OrderId order) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(CustomerOrdersModel::OrderIdRole).value<OrderId>() == order) {
                view->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    };
    QVERIFY(select(reserved.at(0)));
    QVERIFY(pay->isEnabled());
    QVERIFY(cancel->isEnabled());
    QSignalSpy changed(card, &CustomerCard::reservationChanged);
    card->payReservation(reserved.at(0), PaymentMethod::Card);
    QCOMPARE(changed.size(), 1);
    auto paid = m_box->customers().order(reserved.at(0));
    QCOMPARE(paid->status(), OrderStatus::Sold);
    QCOMPARE(paid->paid(), paid->total());
    QVERIFY(select(reserved.at(0)));
    QVERIFY(!pay->isEnabled()); // sold: nothing to pay or cancel here
    QVERIFY(!cancel->isEnabled());
    card->cancelReservation(reserved.at(1), u"Customer cannot come"_s);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_box->customers().order(reserved.at(1))->status(), OrderStatus::Cancelled);
    // A sold order is not a reservation: cancelling it here is refused, and nothing changes.
    card->cancelReservation(reserved.at(0), u"by mistake"_s);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_box->customers().order(reserved.at(0))->status(), OrderStatus::Sold);
    auto *problem = card->findChild<QMessageBox *>(u"cardProblem"_s);
    QVERIFY(problem);
    problem->close();
}

void tst_CustomerCard::newCustomerWarnsOfDuplicates()
{
    const Customer existing = *m_box->customers().customer(customerWithOrders());
    NewCustomerDialog dialog(*m_box, existing.email, m_window.get());
    QCOMPARE(dialog.email()->text(), existing.email);
    QTest::keyClicks(dialog.lastName(), u"Someone"_s);
    QVERIFY(!dialog.duplicateWarnings().isEmpty());
    QVERIFY(dialog.duplicateWarnings().first().contains(existing.number));
    QVERIFY(dialog.duplicateWarnings().first().contains(u"same e-mail"_s));
    dialog.email()->setText(u"brand.new@example.org"_s);
    QVERIFY(dialog.duplicateWarnings().isEmpty());
}

void tst_CustomerCard::mergeChoosingPerField()
{
    const CustomerId survivor = customerWithOrders();
    const Customer keep = *m_box->customers().customer(survivor);
    const CustomerId other(survivor.value == 2 ? 3 : 2);
    const Customer gone = *m_box->customers().customer(other);
    const int orders = int(m_box->customers().orders(survivor)->size()
                           + m_box->customers().orders(other)->size());
    CustomerMergeDialog dialog(*m_box, keep, m_window.get());
    dialog.setOther(other);
    auto *takePhone = dialog.findChild<QRadioButton *>(u"take_phone"_s);
    QVERIFY(takePhone);
    takePhone->setChecked(true);
    QCOMPARE(dialog.choices().value(CustomerField::Phone), MergeSide::Other);
    QCOMPARE(dialog.choices().value(CustomerField::Email), MergeSide::Survivor);
    QVERIFY(dialog.merge() != 0);
    const Customer merged = *m_box->customers().customer(survivor);
    QCOMPARE(merged.phone, gone.phone);
    QCOMPARE(merged.email, keep.email);
    QCOMPARE(int(m_box->customers().orders(survivor)->size()), orders);
    QVERIFY(!m_box->customers().customer(other));
    // Undone from the card (the question answered yes).
    CustomerCard *card = openCard(survivor);
    QVERIFY(card);
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    card->undoLastMerge();
    QCOMPARE(m_box->customers().customer(other)->number, gone.number);
    QCOMPARE(m_box->customers().customer(survivor)->phone, keep.phone);
}

void tst_CustomerCard::screenshots()
{
    const QString dir = qEnvironmentVariable("PARKETT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PARKETT_SCREENSHOT_DIR to write the customer card screenshots");
    QDir().mkpath(dir);
    const CustomerId id = customerWithOrders();
    CustomerDesk &desk = m_box->customers();
    QVERIFY(desk.setAlternativeEmailsEnabled(true));
    Customer c = *desk.customer(id);
    c.company = u"Nordisk Teaterforening"_s;
    c.mobile = u"+45 31 41 59 26"_s;
    c.address = {u"Vestergade 12, 2. th."_s, u"8000"_s, u"Aarhus C"_s, u"DK"_s};
    c.language = u"da"_s;
    c.birthday = QDate(1978, 4, 12);
    c.note = u"Prefers aisle seats; call before the performance if it is moved."_s;
    c.alternativeEmails = {u"work@teaterforening.example"_s};
    QVERIFY(desk.save(c));
    const auto definitions = *desk.flagDefinitions();
    QVERIFY(desk.addFlag(id, definitions.at(0).id));
    QVERIFY(desk.addFlag(id, definitions.at(1).id));
    QVERIFY(desk.recordConsent(
        id, ConsentPurpose::Newsletter, ConsentChannel::Email, true, ConsentSource::Counter));
    QVERIFY(desk.recordConsent(
        id, ConsentPurpose::EventInformation, ConsentChannel::Sms, true, ConsentSource::Web));
    auto account = desk.addWebAccount({0, c.email, c.displayName()});
    QVERIFY(account);
    QVERIFY(desk.linkWebAccount(id, *account));
    // A few more orders: a reservation, a sale, and one cancelled.
    const auto upcoming = *m_box->upcoming();
    for (int i = 0; i < 3; ++i) {
        auto sale = m_box->openPerformance(upcoming.at(i + 1).performance.id);
        QVERIFY(sale);
        Basket basket(upcoming.at(i + 1).performance.id,
                      &sale->plan,
                      sale->prices,
                      sale->priceTypes);
        QVERIFY(basket.setStandingQuantity(sale->plan.zones().first().id, 2 + i));
        basket.setCustomer(id);
        auto order = i == 0 ? m_box->reserve(basket, m_now.addDays(2))
                            : m_box->sell(basket, PaymentMethod::Card);
        QVERIFY(order);
        if (i == 2) {
            SalesService sales(m_box->database());
            QVERIFY(sales.cancel(order->id(), u"Customer cannot come"_s, m_now));
        }
    }
    CustomerCard *card = openCard(id);
    QVERIFY(card);
    m_window->resize(1400, 900);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/customer-card.png"_s));
    card->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/customer-card-orders.png"_s));
    card->tabs()->setCurrentIndex(2);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/customer-card-consent.png"_s));
    card->tabs()->setCurrentIndex(3);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/customer-card-history.png"_s));
    CustomerSearchPanel *panel = m_window->customers()->showSearch();
    QTest::keyClicks(panel->searchField(), u"an"_s);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/customer-search.png"_s));
}

QTEST_MAIN(tst_CustomerCard)
#include "tst_customercard.moc"
