// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/printcommands.h"

#include "cli/commands.h"
#include "printing/escposrenderer.h"
#include "printing/fglrenderer.h"
#include "printing/painterrenderer.h"
#include "printing/receipt.h"
#include "printing/ticketprinting.h"
#include "printing/transport.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/printqueue.h"
#include "storage/salesservice.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSaveFile>

namespace parkett::cli {

using namespace parkett::printing;

namespace {

struct PrintContext
{
    const QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QDateTime now;
    bool json;
    std::unique_ptr<Database> db;

    QString value(const char *name) const { return parser.value(QString::fromLatin1(name)); }
    bool isSet(const char *name) const { return parser.isSet(QString::fromLatin1(name)); }
};

int fail(PrintContext &c, const QString &message, int code = Failed)
{
    if (c.json)
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    c.err << "parkett-cli: " << message << '\n';
    return code;
}

int fail(PrintContext &c, const Error &e)
{
    return fail(c, e.message);
}

bool openDb(PrintContext &c)
{
    const QString path = c.value("db");
    if (path.isEmpty()) {
        fail(c, QStringLiteral("--db FILE is required"), Usage);
        return false;
    }
    auto db = Database::open(path);
    if (!db) {
        fail(c, db.error());
        return false;
    }
    c.db = std::move(*db);
    return true;
}

Result<Order> orderByNumber(PrintContext &c)
{
    const QString number = c.value("order");
    if (number.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("--order NUMBER is required"));
    return OrderRepository(*c.db).byNumber(number);
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

int ticketRender(PrintContext &c)
{
    const QString format = c.value("format");
    const QString outPath = c.value("out");
    if (format != u"fgl" && format != u"escpos" && format != u"pdf" && format != u"png")
        return fail(c, QStringLiteral("--format is fgl, escpos, pdf or png"), Usage);
    if (outPath.isEmpty())
        return fail(c, QStringLiteral("--out FILE is required"), Usage);
    if (!openDb(c))
        return Failed;
    auto order = orderByNumber(c);
    if (!order)
        return fail(c, order.error());
    const QString defaultLayout = format == u"fgl"      ? QStringLiteral("boca-200")
                                  : format == u"escpos" ? QStringLiteral("thermal-80")
                                                        : QStringLiteral("a4");
    auto layout = loadLayout(c.isSet("layout") ? c.value("layout") : defaultLayout);
    if (!layout)
        return fail(c, layout.error());
    QList<TicketData> tickets;
    for (const Ticket &t : order->tickets()) {
        if (!t.isActive())
            continue;
        auto data = ticketDataOf(*c.db, t.id);
        if (!data)
            return fail(c, data.error());
        tickets.append(*data);
    }
    if (tickets.isEmpty())
        return fail(c, QStringLiteral("order %1 has no valid tickets").arg(order->number()));
    QByteArray bytes;
    if (format == u"fgl" || format == u"escpos") {
        auto model = escPosModelFromName(c.isSet("model") ? c.value("model")
                                                          : QStringLiteral("epson"));
        if (!model)
            return fail(c, model.error().message, Usage);
        const FglRenderer fgl(*layout);
        const EscPosRenderer escpos(*layout, *model);
        for (const TicketData &t : tickets) {
            auto r = format == u"fgl" ? fgl.renderInto(t, bytes) : escpos.renderInto(t, bytes);
            if (!r)
                return fail(c, r.error());
        }
    } else {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(c, QStringLiteral("drawing tickets needs a GUI application"));
        const PainterRenderer painter(*layout);
        if (format == u"pdf") {
            auto pdf = painter.pdf(tickets);
            if (!pdf)
                return fail(c, pdf.error());
            bytes = *pdf;
        } else {
            // All tickets one under the other, a gap between them.
            const QSize canvas = layout->stock.canvasDots();
            QImage sheet(canvas.width(),
                         int(canvas.height() * tickets.size() + 8 * (tickets.size() - 1)),
                         QImage::Format_RGB32);
            sheet.fill(Qt::lightGray);
            QPainter p(&sheet);
            for (qsizetype i = 0; i < tickets.size(); ++i)
                p.drawImage(0, int(i * (canvas.height() + 8)), painter.image(tickets.at(i)));
            p.end();
            if (!sheet.save(outPath, "PNG"))
                return fail(c, QStringLiteral("cannot write %1").arg(outPath));
        }
    }
    if (format != u"png") {
        if (auto r = writeFile(outPath, bytes); !r)
            return fail(c, r.error());
    }
    if (c.json)
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("order"), order->number()},
                                           {QStringLiteral("tickets"), int(tickets.size())},
                                           {QStringLiteral("format"), format},
                                           {QStringLiteral("layout"), layout->name},
                                           {QStringLiteral("out"), outPath}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        c.out << "Wrote " << tickets.size() << " ticket(s) of " << order->number() << " as "
              << format << " (layout " << layout->name << ") to " << outPath << "\n";
    return Ok;
}

int receiptCommand(PrintContext &c, const QString &sub)
{
    if (!openDb(c))
        return Failed;
    auto order = orderByNumber(c);
    if (!order)
        return fail(c, order.error());
    if (sub == u"print") {
        if (!c.isSet("printer"))
            return fail(c, QStringLiteral("receipt print --order N --printer NAME"), Usage);
        auto printer = PrintQueue(*c.db).printer(c.value("printer"));
        if (!printer)
            return fail(c, printer.error());
        if (auto r = printReceipt(*c.db, order->id(), *printer); !r)
            return fail(c, r.error());
        c.out << "Receipt of " << order->number() << " printed on " << printer->name << "\n";
        return Ok;
    }
    const QString format = c.value("format");
    const QString outPath = c.value("out");
    if (format != u"escpos" && format != u"pdf" && format != u"png")
        return fail(c, QStringLiteral("--format is escpos, pdf or png"), Usage);
    if (outPath.isEmpty())
        return fail(c, QStringLiteral("--out FILE is required"), Usage);
    auto data = receiptDataOf(*c.db, order->id());
    if (!data)
        return fail(c, data.error());
    const ReceiptRenderer receipt(*data);
    QByteArray bytes;
    if (format == u"escpos") {
        auto model = escPosModelFromName(c.isSet("model") ? c.value("model")
                                                          : QStringLiteral("epson"));
        if (!model)
            return fail(c, model.error().message, Usage);
        const int columns = c.isSet("columns") ? c.value("columns").toInt() : 48;
        if (columns < 24 || columns > 64)
            return fail(c,
                        QStringLiteral("--columns is 24 to 64 (48 on 80 mm, 32 on 58 mm)"),
                        Usage);
        bytes = receipt.escPos(*model, columns);
    } else if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return fail(c, QStringLiteral("drawing receipts needs a GUI application"));
    } else if (format == u"pdf") {
        auto pdf = receipt.pdf();
        if (!pdf)
            return fail(c, pdf.error());
        bytes = *pdf;
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        receipt.image(576).save(&buffer, "PNG");
    }
    if (auto r = writeFile(outPath, bytes); !r)
        return fail(c, r.error());
    c.out << "Wrote the receipt of " << order->number() << " as " << format << " to " << outPath
          << "\n";
    return Ok;
}

QString outcomeText(const QueueRun &run)
{
    if (run.stoppedAt == 0 && run.leftQueued == 0)
        return {};
    return QStringLiteral("%1. %2").arg(stateText(run.stop.state), whatToDo(run.stop.state));
}

int reportRun(PrintContext &c, const PrinterConfig &printer, const QueueRun &run)
{
    PrintQueue queue(*c.db);
    const int unknown = int(queue.jobs(printer.name, PrintJobState::Unknown)->size());
    if (c.json) {
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("printer"), printer.name},
                                           {QStringLiteral("printed"), run.printed},
                                           {QStringLiteral("queued"), run.leftQueued},
                                           {QStringLiteral("unknown"), unknown},
                                           {QStringLiteral("state"), stateName(run.stop.state)},
                                           {QStringLiteral("message"), run.stop.message}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        c.out << "Printed " << run.printed << " ticket(s) on " << printer.name << "\n";
        if (run.leftQueued > 0 || unknown > 0)
            c.out << "Not printed: " << run.leftQueued << " still queued, " << unknown
                  << " unknown (see 'print jobs')\n";
    }
    if (run.stoppedAt != 0 || run.leftQueued > 0) {
        c.err << "parkett-cli: " << printer.name << ": " << outcomeText(run) << '\n';
        return Failed;
    }
    return Ok;
}

