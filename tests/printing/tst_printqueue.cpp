// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/basket.h"
#include "printing/ticketprinting.h"
#include "printing/transport.h"
#include "storage/catalogrepository.h"
#include "storage/orderrepository.h"
#include "storage/printqueue.h"
#include "storage/salesservice.h"
#include "tests/storage/testdb.h"

#include "emulatorprocess.h"
#include "golden.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::printing;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_PrintQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ticketDataFromTheStore();
    void batchWithPaperOutLosesNothingAndDoublesNothing();
    void crashMidBatchLeavesUnknownNeverResent();
    void reprintIsDuplicateWithNewCodeAndHistory();
    void refusals();
    void queueSurvivesReopen();

private:
    Order sellSeats(int count);
    PrinterConfig bocaAt(quint16 port) const;

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

void tst_PrintQueue::init()
{
    m_dir = new QTemporaryDir;
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
}

void tst_PrintQueue::cleanup()
{
    m_db.reset();
    delete m_dir;
}

Order tst_PrintQueue::sellSeats(int count)
{
    CatalogRepository catalog(*m_db);
    const PerformanceId performance(4);
    const SeatPlan plan = *catalog.plan(catalog.performance(performance)->plan);
    Basket b(performance, &plan, *catalog.priceList(performance), *catalog.priceTypes());
    int added = 0;
    for (int i = 0; i < plan.seats().size() && added < count; ++i) {
        if (plan.rowLabelOf(i) == u"K"_s && b.addSeat(plan.seats().at(i).id))
            ++added;
    }
    SalesService sales(*m_db, SalesContext{UserId(1), ChannelId(1)});
    auto order = sales.sell(b, PaymentMethod::Cash, testNow());
    if (!order)
        qWarning("sell: %s", qPrintable(order.error().message));
    return order ? *order : Order();
}

PrinterConfig tst_PrintQueue::bocaAt(quint16 port) const
{
    return PrinterConfig{u"Boca 1"_s, u"tcp://127.0.0.1:%1"_s.arg(port), u"fgl"_s, u"boca-200"_s, {}};
}

void tst_PrintQueue::ticketDataFromTheStore()
{
    const Order order = sellSeats(1);
    QCOMPARE(order.tickets().size(), 1);
    PrintQueue queue(*m_db);
    QVERIFY(queue.savePrinter(bocaAt(9100)));
    auto jobs = queue.enqueueOrder(order.id(), u"Boca 1"_s, testNow());
    QVERIFY2(jobs, whyNot(jobs).constData());
    QCOMPARE(jobs->size(), 1);
    auto data = ticketData(*m_db, jobs->first().id);
    QVERIFY2(data, whyNot(data).constData());
    QVERIFY(!data->production.isEmpty());
    QVERIFY(!data->venue.isEmpty());
    QCOMPARE(data->row, u"K"_s);
    QVERIFY(!data->seat.isEmpty());
    QVERIFY(!data->category.isEmpty());
    QCOMPARE(data->code, order.tickets().first().barcode);
    QCOMPARE(data->orderNumber, order.number());
    QCOMPARE(data->price, order.tickets().first().price);
    QCOMPARE(data->reprint, 0);
    // The store keeps no fee: the fee field shows nothing rather than a zero.
    QVERIFY(!data->fee.currency().isValid());
    QCOMPARE(data->text(Binding::Fee), QString());
    QVERIFY(!data->text(Binding::Price).isEmpty());
}

