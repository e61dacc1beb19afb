// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/escposrenderer.h"
#include "printing/fglrenderer.h"
#include "printing/printerstatus.h"
#include "printing/ticketsender.h"
#include "printing/transport.h"

#include "emulatorprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

using Kind = SendOutcome::Kind;

class tst_TicketSender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fglTicketsAreAcknowledged();
    void fglPaperOutMidBatchStopsAndNothingIsResent();
    void fglOfflineMidBatch();
    void escPosStatusBeforeAndAfter();
    void deviceFileWithoutAnswerIsUnknown();
    void statusBytes_data();
    void statusBytes();
    void unreachablePrinter();
    void uris();

private:
    static QList<BatchTicket> fglTickets(int n);
};

QList<BatchTicket> tst_TicketSender::fglTickets(int n)
{
    const FglRenderer r(*TicketLayout::defaultLayout(u"boca-200"_s));
    QList<BatchTicket> out;
    for (int i = 1; i <= n; ++i) {
        TicketData t = TicketData::sample();
        t.code = u"CODE%1"_s.arg(i);
        out.append(BatchTicket{i, *r.render(t)});
    }
    return out;
}

void tst_TicketSender::fglTicketsAreAcknowledged()
{
    QTemporaryDir dir;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s, dir.path()));
    TcpTransport tcp(u"127.0.0.1"_s, emulator.port());
    QVERIFY(tcp.open());
    TicketSender sender(tcp, PrinterLanguage::Fgl, 5000);
    QCOMPARE(sender.status(), PrinterState::Ready);
    const QList<BatchTicket> tickets = fglTickets(3);
    for (const BatchTicket &t : tickets)
        QCOMPARE(sender.send(t.bytes).kind, Kind::Confirmed);
    const QList<QByteArray> printed = emulator.printed();
    QCOMPARE(printed.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(printed.at(i), tickets.at(i).bytes);
}

void tst_TicketSender::fglPaperOutMidBatchStopsAndNothingIsResent()
{
    QTemporaryDir dir;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s,
                           dir.path(),
                           {u"--fault"_s, u"paper-out"_s, u"--fault-at"_s, u"3"_s}));
    TcpTransport tcp(u"127.0.0.1"_s, emulator.port());
    QVERIFY(tcp.open());
    TicketSender sender(tcp, PrinterLanguage::Fgl, 5000);
    QList<qint64> sent;
    QList<std::pair<qint64, Kind>> outcomes;
    const BatchHooks hooks{[&sent](qint64 id) -> Result<void> {
                               sent.append(id);
                               return {};
                           },
                           [&outcomes](qint64 id, const SendOutcome &o) {
                               outcomes.append({id, o.kind});
                           }};
    const BatchReport report = printBatch(sender, fglTickets(5), hooks);
    QCOMPARE(report.confirmed, 2);
    QCOMPARE(report.stoppedAt, 3);
    QCOMPARE(report.stop.kind, Kind::Unknown); // the printer holds it: not printed, not lost
    QCOMPARE(report.stop.state, PrinterState::PaperOut);
    QCOMPARE(report.notSent, 2);
    QCOMPARE(sent, (QList<qint64>{1, 2, 3}));
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(emulator.printed().size(), 2);
    QCOMPARE(sender.status(), PrinterState::PaperOut);
    QVERIFY(!whatToDo(PrinterState::PaperOut).isEmpty());

    // Paper loaded: the printer prints the ticket it held. Had the client resent ticket 3,
    // it would now exist twice.
    QVERIFY(emulator.control("reload"));
    QCOMPARE(emulator.printed().size(), 3);
    QVERIFY(emulator.printed().at(2).contains("{CODE3}"));
    QCOMPARE(sender.status(), PrinterState::Ready);
}

void tst_TicketSender::fglOfflineMidBatch()
{
    QTemporaryDir dir;
    EmulatorProcess emulator;
    QVERIFY(
        emulator.start(u"fgl"_s, dir.path(), {u"--fault"_s, u"offline"_s, u"--fault-at"_s, u"2"_s}));
    TcpTransport tcp(u"127.0.0.1"_s, emulator.port());
    QVERIFY(tcp.open());
    TicketSender sender(tcp, PrinterLanguage::Fgl, 5000);
    const BatchReport report = printBatch(sender, fglTickets(3), {});
    QCOMPARE(report.confirmed, 1);
    QCOMPARE(report.stoppedAt, 2);
    QCOMPARE(report.stop.kind, Kind::Unknown);
    QCOMPARE(report.stop.state, PrinterState::Offline);
    QCOMPARE(emulator.printed().size(), 1);
    // Offline means no connection at all.
    TcpTransport again(u"127.0.0.1"_s, emulator.port());
    QVERIFY(!again.open());
}