Result<QueueRun> runPrinter(PrintContext &c, const PrinterConfig &printer)
{
    const int timeout = c.isSet("timeout") ? c.value("timeout").toInt() * 1000 : 15000;
    return runPrinterQueue(*c.db, printer, c.now, std::max(1000, timeout));
}

int printOrder(PrintContext &c)
{
    if (!c.isSet("printer"))
        return fail(c, QStringLiteral("--printer NAME is required (see 'printers list')"), Usage);
    if (!openDb(c))
        return Failed;
    PrintQueue queue(*c.db);
    auto printer = queue.printer(c.value("printer"));
    if (!printer)
        return fail(c, printer.error());
    // Each run of the CLI is a fresh start: whatever a crashed run left "sent" is unknown.
    if (auto r = queue.recover(c.now); !r)
        return fail(c, r.error());
    auto order = orderByNumber(c);
    if (!order)
        return fail(c, order.error());
    auto jobs = queue.enqueueOrder(order->id(), printer->name, c.now);
    if (!jobs)
        return fail(c, jobs.error());
    auto run = runPrinter(c, *printer);
    if (!run)
        return fail(c,
                    QStringLiteral("%1 (%2 ticket(s) stay queued)")
                        .arg(run.error().message)
                        .arg(jobs->size()));
    return reportRun(c, *printer, *run);
}

