// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog.h"

#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_PriceList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookup();
    void typesForCategoryFollowSortOrder();
    void onSaleWindow();
};

void tst_PriceList::lookup()
{
    const Currency eur = Currency::fromCode(u"EUR");
    PriceList list(eur);
    list.setPrice(CategoryId(1), PriceTypeId(1), Money(4500, eur));
    list.setPrice(CategoryId(1), PriceTypeId(2), Money(2000, eur));
    list.setPrice(CategoryId(1), PriceTypeId(2), Money(2250, eur)); // replaces
    QCOMPARE(list.size(), 2);
    QCOMPARE(*list.price(CategoryId(1), PriceTypeId(2)), Money(2250, eur));
    const auto missing = list.price(CategoryId(2), PriceTypeId(1));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::PriceMissing);
    QVERIFY(!list.hasPrice(CategoryId(2), PriceTypeId(1)));
    QCOMPARE(list.entries().first().type, PriceTypeId(1));
}

void tst_PriceList::typesForCategoryFollowSortOrder()
{
    const Currency eur = Currency::fromCode(u"EUR");
    PriceList list(eur);
    const QList<PriceType> types = {{PriceTypeId(1), u"adult"_s, u"Adult"_s, 2},
                                    {PriceTypeId(2), u"child"_s, u"Child"_s, 0},
                                    {PriceTypeId(3), u"senior"_s, u"Senior"_s, 1}};
    list.setPrice(CategoryId(1), PriceTypeId(1), Money(100, eur));
    list.setPrice(CategoryId(1), PriceTypeId(2), Money(50, eur));
    QCOMPARE(list.typesFor(CategoryId(1), types),
             (QList<PriceTypeId>{PriceTypeId(2), PriceTypeId(1)}));
    QVERIFY(list.typesFor(CategoryId(9), types).isEmpty());
}

void tst_PriceList::onSaleWindow()
{
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    Performance p;
    p.status = PerformanceStatus::OnSale;
    p.salesEnd = now.addDays(1);
    QVERIFY(p.isOnSale(now));
    QVERIFY(!p.isOnSale(now.addDays(1)));
    p.status = PerformanceStatus::Cancelled;
    QVERIFY(!p.isOnSale(now));
}

QTEST_GUILESS_MAIN(tst_PriceList)
#include "tst_pricelist.moc"
