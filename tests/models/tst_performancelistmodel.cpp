// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performancelistmodel.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/salesservice.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;

namespace {

/** What PerformanceListModel::reload(BoxOffice &) does, at any moment the test picks. */
bool reloadAt(PerformanceListModel &model, CatalogRepository &catalog, const QDateTime &now)
{
    auto list = catalog.upcoming(now, now);
    if (!list)
        return false;
    model.setSummaries(*list, now);
    return true;
}

} // namespace

class TestPerformanceListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsUpcomingPerformancesSoonestFirst();
    void countsMatchTheStoredOrders();
    void reloadSeesANewSale();
    void leavesOutPastPerformances();
    void searchTextFindsTitleAndDate();

private:
    QDateTime m_now;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPerformanceListModel::init()
{
    m_now = QDateTime(QDate(2025, 3, 3), QTime(10, 0));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("parkett.sqlite")));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    auto seeded = seedDemo(*m_db, m_now);
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
}

void TestPerformanceListModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPerformanceListModel::listsUpcomingPerformancesSoonestFirst()
{
    PerformanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    CatalogRepository catalog(*m_db);
    QVERIFY(reloadAt(model, catalog, m_now));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(PerformanceListModel::ColumnCount));
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDateTime startsAt = model.index(row, 0)
                                       .data(PerformanceListModel::StartsAtRole)
                                       .toDateTime();
        QVERIFY(startsAt > m_now);
        if (previous.isValid())
            QVERIFY(previous < startsAt);
        previous = startsAt;
        QCOMPARE(model.index(row, PerformanceListModel::TitleColumn).data().toString(),
                 QStringLiteral("The Seagull"));
        QCOMPARE(model.index(row, PerformanceListModel::VenueColumn).data().toString(),
                 QStringLiteral("Parkett Theatre"));
        QCOMPARE(model.index(row, PerformanceListModel::DateTimeColumn).data().toString(),
                 PerformanceListModel::dateTimeText(startsAt));
        const auto id = model.index(row, 0)
                            .data(PerformanceListModel::PerformanceIdRole)
                            .value<PerformanceId>();
        QVERIFY(id.isValid());
        QCOMPARE(model.rowOf(id), row);
        QVERIFY(model.index(row, 0).data(PerformanceListModel::OnSaleRole).toBool());
    }
    QCOMPARE(model.rowOf(PerformanceId(999999)), -1);
}

void TestPerformanceListModel::countsMatchTheStoredOrders()
{
    PerformanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogRepository catalog(*m_db);
    QVERIFY(reloadAt(model, catalog, m_now));
    // The demo sells C11-12, E5-7 and four standing places for the first performance.
    const QModelIndex first = model.index(0, PerformanceListModel::SoldColumn);
    QCOMPARE(first.data(PerformanceListModel::SoldRole).toInt(), 9);
    QCOMPARE(first.data().toString(), QLocale().toString(9));
    QCOMPARE(model.index(0, 0).data(PerformanceListModel::ReservedRole).toInt(), 0);
    // The second performance has two sold and two reserved seats.
    QCOMPARE(model.index(1, 0).data(PerformanceListModel::SoldRole).toInt(), 2);
    QCOMPARE(model.index(1, 0).data(PerformanceListModel::ReservedRole).toInt(), 2);
    const PerformanceSummary *s = model.summaryAt(1);
    QVERIFY(s);
    QCOMPARE(model.index(1, PerformanceListModel::FreeColumn)
                 .data(PerformanceListModel::FreeRole)
                 .toInt(),
             s->capacity - 4);
    QCOMPARE(model.index(1, PerformanceListModel::FreeColumn)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>()
                 & Qt::AlignRight,
             Qt::AlignRight);
}

void TestPerformanceListModel::reloadSeesANewSale()
{
    PerformanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogRepository catalog(*m_db);
    QVERIFY(reloadAt(model, catalog, m_now));
    const int before = model.index(3, 0).data(PerformanceListModel::SoldRole).toInt();
    const auto id = model.index(3, 0)
                        .data(PerformanceListModel::PerformanceIdRole)
                        .value<PerformanceId>();

    auto perf = catalog.performance(id);
    QVERIFY(perf);
    auto plan = catalog.plan(perf->plan);
    QVERIFY(plan);
    auto prices = catalog.priceList(id);
    auto types = catalog.priceTypes();
    QVERIFY(prices && types);
    Basket basket(id, &*plan, *prices, *types);
    QVERIFY(basket.setStandingQuantity(plan->zones().first().id, 3));
    SalesService sales(*m_db);
    auto order = sales.sell(basket, PaymentMethod::Cash, m_now);
    QVERIFY2(order, order ? "" : qPrintable(order.error().message));

    QVERIFY(reloadAt(model, catalog, m_now));
    QCOMPARE(model.index(3, 0).data(PerformanceListModel::SoldRole).toInt(), before + 3);
}

void TestPerformanceListModel::leavesOutPastPerformances()
{
    PerformanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogRepository catalog(*m_db);
    QVERIFY(reloadAt(model, catalog, m_now));
    const QDateTime second = model.summaries().at(1).performance.startsAt;
    QVERIFY(reloadAt(model, catalog, second.addSecs(60)));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.summaries().first().performance.startsAt > second);

    model.setSummaries({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.summaryAt(0));
}

void TestPerformanceListModel::searchTextFindsTitleAndDate()
{
    PerformanceListModel model;
    CatalogRepository catalog(*m_db);
    QVERIFY(reloadAt(model, catalog, m_now));
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterRole(PerformanceListModel::SearchTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);

    proxy.setFilterFixedString(QStringLiteral("seagull"));
    QCOMPARE(proxy.rowCount(), 4);
    const QDate third = model.summaries().at(2).performance.startsAt.toLocalTime().date();
    proxy.setFilterFixedString(third.toString(Qt::ISODate));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(PerformanceListModel::PerformanceIdRole).value<PerformanceId>(),
             model.summaries().at(2).performance.id);
    proxy.setFilterFixedString(QStringLiteral("hamlet"));
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPerformanceListModel)
#include "tst_performancelistmodel.moc"
