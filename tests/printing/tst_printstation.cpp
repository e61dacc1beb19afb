// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/basket.h"
#include "printing/fglrenderer.h"
#include "printing/printstation.h"
#include "printing/ticketprinting.h"
#include "storage/catalogrepository.h"
#include "storage/printqueue.h"
#include "storage/salesservice.h"
#include "tests/storage/testdb.h"

#include "emulatorprocess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

/** The client's print station against the printer emulator: a sale's tickets through the
    persistent queue on the worker thread, a printer failure told and nothing resent, status
    queries, layouts per channel, and receipts. */
class tst_PrintStation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saleTicketsPrintThroughTheQueue();
    void paperOutIsToldAndNothingIsResent();
    void unknownTicketsAreConfirmedOrReprinted();
    void reservationPrintsNothing();
    void statusQueries();
    void layoutPerChannelAndPrinter();
    void settingsAndReceiptOnThermalPrinter();
    void noPrinterSaysSo();

private:
    Order sellSeats(int count, ChannelId channel = ChannelId(1));
    PrintOutcome printAndWait(PrintStation &station, OrderId order, const QString &printer = {});
    void addPrinter(const QString &name,
                    const QString &language,
                    quint16 port,
                    const QString &layout);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    QString m_path;
    int m_nextSeat = 0;
};

void tst_PrintStation::init()
{
    m_dir = new QTemporaryDir;
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    m_path = m_db->path();
    m_nextSeat = 0;
}

void tst_PrintStation::cleanup()
{
    m_db.reset();
    delete m_dir;
}

Order tst_PrintStation::sellSeats(int count, ChannelId channel)
{
    CatalogRepository catalog(*m_db);
    const PerformanceId performance(4);
    const SeatPlan plan = *catalog.plan(catalog.performance(performance)->plan);
    Basket b(performance, &plan, *catalog.priceList(performance), *catalog.priceTypes());
    int added = 0;
    for (int i = m_nextSeat; i < plan.seats().size() && added < count; ++i) {
        if (plan.rowLabelOf(i) == u"K"_s && b.addSeat(plan.seats().at(i).id)) {
            ++added;
            m_nextSeat = i + 1; // each sale takes the next seats of the row
        }
    }
    SalesService sales(*m_db, SalesContext{UserId(1), channel});
    auto order = sales.sell(b, PaymentMethod::Card, testNow());
    if (!order)
        qWarning("sell: %s", qPrintable(order.error().message));
    return order ? *order : Order();
}

void tst_PrintStation::addPrinter(const QString &name,
                                  const QString &language,
                                  quint16 port,
                                  const QString &layout)
{
    QVERIFY(PrintQueue(*m_db).savePrinter(
        PrinterConfig{name, u"tcp://127.0.0.1:%1"_s.arg(port), language, layout, {}}));
}

PrintOutcome tst_PrintStation::printAndWait(PrintStation &station,
                                            OrderId order,
                                            const QString &printer)
{
    QSignalSpy finished(&station, &PrintStation::printFinished);
    station.printOrder(order, printer);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<PrintOutcome>();
}

void tst_PrintStation::saleTicketsPrintThroughTheQueue()
{
    const Order order = sellSeats(3);
    QCOMPARE(order.tickets().size(), 3);
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s, out.path()));
    addPrinter(u"Boca 1"_s, u"fgl"_s, emulator.port(), u"boca-200"_s);

    PrintStation station([] { return testNow(); });
    QVERIFY(station.open(m_path));
    QCOMPARE(station.ticketPrinter(), u"Boca 1"_s);
    const PrintOutcome o = printAndWait(station, order.id());
    QCOMPARE(o.order, order.id());
    QCOMPARE(o.orderNumber, order.number());
    QCOMPARE(o.printed, 3);
    QVERIFY2(o.isComplete(), qPrintable(o.message));
    QCOMPARE(station.status(u"Boca 1"_s), PrinterState::Ready);
    const QList<QByteArray> printed = emulator.printed();
    QCOMPARE(printed.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(printed.at(i).contains(order.tickets().at(i).barcode.toLatin1()));
    QCOMPARE(PrintQueue(*m_db).jobs(u"Boca 1"_s, PrintJobState::Printed)->size(), 3);
}