void tst_PrintQueue::batchWithPaperOutLosesNothingAndDoublesNothing()
{
    const Order order = sellSeats(5);
    QCOMPARE(order.tickets().size(), 5);
    QTemporaryDir out;
    EmulatorProcess emulator;
    QVERIFY(emulator.start(u"fgl"_s,
                           out.path(),
                           {u"--fault"_s, u"paper-out"_s, u"--fault-at"_s, u"3"_s}));
    PrintQueue queue(*m_db);
    const PrinterConfig boca = bocaAt(emulator.port());
    QVERIFY(queue.savePrinter(boca));
    QVERIFY(queue.enqueueOrder(order.id(), boca.name, testNow()));

    TcpTransport tcp(u"127.0.0.1"_s, emulator.port());
    QVERIFY(tcp.open());
    auto run = runQueue(*m_db, boca, tcp, testNow(), 5000);
    QVERIFY2(run, whyNot(run).constData());
    QCOMPARE(run->printed, 2);
    QCOMPARE(run->leftQueued, 2);
    QCOMPARE(run->stop.state, PrinterState::PaperOut); // what the clerk is told
    QCOMPARE(queue.jobs(boca.name, PrintJobState::Printed)->size(), 2);
    QCOMPARE(queue.jobs(boca.name, PrintJobState::Queued)->size(), 2);
    const QList<PrintJob> unknown = *queue.jobs(boca.name, PrintJobState::Unknown);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().id, run->stoppedAt);
    QVERIFY(unknown.first().detail.contains(u"paper"_s, Qt::CaseInsensitive));
    QCOMPARE(emulator.printed().size(), 2);

    // A second run while the printer is out of paper sends nothing.
    auto blocked = runQueue(*m_db, boca, tcp, testNow(), 5000);
    QVERIFY(blocked);
    QCOMPARE(blocked->printed, 0);
    QCOMPARE(blocked->before, PrinterState::PaperOut);
    QCOMPARE(queue.jobs(boca.name, PrintJobState::Queued)->size(), 2);

    // Paper loaded: the held ticket comes out by itself; the clerk confirms it, and the
    // rest of the queue prints. Every ticket exactly once.
    QVERIFY(emulator.control("reload"));
    QVERIFY(queue.markPrinted(unknown.first().id, testNow()));
    auto rest = runQueue(*m_db, boca, tcp, testNow(), 5000);
    QVERIFY2(rest, whyNot(rest).constData());
    QCOMPARE(rest->printed, 2);
    QCOMPARE(queue.jobs(boca.name, PrintJobState::Printed)->size(), 5);
    const QList<QByteArray> printed = emulator.printed();
    QCOMPARE(printed.size(), 5);
    for (const Ticket &t : order.tickets()) {
        int copies = 0;
        for (const QByteArray &p : printed)
            copies += p.contains(t.barcode.toLatin1()) ? 1 : 0;
        QCOMPARE(copies, 1);
    }
    const Order stored = *OrderRepository(*m_db).order(order.id());
    for (const Ticket &t : stored.tickets())
        QCOMPARE(t.printCount, 1);
}

void tst_PrintQueue::crashMidBatchLeavesUnknownNeverResent()
{
    const Order order = sellSeats(3);
    PrintQueue queue(*m_db);
    QVERIFY(queue.savePrinter(bocaAt(9100)));
    const QList<PrintJob> jobs = *queue.enqueueOrder(order.id(), u"Boca 1"_s, testNow());
    // The client died after marking job 2 sent: job 1 printed, job 2 in flight, job 3 queued.
    QVERIFY(queue.markSent(jobs.at(0).id, testNow()));
    QVERIFY(queue.markPrinted(jobs.at(0).id, testNow()));
    QVERIFY(queue.markSent(jobs.at(1).id, testNow()));
    const QString path = m_db->path();
    m_db.reset();
    m_db = openOrFail(path);
    QVERIFY(m_db);
    PrintQueue again(*m_db);
    QCOMPARE(*again.recover(testNow()), 1);
    QCOMPARE(again.job(jobs.at(1).id)->state, PrintJobState::Unknown);
    QCOMPARE(again.job(jobs.at(2).id)->state, PrintJobState::Queued);
    // The unknown one is not queued again, and cannot be marked sent again.
    QVERIFY(!again.markSent(jobs.at(1).id, testNow()));
    QCOMPARE(again.jobs(u"Boca 1"_s, PrintJobState::Queued)->size(), 1);
    // Nor can the order be queued again around it.
    auto twice = again.enqueueOrder(order.id(), u"Boca 1"_s, testNow());
    QVERIFY(!twice);
}