void tst_TicketSender::escPosStatusBeforeAndAfter()
{
    QTemporaryDir dir;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"escpos"_s, dir.path()));
    TcpTransport tcp(u"127.0.0.1"_s, emulator.port());
    QVERIFY(tcp.open());
    TicketSender sender(tcp, PrinterLanguage::EscPos, 5000);
    QCOMPARE(sender.status(), PrinterState::Ready);
    const EscPosRenderer r(*TicketLayout::defaultLayout(u"thermal-80"_s));
    const QByteArray ticket = *r.render(TicketData::sample());
    QCOMPARE(sender.send(ticket).kind, Kind::Confirmed);
    QCOMPARE(sender.send(ticket).kind, Kind::Confirmed);
    QVERIFY(emulator.control("paper-out"));
    QCOMPARE(sender.status(), PrinterState::PaperOut);
    const SendOutcome refused = sender.send(ticket);
    QCOMPARE(refused.kind, Kind::NotSent);
    QCOMPARE(refused.state, PrinterState::PaperOut);
    QCOMPARE(emulator.printed().size(), 2);
    QCOMPARE(emulator.printed().first(), ticket);
    QVERIFY(emulator.control("cover-open"));
    QCOMPARE(sender.status(), PrinterState::CoverOpen);
}

void tst_TicketSender::deviceFileWithoutAnswerIsUnknown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lp0"_s);
    QFile create(path);
    QVERIFY(create.open(QIODevice::WriteOnly));
    create.close();
    DeviceFileTransport device(path);
    QVERIFY(device.open());
    TicketSender sender(device, PrinterLanguage::Fgl, 200);
    const QByteArray ticket = fglTickets(1).first().bytes;
    const SendOutcome o = sender.send(ticket);
    QCOMPARE(o.kind, Kind::Unknown); // written, but no printer said it printed
    device.close();
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), ticket);
    QVERIFY(!DeviceFileTransport(dir.filePath(u"missing/lp9"_s)).open());
}

void tst_TicketSender::statusBytes_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("state");
    QTest::newRow("ack") << 6 << int(PrinterState::Ready);
    QTest::newRow("ready") << 17 << int(PrinterState::Ready);
    QTest::newRow("busy") << 19 << int(PrinterState::Busy);
    QTest::newRow("low") << 15 << int(PrinterState::PaperLow);
    QTest::newRow("out") << 16 << int(PrinterState::PaperOut);
    QTest::newRow("out path 2") << 11 << int(PrinterState::PaperOut);
    QTest::newRow("jam") << 24 << int(PrinterState::PaperJam);
    QTest::newRow("cutter") << 29 << int(PrinterState::CutterFault);
    QTest::newRow("illegal") << 21 << int(PrinterState::Error);
}

void tst_TicketSender::statusBytes()
{
    QFETCH(int, byte);
    QFETCH(int, state);
    QCOMPARE(int(boca::stateOf(quint8(byte))), state);
    QCOMPARE(escpos::stateOf(QByteArray("\x12\x12\x12\x12")), PrinterState::Ready);
    QCOMPARE(escpos::stateOf(QByteArray("\x1a\x32\x12\x72")), PrinterState::PaperOut);
    QCOMPARE(escpos::stateOf(QByteArray("\x12\x12\x1a\x12")), PrinterState::CutterFault);
    QCOMPARE(escpos::stateOf(QByteArray("\x12\x12\x12\x1e")), PrinterState::PaperLow);
}

void tst_TicketSender::unreachablePrinter()
{
    TcpTransport tcp(u"127.0.0.1"_s, 1, 1000);
    auto r = tcp.open();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"127.0.0.1:1"_s), qPrintable(r.error().message));
    TicketSender sender(tcp, PrinterLanguage::Fgl, 200);
    QCOMPARE(sender.send("<p>").kind, Kind::Unknown);
}

void tst_TicketSender::uris()
{
    auto tcp = transportForUri(u"tcp://127.0.0.1:9200"_s);
    QVERIFY(tcp);
    QCOMPARE((*tcp)->description(), u"tcp://127.0.0.1:9200"_s);
    QCOMPARE((*transportForUri(u"tcp://printer"_s))->description(), u"tcp://printer:9100"_s);
    QCOMPARE((*transportForUri(u"file:///dev/usb/lp0"_s))->description(), u"/dev/usb/lp0"_s);
    QCOMPARE((*transportForUri(u"cups://Boca_Lemur"_s))->description(), u"cups://Boca_Lemur"_s);
    QVERIFY(!transportForUri(u"lpd://x"_s));
}

QTEST_GUILESS_MAIN(tst_TicketSender)
#include "tst_ticketsender.moc"