void tst_PrintStation::paperOutIsToldAndNothingIsResent()
{
    const Order order = sellSeats(3);
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s,
                           out.path(),
                           {u"--fault"_s, u"paper-out"_s, u"--fault-at"_s, u"2"_s}));
    addPrinter(u"Boca 1"_s, u"fgl"_s, emulator.port(), u"boca-200"_s);
    PrintStation station([] { return testNow(); });
    QVERIFY(station.open(m_path));

    const PrintOutcome o = printAndWait(station, order.id());
    QCOMPARE(o.printed, 1);
    QCOMPARE(o.unknown, 1); // the printer holds it: it may still come out
    QCOMPARE(o.queued, 1);
    QCOMPARE(o.state, PrinterState::PaperOut);
    QVERIFY(!o.isComplete());
    QVERIFY(!o.message.isEmpty());
    QCOMPARE(station.status(u"Boca 1"_s), PrinterState::PaperOut);
    QCOMPARE(emulator.printed().size(), 1);

    // The clerk asks again while the paper is still out: nothing goes out, nothing doubles.
    const PrintOutcome again = printAndWait(station, order.id());
    QCOMPARE(again.printed, 0);
    QCOMPARE(again.unknown, 1);
    QCOMPARE(again.queued, 1);
    QCOMPARE(again.state, PrinterState::PaperOut);
    QCOMPARE(emulator.printed().size(), 1);

    // Paper loaded: the printer prints what it held by itself; the clerk confirms that one,
    // and "Print the rest" sends only the ticket never sent. Every ticket exactly once.
    QVERIFY(emulator.control("reload"));
    PrintQueue queue(*m_db);
    const QList<PrintJob> unknown = *queue.jobs(u"Boca 1"_s, PrintJobState::Unknown);
    QCOMPARE(unknown.size(), 1);
    QVERIFY(queue.markPrinted(unknown.first().id, testNow()));
    const PrintOutcome rest = printAndWait(station, order.id());
    QVERIFY2(rest.isComplete(), qPrintable(rest.message));
    QCOMPARE(rest.printed, 1);
    const QList<QByteArray> printed = emulator.printed();
    QCOMPARE(printed.size(), 3);
    for (const Ticket &t : order.tickets()) {
        int copies = 0;
        for (const QByteArray &p : printed)
            copies += p.contains(t.barcode.toLatin1()) ? 1 : 0;
        QCOMPARE(copies, 1);
    }
}

void tst_PrintStation::unknownTicketsAreConfirmedOrReprinted()
{
    const Order first = sellSeats(2);
    const Order second = sellSeats(2);
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s,
                           out.path(),
                           {u"--fault"_s, u"paper-out"_s, u"--fault-at"_s, u"2"_s}));
    addPrinter(u"Boca 1"_s, u"fgl"_s, emulator.port(), u"boca-200"_s);
    PrintStation station([] { return testNow(); });
    QVERIFY(station.open(m_path));
    const PrintOutcome o = printAndWait(station, first.id());
    QCOMPARE(o.unknown, 1);
    QVERIFY(emulator.control("reload")); // the held ticket comes out by itself

    // The clerk saw it come out: counted, nothing printed again.
    QSignalSpy finished(&station, &PrintStation::printFinished);
    station.resolveUnknown(first.id(), u"Boca 1"_s, true);
    QVERIFY(finished.wait(30000));
    PrintOutcome confirmed = finished.first().first().value<PrintOutcome>();
    QCOMPARE(confirmed.printed, 1);
    QCOMPARE(confirmed.unknown, 0);
    QVERIFY2(confirmed.isComplete(), qPrintable(confirmed.message));
    QCOMPARE(emulator.printed().size(), 2);
    PrintQueue queue(*m_db);
    QCOMPARE(queue.jobs(u"Boca 1"_s, PrintJobState::Printed)->size(), 2);

    // On another printer the second order's second ticket is lost in a jam: reprinted with a
    // new code, the lost one's code voided.
    QTemporaryDir out2;
    EmulatorProcess jamming;
    QVERIFY(jamming.start(u"fgl"_s, out2.path(), {u"--fault"_s, u"jam"_s, u"--fault-at"_s, u"2"_s}));
    addPrinter(u"Boca 2"_s, u"fgl"_s, jamming.port(), u"boca-200"_s);
    QVERIFY(station.reload());
    const PrintOutcome jammed = printAndWait(station, second.id(), u"Boca 2"_s);
    QCOMPARE(jammed.unknown, 1);
    QCOMPARE(jammed.state, PrinterState::PaperJam);
    QVERIFY(jamming.control("reload"));
    const qsizetype before = jamming.printed().size();
    const QString lostCode = queue.jobs(u"Boca 2"_s, PrintJobState::Unknown)->first().code;
    finished.clear();
    station.resolveUnknown(second.id(), u"Boca 2"_s, false, u"jammed"_s);
    QVERIFY(finished.wait(30000));
    const PrintOutcome reprinted = finished.first().first().value<PrintOutcome>();
    QVERIFY2(reprinted.isComplete(), qPrintable(reprinted.message));
    QVERIFY(*queue.isVoided(lostCode));
    QVERIFY(jamming.printed().size() > before);
    const QByteArray last = jamming.printed().last();
    QVERIFY(last.contains("DUPLICATE"));
    QVERIFY(!last.contains(lostCode.toLatin1()));
}

