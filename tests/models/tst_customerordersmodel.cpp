// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerordersmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_CustomerOrdersModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters();
    void statusAndChannelRoles();
    void subscriptionAndSeasonTags();
};

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

CustomerOrderRow row(const QString &number, OrderStatus status, int daysFromNow)
{
    CustomerOrderRow r;
    r.id = OrderId(number.mid(2).toLongLong());
    r.number = number;
    r.status = status;
    r.performanceAt = kNow.addDays(daysFromNow);
    r.production = u"The Seagull"_s;
    r.tickets = 2;
    r.total = Money(30000, Currency::fromCode(u"DKK"_s));
    if (status == OrderStatus::Reserved)
        r.reservedUntil = kNow.addDays(1);
    return r;
}

QStringList numbers(const CustomerOrdersModel &m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out.append(m.index(i, CustomerOrdersModel::NumberColumn).data().toString());
    return out;
}

} // namespace

void tst_CustomerOrdersModel::filters()
{
    CustomerOrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrders({row(u"O-1"_s, OrderStatus::Sold, 10),
                     row(u"O-2"_s, OrderStatus::Reserved, 5),
                     row(u"O-3"_s, OrderStatus::Sold, -3),
                     row(u"O-4"_s, OrderStatus::Sold, -40),
                     row(u"O-5"_s, OrderStatus::Cancelled, 7)},
                    kNow);
    QCOMPARE(model.rowCount(), 5);
    model.setFilter({CustomerOrderFilter::Kind::Upcoming, {}, {}, {}});
    QCOMPARE(numbers(model), (QStringList{u"O-1"_s, u"O-2"_s}));
    model.setFilter({CustomerOrderFilter::Kind::Past, {}, {}, {}});
    QCOMPARE(numbers(model), (QStringList{u"O-3"_s, u"O-4"_s}));
    model.setFilter({CustomerOrderFilter::Kind::Past, kNow.date().addDays(-10), kNow.date(), {}});
    QCOMPARE(numbers(model), QStringList{u"O-3"_s});
    model.setFilter({CustomerOrderFilter::Kind::Cancelled, {}, {}, {}});
    QCOMPARE(numbers(model), QStringList{u"O-5"_s});
    QCOMPARE(model.totalCount(), 5);
}

void tst_CustomerOrdersModel::statusAndChannelRoles()
{
    CustomerOrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CustomerOrderRow web = row(u"O-7"_s, OrderStatus::Reserved, 3);
    web.channel = SalesChannelKind::Web;
    CustomerOrderRow expired = row(u"O-8"_s, OrderStatus::Reserved, 3);
    expired.reservedUntil = kNow.addSecs(-60);
    model.setOrders({web, expired}, kNow);
    const QModelIndex status = model.index(0, CustomerOrdersModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Reserved"_s);
    QCOMPARE(status.data(CustomerOrdersModel::StatusRole).toInt(),
             int(CustomerOrdersModel::ShownStatus::Reserved));
    QCOMPARE(model.index(0, CustomerOrdersModel::ChannelColumn).data().toString(), u"Web"_s);
    QCOMPARE(status.data(CustomerOrdersModel::ChannelRole).toInt(), int(SalesChannelKind::Web));
    QCOMPARE(model.index(1, 0).data(CustomerOrdersModel::StatusRole).toInt(),
             int(CustomerOrdersModel::ShownStatus::Expired));
    QCOMPARE(model.index(0, CustomerOrdersModel::SummaryColumn).data().toString(),
             u"2 ticket(s) · The Seagull"_s);
    QCOMPARE(model.index(0, 0).data(CustomerOrdersModel::OrderIdRole).value<OrderId>(), OrderId(7));
    // Expired reservations count as cancelled in the filter.
    model.setFilter({CustomerOrderFilter::Kind::Cancelled, {}, {}, {}});
    QCOMPARE(model.rowCount(), 1);
}

void tst_CustomerOrdersModel::subscriptionAndSeasonTags()
{
    CustomerOrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CustomerOrderRow friday = row(u"O-1"_s, OrderStatus::Sold, 10);
    friday.tags = {OrderTag{OrderTag::Kind::Subscription, u"Friday series"_s},
                   OrderTag{OrderTag::Kind::Season, u"Season 2026/27"_s}};
    CustomerOrderRow season = row(u"O-2"_s, OrderStatus::Sold, -10);
    season.tags = {OrderTag{OrderTag::Kind::Season, u"Season 2026/27"_s}};
    CustomerOrderRow cancelled = row(u"O-3"_s, OrderStatus::Cancelled, 12);
    cancelled.tags = {OrderTag{OrderTag::Kind::Subscription, u"Friday series"_s}};
    model.setOrders({friday, season, cancelled, row(u"O-4"_s, OrderStatus::Sold, 3)}, kNow);
    QCOMPARE(model.tagNames(), (QStringList{u"Friday series"_s, u"Season 2026/27"_s}));
    const QModelIndex tags = model.index(0, CustomerOrdersModel::TagsColumn);
    QCOMPARE(tags.data().toString(), u"Friday series, Season 2026/27"_s);
    QCOMPARE(tags.data(CustomerOrdersModel::TagsRole).toStringList(),
             (QStringList{u"Friday series"_s, u"Season 2026/27"_s}));
    QCOMPARE(tags.data(Qt::ToolTipRole).toString(),
             u"Subscription: Friday series\nSeason: Season 2026/27"_s);
    QVERIFY(model.index(3, CustomerOrdersModel::TagsColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(CustomerOrdersModel::TagsColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             u"Subscription / season"_s);
    // The tag narrows every kind of filter.
    model.setFilter({CustomerOrderFilter::Kind::All, {}, {}, u"Season 2026/27"_s});
    QCOMPARE(numbers(model), (QStringList{u"O-1"_s, u"O-2"_s}));
    model.setFilter({CustomerOrderFilter::Kind::Upcoming, {}, {}, u"Friday series"_s});
    QCOMPARE(numbers(model), QStringList{u"O-1"_s});
    model.setFilter({CustomerOrderFilter::Kind::Cancelled, {}, {}, u"Friday series"_s});
    QCOMPARE(numbers(model), QStringList{u"O-3"_s});
    model.setFilter({CustomerOrderFilter::Kind::All, {}, {}, u"No such series"_s});
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({CustomerOrderFilter::Kind::All, {}, {}, {}});
    QCOMPARE(model.rowCount(), 4);
}

QTEST_GUILESS_MAIN(tst_CustomerOrdersModel)
#include "tst_customerordersmodel.moc"
