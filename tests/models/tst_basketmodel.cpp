// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/basketmodel.h"

#include "core/seatplan.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;

class TestBasketModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAndRemoveSeats();
    void standingPlaces();
    void priceTypeIsEditable();
    void refusesUnpricedTypesAndUnknownSeats();
    void setSeatsKeepsChosenPriceTypes();

private:
    SeatId seat(const QString &row, const QString &number) const;
    Basket emptyBasket() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    PerformanceId m_performance;
    SeatPlan m_plan;
    PriceList m_prices;
    QList<PriceType> m_types;
};

void TestBasketModel::init()
{
    const QDateTime now(QDate(2025, 3, 3), QTime(10, 0));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("parkett.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(seedDemo(*m_db, now));
    CatalogRepository catalog(*m_db);
    auto list = catalog.upcoming(now, now);
    QVERIFY(list && !list->isEmpty());
    m_performance = list->first().performance.id;
    auto plan = catalog.plan(list->first().performance.plan);
    QVERIFY(plan);
    m_plan = *plan;
    auto prices = catalog.priceList(m_performance);
    QVERIFY(prices);
    m_prices = *prices;
    auto types = catalog.priceTypes();
    QVERIFY(types);
    m_types = *types;
    QCOMPARE(m_types.size(), 3);
}

void TestBasketModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

SeatId TestBasketModel::seat(const QString &row, const QString &number) const
{
    for (int i = 0; i < m_plan.seats().size(); ++i) {
        if (m_plan.sectionNameOf(i) == QLatin1StringView("Stalls") && m_plan.rowLabelOf(i) == row
            && m_plan.seats().at(i).label == number)
            return m_plan.seats().at(i).id;
    }
    return {};
}

Basket TestBasketModel::emptyBasket() const
{
    return Basket(m_performance, &m_plan, m_prices, m_types);
}

void TestBasketModel::addAndRemoveSeats()
{
    BasketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBasket(emptyBasket());
    QSignalSpy changed(&model, &BasketModel::basketChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const SeatId a1 = seat(QStringLiteral("A"), QStringLiteral("1"));
    const SeatId k3 = seat(QStringLiteral("K"), QStringLiteral("3"));
    QVERIFY(a1.isValid() && k3.isValid());
    QVERIFY(model.addSeat(a1));
    QVERIFY(model.addSeat(k3));
    QVERIFY(model.addSeat(a1)); // already there: no second line
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 2);

    QCOMPARE(model.index(0, BasketModel::TicketColumn).data().toString(),
             QStringLiteral("Stalls, row A, seat 1"));
    QCOMPARE(model.index(0, BasketModel::CategoryColumn).data().toString(),
             QStringLiteral("Category A"));
    QCOMPARE(model.index(1, BasketModel::CategoryColumn).data().toString(),
             QStringLiteral("Category C"));
    QCOMPARE(model.index(0, BasketModel::PriceTypeColumn).data().toString(),
             QStringLiteral("Adult"));
    const Currency dkk = Currency::fromCode(u"DKK");
    QCOMPARE(model.index(0, BasketModel::PriceColumn).data().toString(),
             Money(45000, dkk).toLocaleString(QLocale()));
    QCOMPARE(model.index(1, 0).data(BasketModel::PriceMinorUnitsRole).toLongLong(), 25000);
    QCOMPARE(model.index(1, 0).data(BasketModel::SeatIdRole).value<SeatId>(), k3);
    QCOMPARE(model.total(), Money(70000, dkk));
    QCOMPARE(model.totalText(), Money(70000, dkk).toLocaleString(QLocale()));
    QCOMPARE(model.seatSet(), (QSet<SeatId>{a1, k3}));

    QVERIFY(model.removeSeat(a1));
    QVERIFY(!model.removeSeat(a1));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.total(), Money(25000, dkk));
    QCOMPARE(changed.size(), 3);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), Money::zero(dkk));
    QCOMPARE(changed.size(), 4);
}

void TestBasketModel::standingPlaces()
{
    BasketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBasket(emptyBasket());
    const ZoneId zone = m_plan.zones().first().id;
    QVERIFY(model.addSeat(seat(QStringLiteral("B"), QStringLiteral("4"))));
    QVERIFY(model.setStandingQuantity(zone, 3));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Standing"));
    QCOMPARE(model.index(3, 0).data(BasketModel::ZoneIdRole).toLongLong(), zone.value);
    QVERIFY(!model.index(3, 0).data(BasketModel::SeatIdRole).value<SeatId>().isValid());
    QCOMPARE(model.basket().standingQuantity(zone), 3);

    QVERIFY(model.setStandingQuantity(zone, 1));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.setStandingQuantity(zone, -1));
    QVERIFY(!model.setStandingQuantity(ZoneId(4242), 1));
    QCOMPARE(model.rowCount(), 2);

    model.removeRows({1, 0, 1});
    QCOMPARE(model.rowCount(), 0);
}