void tst_PrintStation::reservationPrintsNothing()
{
    CatalogRepository catalog(*m_db);
    const PerformanceId performance(4);
    const SeatPlan plan = *catalog.plan(catalog.performance(performance)->plan);
    Basket b(performance, &plan, *catalog.priceList(performance), *catalog.priceTypes());
    QVERIFY(b.addSeat(plan.seats().at(0).id));
    auto reserved = SalesService(*m_db, SalesContext{UserId(1), ChannelId(1)})
                        .reserve(b, testNow().addDays(1), testNow());
    QVERIFY(reserved);
    addPrinter(u"Boca 1"_s, u"fgl"_s, 1, u"boca-200"_s);
    PrintStation station([] { return testNow(); });
    QVERIFY(station.open(m_path));
    const PrintOutcome o = printAndWait(station, reserved->id());
    QVERIFY(o.notSold);
    QCOMPARE(o.printed, 0);
    QVERIFY(PrintQueue(*m_db).jobsOfOrder(reserved->id())->isEmpty());
}

void tst_PrintStation::statusQueries()
{
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s, out.path()));
    addPrinter(u"Boca 1"_s, u"fgl"_s, emulator.port(), u"boca-200"_s);
    // A printer nobody listens for: offline.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    addPrinter(u"Boca 2"_s, u"fgl"_s, deadPort, u"boca-200"_s);
    PrintStation station([] { return testNow(); });
    QVERIFY(station.open(m_path));
    QCOMPARE(station.status(u"Boca 1"_s), PrinterState::Unknown); // not asked yet

    QSignalSpy changed(&station, &PrintStation::statusChanged);
    station.requestStatus();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 15000);
    QCOMPARE(station.status(u"Boca 1"_s), PrinterState::Ready);
    QCOMPARE(station.status(u"Boca 2"_s), PrinterState::Offline);

    QVERIFY(emulator.control("paper-out"));
    changed.clear();
    station.requestStatus(u"Boca 1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QCOMPARE(changed.first().at(0).toString(), u"Boca 1"_s);
    QCOMPARE(station.status(u"Boca 1"_s), PrinterState::PaperOut);
}

