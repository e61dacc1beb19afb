// SPDX-License-Identifier: GPL-3.0-or-later
// The blocked-from-sale rule every seller applies: SalesService, the connected client and
// the server.
#include "core/customerflag.h"

#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_CustomerFlag final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decideBlockedSale_data();
    void decideBlockedSale();
    void byIdAmongDefinitions();
    void blockingFlags();

private:
    static QList<FlagDefinition> definitions();
};

QList<FlagDefinition> tst_CustomerFlag::definitions()
{
    return {FlagDefinition{1, u"vip"_s, u"VIP"_s, u"#c9a227"_s, u"star"_s, FlagKind::Info},
            FlagDefinition{2,
                           u"blocked"_s,
                           u"Blocked from sale"_s,
                           u"#b3261e"_s,
                           u"blocked"_s,
                           FlagKind::BlockedSale},
            FlagDefinition{
                3, u"fraud"_s, u"Chargeback"_s, u"#000000"_s, u"blocked"_s, FlagKind::BlockedSale}};
}

void tst_CustomerFlag::decideBlockedSale_data()
{
    QTest::addColumn<QList<qint64>>("flags");
    QTest::addColumn<bool>("approval");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("message");

    const int allowed = int(BlockedSaleDecision::Allowed);
    const int check = int(BlockedSaleDecision::CheckApproval);
    QTest::newRow("no flags") << QList<qint64>{} << false << true << allowed << QString();
    QTest::newRow("info flag only") << QList<qint64>{1} << false << true << allowed << QString();
    QTest::newRow("approval without a block is not checked")
        << QList<qint64>{1} << true << true << allowed << QString();
    QTest::newRow("blocked")
        << QList<qint64>{1, 2} << false << false << 0
        << u"the customer is blocked from sale (Blocked from sale); a supervisor can override"_s;
    QTest::newRow("two blocks, both named")
        << QList<qint64>{2, 3} << false << false << 0
        << u"the customer is blocked from sale (Blocked from sale, Chargeback); a supervisor "
           "can override"_s;
    QTest::newRow("blocked with an approval")
        << QList<qint64>{2} << true << true << check << QString();
}

void tst_CustomerFlag::decideBlockedSale()
{
    QFETCH(QList<qint64>, flags);
    QFETCH(bool, approval);
    QFETCH(bool, ok);
    QFETCH(int, decision);
    QFETCH(QString, message);

    QList<FlagDefinition> customerFlags;
    for (const FlagDefinition &d : definitions()) {
        if (flags.contains(d.id))
            customerFlags.append(d);
    }
    const SupervisorApproval given = approval ? SupervisorApproval{u"supervisor"_s, u"secret 12"_s}
                                              : SupervisorApproval{};
    const auto result = ::parkett::decideBlockedSale(customerFlags, given);
    QCOMPARE(bool(result), ok);
    if (ok) {
        QCOMPARE(int(*result), decision);
    } else {
        QCOMPARE(result.error().code, ErrorCode::IllegalTransition);
        QCOMPARE(result.error().message, message);
    }
    // The same answer from the customer's flag ids among all definitions.
    const auto byId = ::parkett::decideBlockedSale(flags, definitions(), given);
    QCOMPARE(bool(byId), ok);
    if (ok)
        QCOMPARE(int(*byId), decision);
    else
        QCOMPARE(byId.error().message, message);
}

void tst_CustomerFlag::byIdAmongDefinitions()
{
    // An id without a definition (a flag deleted meanwhile) blocks nothing.
    const auto unknown = ::parkett::decideBlockedSale(QList<qint64>{99}, definitions(), {});
    QVERIFY(unknown);
    QCOMPARE(*unknown, BlockedSaleDecision::Allowed);
    // A login without a password is still an approval to check: the seller refuses it then.
    const auto noPassword = ::parkett::decideBlockedSale(QList<qint64>{2},
                                                         definitions(),
                                                         SupervisorApproval{u"supervisor"_s, {}});
    QVERIFY(noPassword);
    QCOMPARE(*noPassword, BlockedSaleDecision::CheckApproval);
    // An empty login is no approval, whatever the password.
    const auto noLogin = ::parkett::decideBlockedSale(QList<qint64>{2},
                                                      definitions(),
                                                      SupervisorApproval{{}, u"secret 12"_s});
    QVERIFY(!noLogin);
}

void tst_CustomerFlag::blockingFlags()
{
    const QList<FlagDefinition> blocking = ::parkett::blockingFlags(definitions());
    QCOMPARE(blocking.size(), 2);
    QCOMPARE(blocking.at(0).code, u"blocked"_s);
    QCOMPARE(blocking.at(1).code, u"fraud"_s);
}

QTEST_GUILESS_MAIN(tst_CustomerFlag)
#include "tst_customerflag.moc"
