// SPDX-License-Identifier: GPL-3.0-or-later
// parkett-cli ticket render / print / printers / ticket reprint, run as a program.
#include "emulatorprocess.h"
#include "zxingdecode.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_PrintCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void renderEachFormat_data();
    void renderEachFormat();
    void renderRefusals_data();
    void renderRefusals();
    void printReprintAndList();
    void paperOutTellsTheClerk();
    void receiptRender_data();
    void receiptRender();

private:
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args);
    QStringList codesOf(const QString &order);

    QTemporaryDir *m_dir = nullptr;
    QString m_db;
};

tst_PrintCli::Run tst_PrintCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("PARKETT_CLI"),
            args + QStringList{u"--now"_s, u"2026-11-22T12:00:00Z"_s});
    p.waitForFinished(60000);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList tst_PrintCli::codesOf(const QString &order)
{
    const Run r = cli({u"orders"_s, u"show"_s, order, u"--db"_s, m_db, u"--json"_s});
    QStringList codes;
    const QJsonArray tickets = QJsonDocument::fromJson(r.out).object().value(u"tickets"_s).toArray();
    for (const QJsonValue &t : tickets)
        codes.append(t.toObject().value(u"barcode"_s).toString());
    return codes;
}

void tst_PrintCli::init()
{
    m_dir = new QTemporaryDir;
    m_db = m_dir->filePath(u"d.sqlite"_s);
    QCOMPARE(cli({u"demo"_s, u"seed"_s, u"--db"_s, m_db}).code, 0);
}

void tst_PrintCli::cleanup()
{
    delete m_dir;
}

void tst_PrintCli::renderEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("layout");
    QTest::newRow("fgl") << u"fgl"_s << QString();
    QTest::newRow("fgl 300") << u"fgl"_s << u"boca-300"_s;
    QTest::newRow("escpos") << u"escpos"_s << QString();
    QTest::newRow("escpos 58") << u"escpos"_s << u"thermal-58"_s;
    QTest::newRow("pdf") << u"pdf"_s << QString();
    QTest::newRow("png") << u"png"_s << u"boca-200"_s;
}

void tst_PrintCli::renderEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, layout);
    const QString out = m_dir->filePath(u"t."_s + format);
    QStringList args{u"ticket"_s,
                     u"render"_s,
                     u"--db"_s,
                     m_db,
                     u"--order"_s,
                     u"O-000002"_s,
                     u"--format"_s,
                     format,
                     u"--out"_s,
                     out};
    if (!layout.isEmpty())
        args << u"--layout"_s << layout;
    const Run r = cli(args);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("3 ticket(s) of O-000002"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QStringList codes = codesOf(u"O-000002"_s);
    QCOMPARE(codes.size(), 3);
    if (format == u"fgl") {
        QVERIFY(bytes.startsWith("<NR>"));
        QCOMPARE(bytes.count("<p>"), 3);
        for (const QString &code : codes)
            QVERIFY(bytes.contains(code.toLatin1()));
    } else if (format == u"escpos") {
        QVERIFY(bytes.startsWith("\x1b@"));
        QCOMPARE(bytes.count(QByteArray("\x1dV", 2)), 3);
        for (const QString &code : codes)
            QVERIFY(bytes.contains(code.toLatin1()));
    } else if (format == u"pdf") {
        QVERIFY(bytes.startsWith("%PDF-"));
    } else {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.width(), 1100);
        // The first ticket's QR code carries its code.
        QCOMPARE(decodeBarcodes(image.copy(0, 0, 1100, 400)),
                 QStringList{u"QRCode:"_s + codes.first()});
    }
}