void tst_PrintStation::layoutPerChannelAndPrinter()
{
    const Order boxOffice = sellSeats(1, ChannelId(1));
    const Order phone = sellSeats(1, ChannelId(2));
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s, out.path()));
    addPrinter(u"Boca 1"_s, u"fgl"_s, emulator.port(), u"boca-200"_s);
    PrintStation station([] { return testNow(); });
    QVERIFY(station.open(m_path));
    QVERIFY(!station.assignLayout(u"Boca 1"_s, ChannelId(2), u"no-such-layout"_s));
    QVERIFY(!station.assignLayout(u"Boca 1"_s, ChannelId(2), u"thermal-80"_s)); // ESC/POS
    QVERIFY(station.assignLayout(u"Boca 1"_s, ChannelId(2), u"boca-300"_s));
    const QList<LayoutAssignment> assigned = *station.layoutAssignments();
    QCOMPARE(assigned.size(), 1);
    QCOMPARE(assigned.first().layout, u"boca-300"_s);

    QVERIFY(printAndWait(station, boxOffice.id()).isComplete());
    QVERIFY(printAndWait(station, phone.id()).isComplete());
    const QList<QByteArray> printed = emulator.printed();
    QCOMPARE(printed.size(), 2);
    // Each ticket exactly as its channel's layout renders it.
    auto expected = [this](const Order &order, const QString &layout) {
        auto data = ticketDataOf(*m_db, order.tickets().first().id);
        auto bytes = FglRenderer(*TicketLayout::defaultLayout(layout)).render(*data);
        return bytes ? *bytes : QByteArray();
    };
    QCOMPARE(printed.at(0), expected(boxOffice, u"boca-200"_s));
    QCOMPARE(printed.at(1), expected(phone, u"boca-300"_s));
    QVERIFY(printed.at(0) != expected(boxOffice, u"boca-300"_s));

    // Back to the printer's own layout.
    QVERIFY(station.assignLayout(u"Boca 1"_s, ChannelId(2), {}));
    QCOMPARE(*PrintQueue(*m_db).layoutFor(u"Boca 1"_s, ChannelId(2)), u"boca-200"_s);
}

void tst_PrintStation::settingsAndReceiptOnThermalPrinter()
{
    const Order order = sellSeats(2);
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"escpos"_s, out.path()));
    addPrinter(u"Boca 1"_s, u"fgl"_s, 1, u"boca-200"_s);
    addPrinter(u"Receipts"_s, u"escpos"_s, emulator.port(), u"thermal-80"_s);
    PrintStation station([] { return testNow(); });
    QVERIFY(station.open(m_path));
    QCOMPARE(station.receiptPrinter(), u"Receipts"_s); // the first ESC/POS printer
    QVERIFY(!station.saveSettings(PrintSettings{u"Nope"_s, {}, true, {}}));
    QVERIFY(station.saveSettings(PrintSettings{u"Boca 1"_s, u"Receipts"_s, true, u"Counter 2"_s}));
    QVERIFY(station.reload());
    QCOMPARE(station.settings().terminal, u"Counter 2"_s);
    QVERIFY(station.settings().receiptAfterSale);

    QSignalSpy done(&station, &PrintStation::receiptFinished);
    station.printReceipt(order.id());
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().at(0).value<OrderId>(), order.id());
    QVERIFY2(done.first().at(2).toString().isEmpty(), qPrintable(done.first().at(2).toString()));
    QTRY_COMPARE(emulator.printed().size(), 1);
    const QByteArray receipt = emulator.printed().first();
    QVERIFY(receipt.contains(order.number().toLatin1()));
    QVERIFY(receipt.contains("Counter 2"));
    QVERIFY(receipt.contains("TOTAL"));

    // A BOCA prints no receipts: said, not tried.
    done.clear();
    station.printReceipt(order.id(), u"Boca 1"_s);
    QVERIFY(done.wait(30000));
    QVERIFY(!done.first().at(2).toString().isEmpty());
}

void tst_PrintStation::noPrinterSaysSo()
{
    const Order order = sellSeats(1);
    PrintStation station([] { return testNow(); });
    QVERIFY(station.open(m_path));
    QVERIFY(station.ticketPrinter().isEmpty());
    QSignalSpy finished(&station, &PrintStation::printFinished);
    station.printOrder(order.id());
    QCOMPARE(finished.size(), 1);
    const auto o = finished.first().first().value<PrintOutcome>();
    QCOMPARE(o.printed, 0);
    QVERIFY(!o.message.isEmpty());
    QVERIFY(PrintQueue(*m_db).jobsOfOrder(order.id())->isEmpty());
}

QTEST_MAIN(tst_PrintStation)
#include "tst_printstation.moc"
