// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seatplan.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

/** Drives parkett-cli's rules, best and holds commands as a script would. */
class tst_RulesCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageListsTheCommands();
    void bestThenSellThenDistancing();
    void bestInACategory();
    void holdsCreateApplyListCopyRelease();
    void badInput_data();
    void badInput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(QStringList args);
    QStringList labels(const QJsonArray &seats) const;

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_now = u"2026-11-22T12:00:00Z"_s;
};

tst_RulesCli::Run tst_RulesCli::cli(QStringList args)
{
    if (!args.contains(u"--now"_s))
        args << u"--now"_s << m_now;
    QProcess p;
    p.start(m_cli, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList tst_RulesCli::labels(const QJsonArray &seats) const
{
    QStringList out;
    for (const QJsonValue &s : seats)
        out.append(s[u"label"_s].toString().section(QLatin1Char(' '), 1)); // "C-7"
    return out;
}

void tst_RulesCli::initTestCase()
{
    m_cli = qEnvironmentVariable("PARKETT_CLI");
    QVERIFY2(QFile::exists(m_cli), "PARKETT_CLI must name the parkett-cli binary");
    m_db = m_dir.filePath(u"rules.sqlite"_s);
    QCOMPARE(cli({u"demo"_s, u"seed"_s, u"--db"_s, m_db}).exitCode, 0);
}

void tst_RulesCli::usageListsTheCommands()
{
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *command :
         {"rules check", "rules blocked", "best --db", "holds apply", "holds copy"})
        QVERIFY2(help.out.contains(command), command);
}

void tst_RulesCli::bestThenSellThenDistancing()
{
    // Distancing over the Stalls of performance 1's plan.
    {
        auto db = Database::open(m_db);
        QVERIFY(db);
        CatalogRepository catalog(**db);
        const SeatPlanId planId = catalog.performance(PerformanceId(1))->plan;
        SeatPlan plan = *catalog.plan(planId);
        Area stalls;
        stalls.name = u"Stalls"_s;
        for (int i = 0; i < plan.seats().size(); ++i) {
            if (plan.sectionNameOf(i) == u"Stalls"_s)
                stalls.seats.append(plan.seats().at(i).id);
        }
        stalls.distancing.enabled = true;
        plan.addArea(stalls);
        QVERIFY(
            (*db)->exec(u"UPDATE seat_plans SET document = ? WHERE id = ?"_s,
                        {QString::fromUtf8(QJsonDocument(plan.toJson()).toJson()), planId.value}));
    }
    const Run best = cli({u"best"_s,
                          u"--db"_s,
                          m_db,
                          u"--performance"_s,
                          u"1"_s,
                          u"--count"_s,
                          u"2"_s,
                          u"--section"_s,
                          u"Stalls"_s,
                          u"--json"_s});
    QCOMPARE(best.exitCode, 0);
    QCOMPARE(best.json().value(u"stage"_s).toString(), u"row"_s);
    const QStringList pair = labels(best.json().value(u"seats"_s).toArray());
    QCOMPARE(pair.size(), 2);
    const Run ok = cli({u"rules"_s,
                        u"check"_s,
                        u"--db"_s,
                        m_db,
                        u"--performance"_s,
                        u"1"_s,
                        u"--seats"_s,
                        pair.join(u','),
                        u"--json"_s});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.json().value(u"ok"_s).toBool());
    QCOMPARE(cli({u"sell"_s,
                  u"--db"_s,
                  m_db,
                  u"--performance"_s,
                  u"1"_s,
                  u"--seats"_s,
                  u"Stalls/"_s + pair.first() + u",Stalls/"_s + pair.last()})
                 .exitCode,
             0);
    // The seat beside the pair is now kept free.
    const Run blocked = cli(
        {u"rules"_s, u"blocked"_s, u"--db"_s, m_db, u"--performance"_s, u"1"_s, u"--json"_s});
    QCOMPARE(blocked.exitCode, 0);
    const QJsonArray list = blocked.json().value(u"blocked"_s).toArray();
    QVERIFY(!list.isEmpty());
    QString beside;
    for (const QJsonValue &b : list) {
        if (b[u"reason"_s].toString().contains(u"distancing in Stalls: beside order"_s))
            beside = b[u"label"_s].toString().section(QLatin1Char(' '), 1);
    }
    QVERIFY(!beside.isEmpty());
    const Run refused = cli({u"rules"_s,
                             u"check"_s,
                             u"--db"_s,
                             m_db,
                             u"--performance"_s,
                             u"1"_s,
                             u"--seats"_s,
                             u"Stalls/"_s + beside,
                             u"--json"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.json().value(u"ok"_s).toBool());
    const QJsonObject violation = refused.json().value(u"violations"_s).toArray().first().toObject();
    QCOMPARE(violation.value(u"kind"_s).toString(), u"blocked"_s);
    QCOMPARE(violation.value(u"area"_s).toString(), u"Stalls"_s);
    // And the sale itself is refused with the reason.
    const Run sale = cli(
        {u"sell"_s, u"--db"_s, m_db, u"--performance"_s, u"1"_s, u"--seats"_s, u"Stalls/"_s + beside});
    QCOMPARE(sale.exitCode, 1);
    QVERIFY2(sale.err.contains("distancing in Stalls"), sale.err.constData());
    // Best available moves on, never onto a blocked seat.
    const Run next = cli({u"best"_s,
                          u"--db"_s,
                          m_db,
                          u"--performance"_s,
                          u"1"_s,
                          u"--count"_s,
                          u"2"_s,
                          u"--section"_s,
                          u"Stalls"_s,
                          u"--json"_s});
    QCOMPARE(next.exitCode, 0);
    for (const QString &seat : labels(next.json().value(u"seats"_s).toArray()))
        QVERIFY(seat != beside && !pair.contains(seat));
}

void tst_RulesCli::bestInACategory()
{
    const Run text = cli({u"best"_s,
                          u"--db"_s,
                          m_db,
                          u"--performance"_s,
                          u"2"_s,
                          u"--count"_s,
                          u"3"_s,
                          u"--category"_s,
                          u"Category C"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith("Best 3 (row):"), text.out.constData());
    const Run none = cli({u"best"_s,
                          u"--db"_s,
                          m_db,
                          u"--performance"_s,
                          u"2"_s,
                          u"--count"_s,
                          u"5000"_s,
                          u"--json"_s});
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(none.json().value(u"stage"_s).toString(), u"none"_s);
}

void tst_RulesCli::holdsCreateApplyListCopyRelease()
{
    QCOMPARE(cli({u"holds"_s,
                  u"create"_s,
                  u"PRESS"_s,
                  u"--db"_s,
                  m_db,
                  u"--name"_s,
                  u"Press"_s,
                  u"--color"_s,
                  u"#3366cc"_s,
                  u"--role"_s,
                  u"box-office"_s})
                 .exitCode,
             0);
    const Run codes = cli({u"holds"_s, u"codes"_s, u"--db"_s, m_db, u"--json"_s});
    QCOMPARE(codes.json().value(u"codes"_s).toArray().first()[u"color"_s].toString(), u"#3366cc"_s);
    QCOMPARE(cli({u"holds"_s,
                  u"apply"_s,
                  u"PRESS"_s,
                  u"--db"_s,
                  m_db,
                  u"--performance"_s,
                  u"3"_s,
                  u"--seats"_s,
                  u"Stalls/J-1,Stalls/J-2"_s,
                  u"--standing"_s,
                  u"4"_s})
                 .exitCode,
             0);
    const Run held = cli({u"rules"_s,
                          u"check"_s,
                          u"--db"_s,
                          m_db,
                          u"--performance"_s,
                          u"3"_s,
                          u"--seats"_s,
                          u"Stalls/J-1"_s,
                          u"--json"_s});
    QCOMPARE(held.exitCode, 1);
    QCOMPARE(held.json().value(u"violations"_s).toArray().first()[u"kind"_s].toString(), u"taken"_s);
    QCOMPARE(
        cli({u"holds"_s, u"copy"_s, u"--db"_s, m_db, u"--performance"_s, u"3"_s, u"--to"_s, u"4"_s})
            .exitCode,
        0);
    const Run list = cli(
        {u"holds"_s, u"list"_s, u"--db"_s, m_db, u"--performance"_s, u"4"_s, u"--json"_s});
    QCOMPARE(list.json().value(u"seats"_s).toArray().size(), 2);
    QCOMPARE(list.json().value(u"zones"_s).toArray().first()[u"quantity"_s].toInt(), 4);
    const Run released = cli({u"holds"_s,
                              u"release"_s,
                              u"PRESS"_s,
                              u"--db"_s,
                              m_db,
                              u"--performance"_s,
                              u"4"_s,
                              u"--json"_s});
    QCOMPARE(released.json().value(u"released"_s).toInt(), 3); // two seats and one zone hold
    QCOMPARE(cli({u"holds"_s, u"list"_s, u"--db"_s, m_db, u"--performance"_s, u"4"_s, u"--json"_s})
                 .json()
                 .value(u"seats"_s)
                 .toArray()
                 .size(),
             0);

    // A code without a role: the counter (the default user) may not release it.
    QCOMPARE(cli({u"holds"_s, u"create"_s, u"KILL"_s, u"--db"_s, m_db}).exitCode, 0);
    QCOMPARE(cli({u"holds"_s,
                  u"apply"_s,
                  u"KILL"_s,
                  u"--db"_s,
                  m_db,
                  u"--performance"_s,
                  u"4"_s,
                  u"--seats"_s,
                  u"Stalls/J-3"_s})
                 .exitCode,
             0);
    const QStringList release{u"holds"_s,
                              u"release"_s,
                              u"KILL"_s,
                              u"--db"_s,
                              m_db,
                              u"--performance"_s,
                              u"4"_s,
                              u"--seats"_s,
                              u"Stalls/J-3"_s,
                              u"--json"_s};
    const Run refused = cli(release);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.json().value(u"error"_s).toString().contains(u"may not release"_s),
             refused.out.constData());
    QCOMPARE(cli(release + QStringList{u"--user"_s, u"nobody"_s}).exitCode, 2);
    const Run bySupervisor = cli(release + QStringList{u"--user"_s, u"supervisor"_s});
    QCOMPARE(bySupervisor.exitCode, 0);
    QCOMPARE(bySupervisor.json().value(u"released"_s).toInt(), 1);
}

void tst_RulesCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("best without count")
        << QStringList{u"best"_s, u"--performance"_s, u"1"_s} << 2 << QByteArray("--count");
    QTest::newRow("unknown category") << QStringList{u"best"_s,
                                                     u"--performance"_s,
                                                     u"1"_s,
                                                     u"--count"_s,
                                                     u"2"_s,
                                                     u"--category"_s,
                                                     u"Gold"_s}
                                      << 2 << QByteArray("no category \"Gold\"");
    QTest::newRow("check without seats")
        << QStringList{u"rules"_s, u"check"_s, u"--performance"_s, u"1"_s} << 2
        << QByteArray("--seats");
    QTest::newRow("unknown seat") << QStringList{u"rules"_s,
                                                 u"check"_s,
                                                 u"--performance"_s,
                                                 u"1"_s,
                                                 u"--seats"_s,
                                                 u"Z-99"_s}
                                  << 2 << QByteArray("no seat \"Z-99\"");
    QTest::newRow("unknown hold code") << QStringList{u"holds"_s,
                                                      u"apply"_s,
                                                      u"NOPE"_s,
                                                      u"--performance"_s,
                                                      u"1"_s,
                                                      u"--seats"_s,
                                                      u"Stalls/A-1"_s}
                                       << 1 << QByteArray("no hold code \"NOPE\"");
    QTest::newRow("copy without targets")
        << QStringList{u"holds"_s, u"copy"_s, u"--performance"_s, u"1"_s} << 2
        << QByteArray("--to");
}

void tst_RulesCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const Run r = cli(args << u"--db"_s << m_db);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_RulesCli)
#include "tst_rulescli.moc"