void TestBasketModel::priceTypeIsEditable()
{
    BasketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBasket(emptyBasket());
    QVERIFY(model.addSeat(seat(QStringLiteral("A"), QStringLiteral("2"))));
    const QModelIndex type = model.index(0, BasketModel::PriceTypeColumn);
    QVERIFY(model.flags(type) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, BasketModel::TicketColumn)) & Qt::ItemIsEditable));

    const QVariantList allowed = type.data(BasketModel::AllowedPriceTypeIdsRole).toList();
    QCOMPARE(allowed.size(), 3);
    QCOMPARE(type.data(BasketModel::AllowedPriceTypeNamesRole).toStringList(),
             (QStringList{QStringLiteral("Adult"),
                          QStringLiteral("Child"),
                          QStringLiteral("Concession")}));

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy changed(&model, &BasketModel::basketChanged);
    const auto child = allowed.at(1).value<PriceTypeId>();
    QVERIFY(model.setData(type, QVariant::fromValue(child)));
    QCOMPARE(type.data().toString(), QStringLiteral("Child"));
    QCOMPARE(type.data(BasketModel::PriceTypeIdRole).value<PriceTypeId>(), child);
    QCOMPARE(model.total().minorUnits(), 22500);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(changed.size(), 1);

    QVERIFY(model.setData(type, QStringLiteral("concession")));
    QCOMPARE(model.total().minorUnits(), 35000);
    QVERIFY(model.setData(type, QStringLiteral("Adult")));
    QCOMPARE(model.total().minorUnits(), 45000);
    QVERIFY(!model.setData(type, QStringLiteral("Pensioner")));
    QVERIFY(!model.setData(model.index(0, BasketModel::PriceColumn), QStringLiteral("Child")));
    QCOMPARE(model.total().minorUnits(), 45000);
}

void TestBasketModel::refusesUnpricedTypesAndUnknownSeats()
{
    // A price list without child prices for category A.
    PriceList prices(m_prices.currency());
    for (const PriceList::Entry &e : m_prices.entries()) {
        if (!(e.category == m_plan.categories().first().id && e.type == m_types.at(1).id))
            prices.setPrice(e.category, e.type, e.price);
    }
    BasketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBasket(Basket(m_performance, &m_plan, prices, m_types));
    QVERIFY(model.addSeat(seat(QStringLiteral("A"), QStringLiteral("3"))));
    const QModelIndex type = model.index(0, BasketModel::PriceTypeColumn);
    QCOMPARE(type.data(BasketModel::AllowedPriceTypeNamesRole).toStringList(),
             (QStringList{QStringLiteral("Adult"), QStringLiteral("Concession")}));
    QVERIFY(!model.setData(type, QVariant::fromValue(m_types.at(1).id)));
    auto refused = model.setPriceType(0, m_types.at(1).id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PriceMissing);
    QCOMPARE(type.data().toString(), QStringLiteral("Adult"));

    auto unknown = model.addSeat(SeatId(987654));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(model.rowCount(), 1);
}

void TestBasketModel::setSeatsKeepsChosenPriceTypes()
{
    BasketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBasket(emptyBasket());
    const SeatId d1 = seat(QStringLiteral("D"), QStringLiteral("1"));
    const SeatId d2 = seat(QStringLiteral("D"), QStringLiteral("2"));
    const SeatId d3 = seat(QStringLiteral("D"), QStringLiteral("3"));
    QVERIFY(model.setSeats({d1, d2}));
    QVERIFY(model.setPriceType(1, m_types.at(2).id));
    QVERIFY(model.setSeats({d2, d3}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.basket().seats(), (QList<SeatId>{d2, d3}));
    QCOMPARE(model.index(0, BasketModel::PriceTypeColumn).data().toString(),
             QStringLiteral("Concession"));
    QCOMPARE(model.index(1, BasketModel::PriceTypeColumn).data().toString(),
             QStringLiteral("Adult"));
}

QTEST_GUILESS_MAIN(TestBasketModel)
#include "tst_basketmodel.moc"
