// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/consenthistorymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_ConsentHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstWithEveryColumn();
};

void tst_ConsentHistoryModel::newestFirstWithEveryColumn()
{
    ConsentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    ConsentRecord granted{1,
                          ConsentPurpose::Newsletter,
                          ConsentChannel::Email,
                          true,
                          t,
                          ConsentSource::Counter,
                          UserId(1),
                          u"Counter staff"_s};
    ConsentRecord withdrawn{2,
                            ConsentPurpose::Newsletter,
                            ConsentChannel::Email,
                            false,
                            t.addDays(1),
                            ConsentSource::Web,
                            UserId(),
                            QString()};
    model.setRecords({granted, withdrawn});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ConsentHistoryModel::StateColumn).data().toString(), u"Withdrawn"_s);
    QCOMPARE(model.index(0, ConsentHistoryModel::SourceColumn).data().toString(), u"Web"_s);
    QCOMPARE(model.index(1, ConsentHistoryModel::UserColumn).data().toString(), u"Counter staff"_s);
    QCOMPARE(model.index(1, ConsentHistoryModel::PurposeColumn).data().toString(), u"Newsletter"_s);
    QCOMPARE(model.index(1, ConsentHistoryModel::ChannelColumn).data().toString(), u"E-mail"_s);
    QCOMPARE(model.index(1, 0).data(ConsentHistoryModel::GrantedRole).toBool(), true);
    model.setRecords({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ConsentHistoryModel)
#include "tst_consenthistorymodel.moc"