int ticketReprint(PrintContext &c, const QString &code)
{
    if (code.isEmpty() || !c.isSet("printer") || c.value("reason").trimmed().isEmpty())
        return fail(c, QStringLiteral("ticket reprint CODE --printer NAME --reason TEXT"), Usage);
    if (!openDb(c))
        return Failed;
    auto id = c.db->scalar(QStringLiteral("SELECT id FROM tickets WHERE barcode = ?"), {code});
    if (!id)
        return fail(c, id.error());
    if (!id->isValid()) {
        auto voided = PrintQueue(*c.db).isVoided(code);
        return fail(c,
                    voided && *voided
                        ? QStringLiteral("ticket code %1 was replaced by a reprint").arg(code)
                        : QStringLiteral("no ticket with code %1").arg(code));
    }
    PrintQueue queue(*c.db);
    auto printer = queue.printer(c.value("printer"));
    if (!printer)
        return fail(c, printer.error());
    auto job = queue.reprint(TicketId(id->toLongLong()),
                             printer->name,
                             c.value("reason"),
                             SalesService::randomBarcode(),
                             UserId(),
                             c.now);
    if (!job)
        return fail(c, job.error());
    c.out << "Reprint DUPLICATE " << job->reprint << " queued with code " << job->code << "; code "
          << code << " no longer admits\n";
    auto run = runPrinter(c, *printer);
    if (!run)
        return fail(c, QStringLiteral("%1 (the reprint stays queued)").arg(run.error().message));
    return reportRun(c, *printer, *run);
}

int printJobs(PrintContext &c, const QString &verb, const QString &arg)
{
    if (!openDb(c))
        return Failed;
    PrintQueue queue(*c.db);
    if (verb == u"confirm") {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok)
            return fail(c, QStringLiteral("print confirm JOB: the job number"), Usage);
        if (auto r = queue.markPrinted(id, c.now); !r)
            return fail(c, r.error());
        c.out << "Job " << id << " counted as printed\n";
        return Ok;
    }
    auto printers = queue.printers();
    if (!printers)
        return fail(c, printers.error());
    QJsonArray a;
    for (const PrinterConfig &p : *printers) {
        if (c.isSet("printer") && p.name != c.value("printer"))
            continue;
        for (const PrintJobState s :
             {PrintJobState::Queued, PrintJobState::Sent, PrintJobState::Unknown}) {
            auto jobs = queue.jobs(p.name, s);
            if (!jobs)
                return fail(c, jobs.error());
            for (const PrintJob &j : *jobs) {
                if (c.json)
                    a.append(QJsonObject{{QStringLiteral("job"), j.id},
                                         {QStringLiteral("printer"), j.printer},
                                         {QStringLiteral("state"), printJobStateName(j.state)},
                                         {QStringLiteral("code"), j.code},
                                         {QStringLiteral("reprint"), j.reprint},
                                         {QStringLiteral("detail"), j.detail}});
                else
                    c.out << j.id << "  " << j.printer << "  " << printJobStateName(j.state) << "  "
                          << j.code
                          << (j.reprint ? QStringLiteral("  DUPLICATE %1").arg(j.reprint)
                                        : QString())
                          << "  " << j.detail << '\n';
            }
        }
    }
    if (c.json)
        c.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
    return Ok;
}