void tst_PrintCli::renderRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << QStringList{u"--format"_s, u"zpl"_s, u"--order"_s, u"O-000002"_s}
                            << 2 << u"--format is fgl, escpos, pdf or png"_s;
    QTest::newRow("no out") << QStringList{u"--format"_s,
                                           u"fgl"_s,
                                           u"--order"_s,
                                           u"O-000002"_s,
                                           u"--out"_s,
                                           QString()}
                            << 2 << u"--out FILE is required"_s;
    QTest::newRow("no order") << QStringList{u"--format"_s, u"fgl"_s, u"--order"_s, u"O-999"_s} << 1
                              << u"no order with number O-999"_s;
    QTest::newRow("layout") << QStringList{u"--format"_s,
                                           u"fgl"_s,
                                           u"--order"_s,
                                           u"O-000002"_s,
                                           u"--layout"_s,
                                           u"nope"_s}
                            << 1 << u"no layout \"nope\""_s;
    QTest::newRow("portrait on fgl")
        << QStringList{u"--format"_s, u"fgl"_s, u"--order"_s, u"O-000002"_s, u"--layout"_s, u"a4"_s}
        << 1 << u"portrait"_s;
}

void tst_PrintCli::renderRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QStringList all{u"ticket"_s, u"render"_s, u"--db"_s, m_db};
    all += args;
    if (!args.contains(u"--out"_s))
        all << u"--out"_s << m_dir->filePath(u"x"_s);
    const Run r = cli(all);
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!QFile::exists(m_dir->filePath(u"x"_s)));
}