void tst_PrintQueue::reprintIsDuplicateWithNewCodeAndHistory()
{
    const Order order = sellSeats(1);
    const Ticket ticket = order.tickets().first();
    PrintQueue queue(*m_db);
    QVERIFY(queue.savePrinter(bocaAt(9100)));
    const PrintJob first = queue.enqueueOrder(order.id(), u"Boca 1"_s, testNow())->first();
    QVERIFY(queue.markSent(first.id, testNow()));
    QVERIFY(queue.markPrinted(first.id, testNow()));

    QVERIFY(!queue.reprint(ticket.id, u"Boca 1"_s, u"  "_s, u"NEWCODE1"_s, UserId(1), testNow()));
    auto again = queue.reprint(ticket.id,
                               u"Boca 1"_s,
                               u"customer spilled coffee on it"_s,
                               u"NEWCODE1"_s,
                               UserId(1),
                               testNow());
    QVERIFY2(again, whyNot(again).constData());
    QCOMPARE(again->reprint, 1);
    QCOMPARE(again->code, u"NEWCODE1"_s);
    QCOMPARE(again->state, PrintJobState::Queued);
    QVERIFY(*queue.isVoided(ticket.barcode));
    QVERIFY(!*queue.isVoided(u"NEWCODE1"_s));
    const Order stored = *OrderRepository(*m_db).order(order.id());
    QCOMPARE(stored.tickets().first().barcode, u"NEWCODE1"_s);
    const OrderHistoryEntry &h = stored.history().last();
    QCOMPARE(h.event, u"reprinted"_s);
    QVERIFY(h.detail.contains(u"customer spilled coffee on it"_s));
    QVERIFY(h.detail.contains(u"DUPLICATE 1"_s));
    QVERIFY(h.detail.contains(ticket.barcode));

    // The ticket that goes out says DUPLICATE 1 and carries the new code.
    auto data = ticketData(*m_db, again->id);
    QVERIFY(data);
    QCOMPARE(data->reprint, 1);
    QCOMPARE(data->code, u"NEWCODE1"_s);
    QCOMPARE(data->text(Binding::Duplicate), u"DUPLICATE 1"_s);

    // A second reprint counts on, and cancels the first one if it never went out.
    auto third = queue.reprint(
        ticket.id, u"Boca 1"_s, u"lost"_s, u"NEWCODE2"_s, UserId(1), testNow());
    QVERIFY2(third, whyNot(third).constData());
    QCOMPARE(third->reprint, 2);
    QCOMPARE(queue.job(again->id)->state, PrintJobState::Cancelled);
    QVERIFY(*queue.isVoided(u"NEWCODE1"_s));
}

void tst_PrintQueue::refusals()
{
    const Order order = sellSeats(1);
    PrintQueue queue(*m_db);
    QVERIFY(!queue.enqueueOrder(order.id(), u"nowhere"_s, testNow()));
    QVERIFY(!queue.savePrinter(PrinterConfig{u"x"_s, u"tcp://h"_s, u"zpl"_s, u"a4"_s, {}}));
    QVERIFY(queue.savePrinter(bocaAt(9100)));
    // Never printed: no reprint, print it.
    auto early = queue.reprint(
        order.tickets().first().id, u"Boca 1"_s, u"why"_s, u"C"_s, {}, testNow());
    QVERIFY(!early);
    QVERIFY(early.error().message.contains(u"never printed"_s));
    const PrintJob j = queue.enqueueOrder(order.id(), u"Boca 1"_s, testNow())->first();
    QVERIFY(!queue.markPrinted(j.id, testNow())); // printed only after it was sent
    QVERIFY(queue.markSent(j.id, testNow()));
    QVERIFY(queue.markPrinted(j.id, testNow()));
    // A printed ticket is not queued again: that would be a reprint without a reason.
    auto twice = queue.enqueueOrder(order.id(), u"Boca 1"_s, testNow());
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(u"reprint"_s));
}

void tst_PrintQueue::queueSurvivesReopen()
{
    const Order order = sellSeats(2);
    {
        PrintQueue queue(*m_db);
        QVERIFY(queue.savePrinter(bocaAt(9100)));
        QVERIFY(queue.enqueueOrder(order.id(), u"Boca 1"_s, testNow()));
    }
    const QString path = m_db->path();
    m_db.reset();
    m_db = openOrFail(path);
    PrintQueue queue(*m_db);
    QCOMPARE(queue.jobs(u"Boca 1"_s, PrintJobState::Queued)->size(), 2);
    QCOMPARE(queue.printer(u"Boca 1"_s)->uri, u"tcp://127.0.0.1:9100"_s);
    QCOMPARE(m_db->schemaVersion() >= 4, true);
}

QTEST_MAIN(tst_PrintQueue)
#include "tst_printqueue.moc"
