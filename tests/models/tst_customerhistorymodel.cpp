// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_CustomerHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstWithReadableNames();
};

void tst_CustomerHistoryModel::newestFirstWithReadableNames()
{
    CustomerHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    model.setEntries({{1, t, UserId(1), u"Counter staff"_s, u"created"_s, {}, {}, u"C-000001"_s},
                      {2,
                       t.addSecs(5),
                       UserId(1),
                       u"Counter staff"_s,
                       u"changed"_s,
                       u"postcode"_s,
                       u"1000"_s,
                       u"8000"_s}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CustomerHistoryModel::ActionColumn).data().toString(), u"Changed"_s);
    QCOMPARE(model.index(0, CustomerHistoryModel::FieldColumn).data().toString(), u"Postcode"_s);
    QCOMPARE(model.index(0, CustomerHistoryModel::OldColumn).data().toString(), u"1000"_s);
    QCOMPARE(model.index(0, CustomerHistoryModel::NewColumn).data().toString(), u"8000"_s);
    QCOMPARE(model.index(1, CustomerHistoryModel::ActionColumn).data().toString(), u"Created"_s);
    QCOMPARE(model.index(1, CustomerHistoryModel::UserColumn).data().toString(), u"Counter staff"_s);
    QCOMPARE(model.index(1, 0).data(CustomerHistoryModel::ActionRole).toString(), u"created"_s);
}

QTEST_GUILESS_MAIN(tst_CustomerHistoryModel)
#include "tst_customerhistorymodel.moc"
