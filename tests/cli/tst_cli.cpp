// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/orderrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#ifdef PARKETT_CLI_RENDER
#include <QColor>
#include <QImage>
#endif
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

/** Drives the real parkett-cli binary as a user or a script would. */
class tst_Cli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void seedAndList();
    void sellJson();
    void takenSeatRefused();
    void badInput_data();
    void badInput();
    void reserveThenExpire();
    void blockedCustomerNeedsSupervisorPassword();
    void raceForOneSeatFromTwoProcesses();
    void planGenerateStatsRender();
    void planImportExport();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_now = u"2026-11-22T12:00:00Z"_s;
};

tst_Cli::Run tst_Cli::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(m_cli, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
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

void tst_Cli::initTestCase()
{
    m_cli = qEnvironmentVariable("PARKETT_CLI");
    QVERIFY2(QFile::exists(m_cli), "PARKETT_CLI must name the parkett-cli binary");
    m_db = m_dir.filePath(u"cli.sqlite"_s);
    const Run seeded = cli({u"demo"_s, u"seed"_s, u"--db"_s, m_db, u"--now"_s, m_now, u"--json"_s});
    QCOMPARE(seeded.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(seeded.out).object();
    QCOMPARE(report.value(u"performances"_s).toInt(), 4);
    QCOMPARE(report.value(u"customers"_s).toInt(), 20);
}

void tst_Cli::version()
{
    const Run r = cli({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("parkett-cli 0."));
}

void tst_Cli::seedAndList()
{
    const Run r = cli(
        {u"performances"_s, u"list"_s, u"--db"_s, m_db, u"--now"_s, m_now, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.first().toObject().value(u"title"_s).toString(), u"The Seagull"_s);
    QCOMPARE(list.first().toObject().value(u"sold"_s).toInt(), 9);
    const Run text = cli({u"performances"_s, u"list"_s, u"--db"_s, m_db, u"--now"_s, m_now});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("The Seagull"));
}

void tst_Cli::blockedCustomerNeedsSupervisorPassword()
{
    {
        auto db = Database::open(m_db);
        QVERIFY(db);
        QVERIFY((*db)->exec(u"INSERT INTO customer_flags (customer_id, flag_id, added_at)"
                            " SELECT c.id, d.id, '2026-11-22T12:00:00.000Z' FROM customers c,"
                            " customer_flag_definitions d WHERE c.number = 'C-000007'"
                            " AND d.kind = 'blocked-sale'"_s));
    }
    const QStringList sell{u"sell"_s,
                           u"--db"_s,
                           m_db,
                           u"--now"_s,
                           m_now,
                           u"--performance"_s,
                           u"4"_s,
                           u"--standing"_s,
                           u"1"_s,
                           u"--customer"_s,
                           u"C-000007"_s};
    // Refused without a supervisor, with nothing written.
    Run r = cli(sell);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("blocked from sale"), r.err.constData());
    // The demo supervisor's password is not "anything-at-all": refused even with the login.
    r = cli(sell + QStringList{u"--supervisor"_s, u"supervisor"_s}, "anything-at-all\n");
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("not a supervisor's login and password"), r.err.constData());
    r = cli({u"users"_s, u"password"_s, u"supervisor"_s, u"--db"_s, m_db}, "correct horse 7\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The counter clerk is no supervisor, and a wrong password is refused.
    r = cli({u"users"_s, u"password"_s, u"counter"_s, u"--db"_s, m_db}, "counter pass 1\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(sell + QStringList{u"--supervisor"_s, u"counter"_s}, "counter pass 1\n");
    QVERIFY(r.exitCode != 0);
    r = cli(sell + QStringList{u"--supervisor"_s, u"supervisor"_s}, "wrong horse 7\n");
    QVERIFY(r.exitCode != 0);
    {
        auto db = Database::open(m_db);
        QVERIFY(db);
        auto n = (*db)->scalar(u"SELECT count(*) FROM orders o JOIN customers c"
                               " ON c.id = o.customer_id WHERE c.number = 'C-000007'"_s);
        QCOMPARE(n->toInt(), 0);
    }
    // The supervisor's password lets the sale through; who approved it is kept.
    r = cli(sell + QStringList{u"--supervisor"_s, u"supervisor"_s, u"--json"_s},
            "correct horse 7\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString number = QJsonDocument::fromJson(r.out).object().value(u"number"_s).toString();
    QVERIFY(!number.isEmpty());
    auto db = Database::open(m_db);
    QVERIFY(db);
    auto logged = (*db)->scalar(u"SELECT h.new_value FROM customer_history h JOIN customers c"
                                " ON c.id = h.customer_id WHERE c.number = 'C-000007'"
                                " AND h.action = 'sale-override'"_s);
    QVERIFY(logged && logged->isValid());
    QVERIFY(logged->toString().contains(u"(supervisor)"_s));
    auto onOrder = (*db)->scalar(u"SELECT h.detail FROM order_history h JOIN orders o"
                                 " ON o.id = h.order_id WHERE o.number = ?"
                                 " AND h.event = 'blocked-customer-approved'"_s,
                                 {number});
    QVERIFY(onOrder && onOrder->isValid());
    QCOMPARE(onOrder->toString(), u"supervisor: supervisor"_s);
}

void tst_Cli::sellJson()
{
    const Run r = cli({u"sell"_s,
                       u"--db"_s,
                       m_db,
                       u"--now"_s,
                       m_now,
                       u"--performance"_s,
                       u"4"_s,
                       u"--seats"_s,
                       u"D-5,d-6"_s,
                       u"--standing"_s,
                       u"2"_s,
                       u"--price-type"_s,
                       u"adult,child,adult,concession"_s,
                       u"--customer"_s,
                       u"C-000002"_s,
                       u"--payment"_s,
                       u"card"_s,
                       u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject order = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(order.value(u"status"_s).toString(), u"sold"_s);
    QCOMPARE(order.value(u"total"_s).toString(), u"1120.00"_s); // 450 + 225 + 250 + 195
    QCOMPARE(order.value(u"tickets"_s).toArray().size(), 4);
    QCOMPARE(order.value(u"customer"_s).toString(), u"C-000002"_s);
    // What the CLI reported is what was stored.
    auto db = Database::open(m_db);
    QVERIFY(db);
    const auto stored = OrderRepository(**db).byNumber(order.value(u"number"_s).toString());
    QVERIFY(stored);
    QCOMPARE(stored->status(), OrderStatus::Sold);
    QCOMPARE(stored->tickets().at(0).label, u"Stalls, row D, seat 5"_s);
    QCOMPARE(stored->payments().first().method, PaymentMethod::Card);

    const Run shown = cli(
        {u"orders"_s, u"show"_s, order.value(u"number"_s).toString(), u"--db"_s, m_db, u"--json"_s});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"tickets"_s).toArray().size(), 4);
}

void tst_Cli::takenSeatRefused()
{
    const QStringList args = {u"sell"_s,
                              u"--db"_s,
                              m_db,
                              u"--now"_s,
                              m_now,
                              u"--performance"_s,
                              u"1"_s,
                              u"--seats"_s,
                              u"C-11"_s};
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Stalls C-11 is sold"), r.err.constData());
}

void tst_Cli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    const QStringList sell = {u"sell"_s, u"--performance"_s, u"4"_s};
    QTest::newRow("no command") << QStringList{} << 2 << QByteArray("Usage");
    QTest::newRow("unknown command")
        << QStringList{u"frobnicate"_s} << 2 << QByteArray("unknown command");
    QTest::newRow("unknown option")
        << QStringList{u"sell"_s, u"--colour"_s} << 2 << QByteArray("colour");
    QTest::newRow("no seats") << sell << 2 << QByteArray("nothing to sell");
    QTest::newRow("no such seat") << sell + QStringList{u"--seats"_s, u"Z-99"_s} << 2
                                  << QByteArray("no seat \"Z-99\"");
    QTest::newRow("bad seat syntax")
        << sell + QStringList{u"--seats"_s, u"C11"_s} << 2 << QByteArray("ROW-SEAT");
    QTest::newRow("same seat twice")
        << sell + QStringList{u"--seats"_s, u"C-1,C-1"_s} << 2 << QByteArray("twice");
    QTest::newRow("bad price type")
        << sell + QStringList{u"--seats"_s, u"C-1"_s, u"--price-type"_s, u"vip"_s} << 2
        << QByteArray("vip");
    QTest::newRow("negative standing")
        << sell + QStringList{u"--standing"_s, u"-2"_s} << 2 << QByteArray("positive");
    QTest::newRow("too many standing")
        << sell + QStringList{u"--standing"_s, u"151"_s} << 1 << QByteArray("places left");
    QTest::newRow("unknown performance")
        << QStringList{u"sell"_s, u"--performance"_s, u"77"_s, u"--standing"_s, u"1"_s} << 1
        << QByteArray("performance 77 not found");
    QTest::newRow("unknown customer")
        << sell + QStringList{u"--standing"_s, u"1"_s, u"--customer"_s, u"C-9"_s} << 2
        << QByteArray("C-9");
    QTest::newRow("bad payment") << sell
                                        + QStringList{u"--standing"_s,
                                                      u"1"_s,
                                                      u"--payment"_s,
                                                      u"beads"_s}
                                 << 2 << QByteArray("beads");
    QTest::newRow("gift card without reference")
        << sell + QStringList{u"--standing"_s, u"1"_s, u"--payment"_s, u"gift-card"_s} << 2
        << QByteArray("cash or card");
    QTest::newRow("performance not a number")
        << QStringList{u"orders"_s, u"list"_s, u"--performance"_s, u"abc"_s} << 2
        << QByteArray("performance id");
    QTest::newRow("unknown status") << QStringList{u"orders"_s, u"list"_s, u"--status"_s, u"paid"_s}
                                    << 2 << QByteArray("unknown status");
    QTest::newRow("reservation past the show") << QStringList{u"reserve"_s,
                                                              u"--performance"_s,
                                                              u"1"_s,
                                                              u"--seats"_s,
                                                              u"J-3"_s,
                                                              u"--until"_s,
                                                              u"2099-01-01T00:00:00Z"_s}
                                               << 1 << QByteArray("must end by");
    QTest::newRow("unknown order")
        << QStringList{u"orders"_s, u"show"_s, u"O-999999"_s} << 1 << QByteArray("O-999999");
}

void tst_Cli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const int ordersBefore = [&] {
        auto db = Database::open(m_db);
        return db ? (*db)->scalar(u"SELECT count(*) FROM orders"_s)->toInt() : -1;
    }();
    QStringList full = args;
    if (!args.isEmpty() && args.first() != u"frobnicate"_s)
        full << u"--db"_s << m_db << u"--now"_s << m_now;
    const Run r = cli(full);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
    auto db = Database::open(m_db);
    QVERIFY(db);
    QCOMPARE((*db)->scalar(u"SELECT count(*) FROM orders"_s)->toInt(), ordersBefore);
}

void tst_Cli::reserveThenExpire()
{
    const Run r = cli({u"reserve"_s,
                       u"--db"_s,
                       m_db,
                       u"--now"_s,
                       m_now,
                       u"--performance"_s,
                       u"4"_s,
                       u"--seats"_s,
                       u"Balcony/1-5"_s,
                       u"--hours"_s,
                       u"2"_s,
                       u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject order = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(order.value(u"status"_s).toString(), u"reserved"_s);
    QCOMPARE(order.value(u"reservedUntil"_s).toString(), u"2026-11-22T14:00:00.000Z"_s);
    const Run released = cli({u"orders"_s,
                              u"release-expired"_s,
                              u"--db"_s,
                              m_db,
                              u"--now"_s,
                              u"2026-11-22T14:00:00Z"_s,
                              u"--json"_s});
    QCOMPARE(released.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(released.out).object().value(u"released"_s).toInt(), 1);
    const Run shown = cli(
        {u"orders"_s, u"show"_s, order.value(u"number"_s).toString(), u"--db"_s, m_db, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(u"status"_s).toString(),
             u"cancelled"_s);
    const Run pay = cli(
        {u"orders"_s, u"pay"_s, order.value(u"number"_s).toString(), u"--db"_s, m_db});
    QCOMPARE(pay.exitCode, 1);
}

void tst_Cli::raceForOneSeatFromTwoProcesses()
{
    // Many rounds: each round two processes sell the same seat at the same moment.
    const QStringList rows = {u"H"_s, u"I"_s, u"J"_s};
    for (int round = 0; round < 6; ++round) {
        const QString seat = u"%1-%2"_s.arg(rows.at(round % 3)).arg(14 + round);
        QList<QProcess *> procs;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            p->start(m_cli,
                     {u"sell"_s,
                      u"--db"_s,
                      m_db,
                      u"--now"_s,
                      m_now,
                      u"--performance"_s,
                      u"3"_s,
                      u"--seats"_s,
                      seat,
                      u"--json"_s});
            procs.append(p);
        }
        int won = 0, lost = 0;
        for (QProcess *p : procs) {
            QVERIFY(p->waitForFinished(60000));
            if (p->exitCode() == 0)
                ++won;
            else if (p->exitCode() == 1 && p->readAllStandardError().contains("is sold"))
                ++lost;
            delete p;
        }
        QCOMPARE(won, 1);
        QCOMPARE(lost, 1);
    }
    auto db = Database::open(m_db);
    QVERIFY(db);
    QCOMPARE((*db)
                 ->scalar(u"SELECT count(*) FROM tickets WHERE performance_id = 3 AND active = 1 "
                          u"AND seat_id IS NOT NULL"
                          " GROUP BY seat_id HAVING count(*) > 1"_s)
                 ->isValid(),
             false);
    QVERIFY((*db)->integrityCheck());
}

void tst_Cli::planGenerateStatsRender()
{
    const QString plan = m_dir.filePath(u"stadium.json"_s);
    const Run generated = cli({u"plan"_s, u"generate"_s, u"--seats"_s, u"2500"_s, u"--out"_s, plan});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    const Run stats = cli({u"plan"_s, u"stats"_s, plan, u"--json"_s});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject st = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(st.value(u"seats"_s).toInt(), 2500);
    QCOMPARE(st.value(u"categories"_s).toInt(), 4);
    QCOMPARE(st.value(u"zones"_s).toInt(), 1);
    QVERIFY(st.value(u"sections"_s).toInt() >= 24);
    QCOMPARE(st.value(u"problems"_s).toArray().size(), 0);

    QCOMPARE(cli({u"plan"_s, u"generate"_s, u"--seats"_s, u"lots"_s, u"--out"_s, plan}).exitCode, 2);
    const Run missing = cli({u"plan"_s, u"stats"_s, m_dir.filePath(u"nope.json"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("cannot read"));
    QFile broken(m_dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(
        R"({"format":"parkett-seatplan","formatVersion":1,"sections":[{"id":1,"rows":[{"id":2,"seats":[{"id":3,"y":1}]}]}]})");
    broken.close();
    const Run bad = cli({u"plan"_s, u"stats"_s, broken.fileName()});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("sections[0].rows[0].seats[0]: missing \"x\""), bad.err.constData());

#ifdef PARKETT_CLI_RENDER
    const QString png = m_dir.filePath(u"stadium.png"_s);
    const Run rendered = cli(
        {u"plan"_s, u"render"_s, plan, u"--png"_s, png, u"--width"_s, u"800"_s});
    QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
    const QImage image(png);
    QCOMPARE(image.width(), 800);
    // The pitch in the middle, white paper in the corner.
    QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2 + 40), QColor(u"#2e7d32"_s));
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
#endif
}

void tst_Cli::planImportExport()
{
    const QString data = qEnvironmentVariable("PARKETT_TEST_DATA") + u"/seatplans/"_s;
    const QString plan = m_dir.filePath(u"imported.json"_s);
    const Run imported = cli({u"plan"_s,
                              u"import"_s,
                              data + u"pretix-format/seatmap-canvas-stadium.json"_s,
                              u"--out"_s,
                              plan,
                              u"--json"_s});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    QCOMPARE(report.value(u"seats"_s).toInt(), 738);
    int rekeyed = 0;
    for (const QJsonValue &line : report.value(u"report"_s).toArray())
        rekeyed += line.toString().contains(u"re-keyed as"_s);
    QCOMPARE(rekeyed, 420);
    QCOMPARE(QJsonDocument::fromJson(cli({u"plan"_s, u"stats"_s, plan, u"--json"_s}).out)
                 .object()
                 .value(u"seats"_s)
                 .toInt(),
             738);

    const QString pretix = m_dir.filePath(u"export.pretix.json"_s);
    QCOMPARE(cli({u"plan"_s, u"export"_s, plan, u"--format"_s, u"pretix"_s, u"--out"_s, pretix})
                 .exitCode,
             0);
    const Run again = cli({u"plan"_s,
                           u"import"_s,
                           pretix,
                           u"--format"_s,
                           u"pretix"_s,
                           u"--out"_s,
                           m_dir.filePath(u"again.json"_s),
                           u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"seats"_s).toInt(), 738);

    const Run seatsio = cli({u"plan"_s,
                             u"import"_s,
                             data + u"seatsio/sampleChartWithZones.json"_s,
                             u"--format"_s,
                             u"seatsio"_s,
                             u"--out"_s,
                             m_dir.filePath(u"zones.json"_s),
                             u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(seatsio.out).object().value(u"seats"_s).toInt(), 8897);

    // A file in another format: a clear error and no output file.
    const QString out = m_dir.filePath(u"never.json"_s);
    const Run flat = cli({u"plan"_s,
                          u"import"_s,
                          data + u"flat-seat-list/seatmap-canvas-stadium-block-5000.json"_s,
                          u"--out"_s,
                          out});
    QCOMPARE(flat.exitCode, 1);
    QVERIFY2(flat.err.contains("format"), flat.err.constData());
    QVERIFY(!QFile::exists(out));
    QCOMPARE(cli({u"plan"_s, u"export"_s, plan, u"--format"_s, u"svg"_s, u"--out"_s, out}).exitCode,
             2);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