int printersCommand(PrintContext &c, const QString &sub, const QString &name)
{
    if (!openDb(c))
        return Failed;
    PrintQueue queue(*c.db);
    if (sub == u"add") {
        PrinterConfig p{name,
                        c.value("uri"),
                        c.isSet("language") ? c.value("language") : QStringLiteral("fgl"),
                        c.isSet("layout") ? c.value("layout") : QString(),
                        c.value("model")};
        if (p.layout.isEmpty())
            p.layout = p.language == u"escpos" ? QStringLiteral("thermal-80")
                       : p.language == u"page" ? QStringLiteral("a4")
                                               : QStringLiteral("boca-200");
        if (auto l = loadLayout(p.layout); !l)
            return fail(c, l.error());
        if (auto r = queue.savePrinter(p); !r)
            return fail(c, r.error().message, Usage);
        c.out << "Printer " << p.name << " at " << p.uri << " (" << p.language << ", layout "
              << p.layout << ")\n";
        return Ok;
    }
    if (sub == u"test") {
        // A sample ticket marked as a test, straight to the printer (not through the queue:
        // it is no ticket of any order).
        auto printer = queue.printer(name);
        if (!printer)
            return fail(c, printer.error());
        auto layout = loadLayout(printer->layout);
        if (!layout)
            return fail(c, layout.error());
        TicketData sample = TicketData::sample();
        sample.code = QStringLiteral("TEST-PRINT");
        sample.orderNumber = QStringLiteral("TEST");
        sample.customer = QStringLiteral("Test print, not valid for admission");
        auto bytes = renderForPrinter(*printer, *layout, sample);
        if (!bytes)
            return fail(c, bytes.error());
        auto transport = transportForUri(printer->uri);
        if (!transport)
            return fail(c, transport.error());
        if (auto r = (*transport)->open(); !r)
            return fail(c, r.error());
        auto language = languageFromName(printer->language);
        TicketSender sender(**transport, language ? *language : PrinterLanguage::Fgl);
        const SendOutcome o = sender.send(*bytes);
        if (o.kind != SendOutcome::Kind::Confirmed)
            return fail(c,
                        QStringLiteral("%1: test ticket not confirmed: %2. %3")
                            .arg(printer->name,
                                 o.message.isEmpty() ? stateText(o.state) : o.message,
                                 whatToDo(o.state)));
        c.out << printer->name << ": test ticket printed\n";
        return Ok;
    }
    if (sub == u"status") {
        auto printer = queue.printer(name);
        if (!printer)
            return fail(c, printer.error());
        if (auto transport = transportForUri(printer->uri); !transport)
            return fail(c, transport.error());
        const PrinterState state = queryStatus(*printer);
        c.out << printer->name << ": " << stateText(state);
        if (!whatToDo(state).isEmpty())
            c.out << ". " << whatToDo(state);
        c.out << '\n';
        return isFault(state) ? Failed : Ok;
    }
    auto printers = queue.printers();
    if (!printers)
        return fail(c, printers.error());
    QJsonArray configured;
    for (const PrinterConfig &p : *printers) {
        auto open = queue.jobs(p.name, PrintJobState::Queued);
        auto unknown = queue.jobs(p.name, PrintJobState::Unknown);
        if (c.json)
            configured.append(
                QJsonObject{{QStringLiteral("name"), p.name},
                            {QStringLiteral("uri"), p.uri},
                            {QStringLiteral("language"), p.language},
                            {QStringLiteral("layout"), p.layout},
                            {QStringLiteral("queued"), int(open ? open->size() : 0)},
                            {QStringLiteral("unknown"), int(unknown ? unknown->size() : 0)}});
        else
            c.out << p.name.leftJustified(16) << ' ' << p.uri.leftJustified(28) << ' '
                  << p.language.leftJustified(7) << p.layout.leftJustified(12) << " queued "
                  << (open ? open->size() : 0) << ", unknown " << (unknown ? unknown->size() : 0)
                  << '\n';
    }
    auto cups = cupsPrinters();
    QJsonArray cupsArray;
    if (cups) {
        for (const CupsPrinter &p : *cups) {
            if (c.json)
                cupsArray.append(QJsonObject{{QStringLiteral("name"), p.name},
                                             {QStringLiteral("uri"), p.uri},
                                             {QStringLiteral("state"), p.state},
                                             {QStringLiteral("default"), p.isDefault}});
            else
                c.out << (QStringLiteral("cups://") + p.name).leftJustified(45) << ' ' << p.state
                      << (p.isDefault ? "  (default)" : "") << '\n';
        }
    } else if (!c.json) {
        c.out << "(CUPS: " << cups.error().message << ")\n";
    }
    if (c.json)
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("printers"), configured},
                                           {QStringLiteral("cups"), cupsArray}})
                     .toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace

