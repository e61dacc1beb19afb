// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/boxoffice.h"
#include "models/customerdesk.h"
#include "models/customersearchmodel.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/userpasswords.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_CustomerSearchModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void searchAsYouType();
    void flagsAndMatchedKeyInRoles();
    void blockedCustomerIsRefusedUntilASupervisorAllows();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<BoxOffice> m_box;
};

void tst_CustomerSearchModel::init()
{
    m_dir = new QTemporaryDir;
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    auto db = Database::open(m_dir->filePath(u"box.sqlite"_s));
    QVERIFY(db);
    QVERIFY(seedDemo(**db, now));
    m_box = std::make_unique<BoxOffice>(std::move(*db), [now] { return now; });
}

void tst_CustomerSearchModel::cleanup()
{
    m_box.reset();
    delete m_dir;
}

void tst_CustomerSearchModel::searchAsYouType()
{
    CustomerSearchModel model(&m_box->customers());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Customer first = *m_box->customers().customer(CustomerId(1));
    QString typed;
    int previous = -1;
    for (QChar ch : first.lastName.left(4)) {
        typed += ch;
        QVERIFY(model.search(typed));
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(previous < 0 || model.rowCount() <= previous);
        previous = model.rowCount();
    }
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row)
        found = found
                || model.index(row, 0).data(CustomerSearchModel::CustomerIdRole).value<CustomerId>()
                       == first.id;
    QVERIFY(found);
    QCOMPARE(model.columnCount(), int(CustomerSearchModel::ColumnCount));
    QVERIFY(model.search(u"zzzzqqq"_s));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.search(QString()));
    QCOMPARE(model.rowCount(), 0);
}

void tst_CustomerSearchModel::flagsAndMatchedKeyInRoles()
{
    CustomerDesk &desk = m_box->customers();
    auto q = m_box->database().exec(
        u"SELECT number, customer_id FROM orders WHERE customer_id IS NOT NULL LIMIT 1"_s);
    QVERIFY(q && q->next());
    const QString number = q->value(0).toString();
    const CustomerId id(q->value(1).toLongLong());
    q->finish();
    const auto definitions = *desk.flagDefinitions();
    QVERIFY(desk.addFlag(id, definitions.first().id));
    CustomerSearchModel model(&desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.search(number));
    QVERIFY(model.rowCount() >= 1);
    const QModelIndex top = model.index(0, CustomerSearchModel::FlagsColumn);
    QCOMPARE(top.data(CustomerSearchModel::CustomerIdRole).value<CustomerId>(), id);
    QCOMPARE(top.data(CustomerSearchModel::MatchedKeyRole).toString(), number);
    QCOMPARE(top.data(CustomerSearchModel::FlagNamesRole).toStringList(),
             QStringList{definitions.first().name});
    QCOMPARE(top.data().toString(), definitions.first().name);
    QCOMPARE(top.data(CustomerSearchModel::BlockedRole).toBool(), false);
}

void tst_CustomerSearchModel::blockedCustomerIsRefusedUntilASupervisorAllows()
{
    CustomerDesk &desk = m_box->customers();
    const CustomerId id(1);
    const auto definitions = *desk.flagDefinitions();
    const auto blocked = std::find_if(definitions.cbegin(), definitions.cend(), [](const auto &f) {
        return f.kind == FlagKind::BlockedSale;
    });
    QVERIFY(desk.addFlag(id, blocked->id));
    const auto upcoming = *m_box->upcoming();
    auto sale = m_box->openPerformance(upcoming.first().performance.id);
    QVERIFY(sale);
    Basket basket(upcoming.first().performance.id, &sale->plan, sale->prices, sale->priceTypes);
    QVERIFY(basket.setStandingQuantity(sale->plan.zones().first().id, 1));
    basket.setCustomer(id);
    auto refused = m_box->sell(basket, PaymentMethod::Cash);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::IllegalTransition);
    const auto supervisors = *desk.supervisors();
    QVERIFY(!supervisors.isEmpty());
    // Only with the supervisor's password (none set yet, then a wrong one, then theirs).
    const UserId supervisor = supervisors.first().first;
    QCOMPARE(desk.allowBlockedSale(id, supervisor, u"anything-at-all"_s).error().code,
             ErrorCode::PermissionDenied);
    QVERIFY(UserPasswords(m_box->database()).setPassword(supervisor, u"supervisor-secret"_s));
    QCOMPARE(desk.allowBlockedSale(id, supervisor, u"wrong-secret"_s).error().code,
             ErrorCode::PermissionDenied);
    QVERIFY(!m_box->sell(basket, PaymentMethod::Cash));
    QVERIFY(desk.allowBlockedSale(id, supervisor, u"supervisor-secret"_s));
    auto sold = m_box->sell(basket, PaymentMethod::Cash);
    QVERIFY2(sold, sold ? "" : qPrintable(sold.error().message));
    const auto history = sold->history();
    const bool approved = std::any_of(history.cbegin(), history.cend(), [](const auto &h) {
        return h.event == u"blocked-customer-approved"_s;
    });
    QVERIFY(approved);
    // The permission was for one sale.
    QVERIFY(!m_box->sell(basket, PaymentMethod::Cash));
}

QTEST_GUILESS_MAIN(tst_CustomerSearchModel)
#include "tst_customersearchmodel.moc"