void tst_PrintCli::printReprintAndList()
{
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s, out.path()));
    const QString uri = u"tcp://127.0.0.1:%1"_s.arg(emulator.port());
    Run r = cli({u"printers"_s, u"add"_s, u"Boca 1"_s, u"--db"_s, m_db, u"--uri"_s, uri});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({u"print"_s, u"--db"_s, m_db, u"--order"_s, u"O-000002"_s, u"--printer"_s, u"Boca 1"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("Printed 3 ticket(s) on Boca 1"));
    QCOMPARE(emulator.printed().size(), 3);

    // The same order again is refused: a second copy is a reprint.
    r = cli({u"print"_s, u"--db"_s, m_db, u"--order"_s, u"O-000002"_s, u"--printer"_s, u"Boca 1"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("reprint"));
    QCOMPARE(emulator.printed().size(), 3);

    const QString old = codesOf(u"O-000002"_s).first();
    r = cli({u"ticket"_s, u"reprint"_s, old, u"--db"_s, m_db, u"--printer"_s, u"Boca 1"_s});
    QCOMPARE(r.code, 2); // no reason
    r = cli({u"ticket"_s,
             u"reprint"_s,
             old,
             u"--db"_s,
             m_db,
             u"--printer"_s,
             u"Boca 1"_s,
             u"--reason"_s,
             u"printer ate it"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("DUPLICATE 1"));
    const QString fresh = codesOf(u"O-000002"_s).first();
    QVERIFY(fresh != old);
    QCOMPARE(emulator.printed().size(), 4);
    QVERIFY(emulator.printed().last().contains("DUPLICATE 1"));
    QVERIFY(emulator.printed().last().contains(fresh.toLatin1()));
    // The old code is void.
    r = cli({u"ticket"_s,
             u"reprint"_s,
             old,
             u"--db"_s,
             m_db,
             u"--printer"_s,
             u"Boca 1"_s,
             u"--reason"_s,
             u"again"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("replaced by a reprint"));
    r = cli({u"orders"_s, u"show"_s, u"O-000002"_s, u"--db"_s, m_db, u"--json"_s});
    QVERIFY(r.out.contains("reprinted"));
    QVERIFY(r.out.contains("printer ate it"));

    r = cli({u"printers"_s, u"list"_s, u"--db"_s, m_db, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray printers = QJsonDocument::fromJson(r.out)
                                    .object()
                                    .value(u"printers"_s)
                                    .toArray();
    QCOMPARE(printers.size(), 1);
    QCOMPARE(printers.first().toObject().value(u"name"_s).toString(), u"Boca 1"_s);
    QCOMPARE(printers.first().toObject().value(u"uri"_s).toString(), uri);
    r = cli({u"printers"_s, u"status"_s, u"Boca 1"_s, u"--db"_s, m_db});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Boca 1: Ready"));
    r = cli({u"printers"_s, u"test"_s, u"Boca 1"_s, u"--db"_s, m_db});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(emulator.printed().size(), 5);
    QVERIFY(emulator.printed().last().contains("{TEST-PRINT}"));
}

void tst_PrintCli::paperOutTellsTheClerk()
{
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s,
                           out.path(),
                           {u"--fault"_s, u"paper-out"_s, u"--fault-at"_s, u"2"_s}));
    QCOMPARE(cli({u"printers"_s,
                  u"add"_s,
                  u"B"_s,
                  u"--db"_s,
                  m_db,
                  u"--uri"_s,
                  u"tcp://127.0.0.1:%1"_s.arg(emulator.port())})
                 .code,
             0);
    Run r = cli({u"print"_s,
                 u"--db"_s,
                 m_db,
                 u"--order"_s,
                 u"O-000003"_s,
                 u"--printer"_s,
                 u"B"_s,
                 u"--timeout"_s,
                 u"5"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("Printed 1 ticket(s)"));
    QVERIFY2(r.err.contains("Out of paper. Load tickets."), r.err.constData());
    QCOMPARE(emulator.printed().size(), 1);
    r = cli({u"print"_s, u"jobs"_s, u"--db"_s, m_db, u"--json"_s});
    const QJsonArray jobs = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(jobs.size(), 3); // 1 unknown + 2 queued
    QCOMPARE(jobs.last().toObject().value(u"state"_s).toString(), u"unknown"_s);
    const int unknownJob = jobs.last().toObject().value(u"job"_s).toInt();
    QVERIFY(emulator.control("reload")); // the held ticket comes out
    QCOMPARE(emulator.printed().size(), 2);
    r = cli({u"print"_s, u"confirm"_s, QString::number(unknownJob), u"--db"_s, m_db});
    QCOMPARE(r.code, 0);
    r = cli({u"printers"_s, u"list"_s, u"--db"_s, m_db, u"--json"_s});
    const QJsonObject b = QJsonDocument::fromJson(r.out)
                              .object()
                              .value(u"printers"_s)
                              .toArray()
                              .first()
                              .toObject();
    QCOMPARE(b.value(u"queued"_s).toInt(), 2);
    QCOMPARE(b.value(u"unknown"_s).toInt(), 0);
}

void tst_PrintCli::receiptRender_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("columns");
    QTest::newRow("escpos 80") << u"escpos"_s << u"48"_s;
    QTest::newRow("escpos 58") << u"escpos"_s << u"32"_s;
    QTest::newRow("pdf") << u"pdf"_s << QString();
    QTest::newRow("png") << u"png"_s << QString();
}

void tst_PrintCli::receiptRender()
{
    QFETCH(QString, format);
    QFETCH(QString, columns);
    const QString out = m_dir->filePath(u"r."_s + format);
    QStringList args{u"receipt"_s,
                     u"render"_s,
                     u"--db"_s,
                     m_db,
                     u"--order"_s,
                     u"O-000002"_s,
                     u"--format"_s,
                     format,
                     u"--out"_s,
                     out};
    if (!columns.isEmpty())
        args << u"--columns"_s << columns;
    const Run r = cli(args);
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (format == u"escpos") {
        QVERIFY(bytes.startsWith("\x1b@"));
        QVERIFY(bytes.contains("O-000002"));
        QVERIFY(bytes.contains("TOTAL"));
        for (const QByteArray &line : bytes.split('\n')) {
            QByteArray text = line;
            // Drop the style commands in front of the text (ESC a/E n, GS ! n: 3 bytes each).
            while (text.size() >= 3 && (text.at(0) == 0x1b || text.at(0) == 0x1d))
                text = text.mid(text.startsWith("\x1b@") ? 2 : 3);
            QVERIFY2(text.size() <= columns.toInt(), text.constData());
        }
    } else if (format == u"pdf") {
        QVERIFY(bytes.startsWith("%PDF-"));
    } else {
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.width(), 576);
        QVERIFY(image.height() > 576);
    }
}

QTEST_MAIN(tst_PrintCli)
#include "tst_printcli.moc"