bool isPrintCommand(const QStringList &positional)
{
    const QString cmd = positional.value(0);
    return cmd == u"ticket" || cmd == u"print" || cmd == u"printers" || cmd == u"receipt";
}

bool printCommandNeedsGui(const QStringList &args)
{
    if (args.size() < 2 || (args.at(0) != u"ticket" && args.at(0) != u"receipt")
        || args.at(1) != u"render")
        return false;
    for (qsizetype i = 2; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--format")
            return args.at(i + 1) == u"pdf" || args.at(i + 1) == u"png";
    }
    for (const QString &a : args) {
        if (a == u"--format=pdf" || a == u"--format=png")
            return true;
    }
    return false;
}

QList<QCommandLineOption> printOptions()
{
    return {
        {QStringLiteral("order"), QStringLiteral("order number"), QStringLiteral("NUMBER")},
        {QStringLiteral("printer"), QStringLiteral("printer name"), QStringLiteral("NAME")},
        {QStringLiteral("layout"),
         QStringLiteral("ticket layout: built-in name or JSON file"),
         QStringLiteral("LAYOUT")},
        {QStringLiteral("model"),
         QStringLiteral("ESC/POS model: epson or star"),
         QStringLiteral("MODEL")},
        {QStringLiteral("uri"),
         QStringLiteral("printer address: tcp://HOST:PORT, file:///dev/usb/lp0, cups://QUEUE"),
         QStringLiteral("URI")},
        {QStringLiteral("language"),
         QStringLiteral("printer language: fgl, escpos, page"),
         QStringLiteral("LANG")},
        {QStringLiteral("columns"),
         QStringLiteral("receipt width in characters: 48 on 80 mm, 32 on 58 mm"),
         QStringLiteral("N")},
        {QStringLiteral("timeout"),
         QStringLiteral("seconds to wait for a printer's acknowledgement"),
         QStringLiteral("S")},
    };
}

int runPrintCommand(const QStringList &pos,
                    const QCommandLineParser &parser,
                    QTextStream &out,
                    QTextStream &err,
                    const QDateTime &now,
                    bool json)
{
    PrintContext c{parser, out, err, now, json, nullptr};
    const QString cmd = pos.value(0);
    const QString sub = pos.value(1);
    if (cmd == u"ticket" && sub == u"render")
        return ticketRender(c);
    if (cmd == u"ticket" && sub == u"reprint")
        return ticketReprint(c, pos.value(2));
    if (cmd == u"receipt" && (sub == u"render" || sub == u"print"))
        return receiptCommand(c, sub);
    if (cmd == u"print" && pos.size() == 1)
        return printOrder(c);
    if (cmd == u"print" && (sub == u"jobs" || sub == u"confirm"))
        return printJobs(c, sub, pos.value(2));
    if (cmd == u"printers" && (sub == u"list" || sub.isEmpty()))
        return printersCommand(c, QStringLiteral("list"), {});
    if (cmd == u"printers" && (sub == u"add" || sub == u"status" || sub == u"test")
        && pos.size() == 3)
        return printersCommand(c, sub, pos.value(2));
    return fail(c,
                QStringLiteral("unknown command \"%1\"; see parkett-cli --help")
                    .arg(pos.join(QLatin1Char(' '))),
                Usage);
}

} // namespace parkett::cli
