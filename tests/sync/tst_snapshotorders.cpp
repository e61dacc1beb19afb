// SPDX-License-Identifier: GPL-3.0-or-later
// SnapshotOrders: a snapshot's orders decoded in order, on a thread of their own above
// kThreadFrom, with the first order that does not decode ending it.
#include "sync/snapshotorders.h"

#include <QJsonObject>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_SnapshotOrders final : public QObject
{
    Q_OBJECT

private:
    static QJsonArray orders(qsizetype n)
    {
        QJsonArray out;
        for (qsizetype i = 0; i < n; ++i) {
            protocol::WireOrder o;
            o.id = 1 + i;
            o.number = u"S-%1"_s.arg(1 + i);
            o.status = u"sold"_s;
            o.performanceId = 7;
            o.channelId = 1;
            o.currency = u"EUR"_s;
            o.total = 100 * i;
            o.createdAt = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
            protocol::WireTicket t;
            t.id = 10 * (1 + i);
            t.seat = 1 + i;
            t.category = 1;
            t.priceType = 1;
            t.price = 100 * i;
            t.label = u"Seat %1"_s.arg(1 + i);
            t.barcode = u"B%1"_s.arg(1 + i);
            t.status = u"valid"_s;
            o.tickets = {t};
            out.append(o.toJson());
        }
        return out;
    }

private Q_SLOTS:
    void everyOrderInOrder_data()
    {
        QTest::addColumn<qsizetype>("count");
        QTest::newRow("small, on the caller's thread") << qsizetype(5);
        QTest::newRow("big, on a thread of its own") << SnapshotOrders::kThreadFrom * 3;
    }

    void everyOrderInOrder()
    {
        QFETCH(qsizetype, count);
        SnapshotOrders decoded(orders(count));
        QCOMPARE(decoded.size(), count);
        for (qsizetype i = 0; i < count; ++i) {
            const protocol::WireOrder *o = decoded.at(i);
            QVERIFY(o);
            QCOMPARE(o->id, 1 + i);
            QCOMPARE(o->total, 100 * i);
            QCOMPARE(o->tickets.size(), 1);
            QCOMPARE(o->tickets.first().barcode, u"B%1"_s.arg(1 + i));
        }
        QVERIFY(decoded.finish());
        QCOMPARE(qsizetype(decoded.all().size()), count);
        QVERIFY(!decoded.at(count));
        QVERIFY(!decoded.at(-1));
    }

    void theFirstBadOrderEndsIt_data()
    {
        QTest::addColumn<qsizetype>("count");
        QTest::addColumn<qsizetype>("bad");
        QTest::newRow("small") << qsizetype(10) << qsizetype(3);
        QTest::newRow("big, near the end")
            << SnapshotOrders::kThreadFrom * 2 << SnapshotOrders::kThreadFrom * 2 - 2;
    }

    void theFirstBadOrderEndsIt()
    {
        QFETCH(qsizetype, count);
        QFETCH(qsizetype, bad);
        QJsonArray array = orders(count);
        QJsonObject broken = array.at(bad).toObject();
        broken.remove(u"total"_s);
        array.replace(bad, broken);
        // A later one that is not even an object does not take the first one's place.
        array.replace(count - 1, 5);
        SnapshotOrders decoded(array);
        QVERIFY(!decoded.at(count - 1));
        QVERIFY(!decoded.finish());
        QCOMPARE(decoded.error(), u"orders[%1].total is missing"_s.arg(bad));
    }

    void notAnObject()
    {
        QJsonArray array = orders(3);
        array.replace(1, u"order"_s);
        SnapshotOrders decoded(array);
        QVERIFY(!decoded.finish());
        QCOMPARE(decoded.error(), u"orders[1] must be an object"_s);
    }

    void leftBeforeTheEnd()
    {
        // Destroyed while its thread is still decoding: the thread stops and is joined.
        for (int i = 0; i < 3; ++i) {
            SnapshotOrders decoded(orders(SnapshotOrders::kThreadFrom * 10));
            QVERIFY(decoded.at(0));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SnapshotOrders)
#include "tst_snapshotorders.moc"
