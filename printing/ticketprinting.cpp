// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/ticketprinting.h"

#include "core/order.h"
#include "core/seatplan.h"
#include "printing/escposrenderer.h"
#include "printing/fglrenderer.h"
#include "printing/transport.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>
#include <QTimeZone>
#include <QUrl>

namespace parkett::printing {

Result<TicketLayout> loadLayout(const QString &name)
{
    if (TicketLayout::defaultNames().contains(name))
        return TicketLayout::defaultLayout(name);
    QFile f(name);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no layout \"%1\": not built in (%2) and not a file")
                             .arg(name, TicketLayout::defaultNames().join(QStringLiteral(", "))));
    return TicketLayout::fromJson(f.readAll());
}

QString venueLocale(const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() && zone.territory() != QLocale::AnyTerritory
               ? QLocale(QLocale::AnyLanguage, zone.territory()).name()
               : QLocale::system().name();
}

Result<TicketLayout> layoutFor(Database &db, const PrinterConfig &printer, ChannelId channel)
{
    auto name = PrintQueue(db).layoutFor(printer.name, channel);
    if (!name)
        return name.error();
    return loadLayout(name->isEmpty() ? printer.layout : *name);
}

namespace {

Result<TicketData> toTicketData(Database &db, Result<TicketPrintInfo> info)
{
    if (!info)
        return info.error();
    TicketData t;
    t.production = info->production;
    t.startsAt = info->startsAt;
    t.timeZone = info->timeZone;
    t.locale = venueLocale(info->timeZone);
    t.venue = info->venue;
    t.priceType = info->priceType;
    t.price = info->price;
    // The store keeps no booking fee per ticket (the price is what was paid): the fee field
    // stays empty rather than showing a made-up zero.
    t.fee = Money();
    t.orderNumber = info->orderNumber;
    t.customer = info->customer;
    t.channel = info->channel;
    t.code = info->code;
    t.reprint = info->reprint;
    t.terms = QCoreApplication::translate("parkett::printing::TicketData",
                                          "Valid for one admission. No refund or exchange.");
    auto plan = CatalogRepository(db).plan(info->plan);
    if (plan) {
        for (const Category &c : plan->categories()) {
            if (c.id == info->category)
                t.category = c.name;
        }
        if (info->seat.isValid()) {
            const int index = plan->seatIndex(info->seat);
            if (index >= 0) {
                t.section = plan->sectionNameOf(index);
                t.row = plan->rowLabelOf(index);
                t.seat = plan->seat(info->seat)->label;
            }
        } else if (const StandingZone *z = plan->zone(info->zone)) {
            t.standing = true;
            t.section = z->name;
        }
    }
    if (!info->seat.isValid())
        t.standing = true;
    if (t.seat.isEmpty() && !t.standing)
        t.section = info->label; // the plan is gone: the stored label still says where
    return t;
}

} // namespace

Result<TicketData> ticketData(Database &db, qint64 job)
{
    return toTicketData(db, PrintQueue(db).ticketInfo(job));
}

Result<TicketData> ticketDataOf(Database &db, TicketId ticket)
{
    return toTicketData(db, PrintQueue(db).ticketInfoOf(ticket));
}

Result<QByteArray> renderForPrinter(const PrinterConfig &printer,
                                    const TicketLayout &layout,
                                    const TicketData &ticket)
{
    if (printer.language == u"fgl")
        return FglRenderer(layout).render(ticket);
    if (printer.language == u"escpos") {
        auto model = escPosModelFromName(printer.model.isEmpty() ? QStringLiteral("epson")
                                                                 : printer.model);
        if (!model)
            return model.error();
        return EscPosRenderer(layout, *model).render(ticket);
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("printer %1 prints pages; use ticket render --format pdf")
                         .arg(printer.name));
}

Result<QueueRun> runQueue(Database &db,
                          const PrinterConfig &printer,
                          PrinterTransport &transport,
                          const QDateTime &now,
                          int ackTimeoutMs,
                          OrderId order)
{
    PrintQueue queue(db);
    auto jobs = queue.jobs(printer.name, PrintJobState::Queued);
    if (!jobs)
        return jobs.error();
    QList<BatchTicket> batch;
    QHash<ChannelId, TicketLayout> layouts; // each channel's layout, loaded once per run
    for (const PrintJob &j : *jobs) {
        if (order.isValid() && j.order != order)
            continue;
        auto info = queue.ticketInfo(j.id);
        if (!info)
            return info.error();
        auto data = toTicketData(db, info);
        if (!data)
            return data.error();
        auto layout = layouts.find(info->channelId);
        if (layout == layouts.end()) {
            auto loaded = layoutFor(db, printer, info->channelId);
            if (!loaded)
                return loaded.error();
            layout = layouts.insert(info->channelId, *loaded);
        }
        auto bytes = renderForPrinter(printer, *layout, *data);
        if (!bytes)
            return bytes.error();
        batch.append(BatchTicket{j.id, *bytes});
    }
    QueueRun run;
    const auto language = languageFromName(printer.language);
    TicketSender sender(transport, language ? *language : PrinterLanguage::Fgl, ackTimeoutMs);
    run.before = sender.status();
    if (isFault(run.before)) {
        run.leftQueued = int(batch.size());
        run.stop = SendOutcome{SendOutcome::Kind::NotSent, run.before, stateText(run.before)};
        return run;
    }
    Error bookkeeping;
    bool bookkeepingFailed = false;
    const BatchHooks hooks{[&queue, &now](qint64 id) { return queue.markSent(id, now); },
                           [&](qint64 id, const SendOutcome &o) {
                               Result<void> r;
                               switch (o.kind) {
                               case SendOutcome::Kind::Confirmed:
                                   r = queue.markPrinted(id, now);
                                   break;
                               case SendOutcome::Kind::NotSent:
                                   r = queue.markNotSent(id, o.message, now);
                                   break;
                               case SendOutcome::Kind::Unknown:
                                   r = queue.markUnknown(id,
                                                         o.message.isEmpty() ? stateText(o.state)
                                                                             : o.message,
                                                         now);
                                   break;
                               }
                               if (!r) {
                                   bookkeeping = r.error();
                                   bookkeepingFailed = true;
                               }
                           }};
    const BatchReport report = printBatch(sender, batch, hooks);
    if (bookkeepingFailed)
        return bookkeeping;
    run.printed = report.confirmed;
    run.leftQueued = report.notSent;
    run.stoppedAt = report.stoppedAt;
    run.stop = report.stop;
    return run;
}

Result<QueueRun> runPrinterQueue(Database &db,
                                 const PrinterConfig &printer,
                                 const QDateTime &now,
                                 int ackTimeoutMs,
                                 OrderId order)
{
    auto transport = transportForUri(printer.uri);
    if (!transport)
        return transport.error();
    if (auto r = (*transport)->open(); !r)
        return r.error();
    auto run = runQueue(db, printer, **transport, now, ackTimeoutMs, order);
    (*transport)->close();
    return run;
}

PrinterState queryStatus(const PrinterConfig &printer, int timeoutMs)
{
    if (printer.language == u"page" || printer.uri.startsWith(u"cups://"))
        return PrinterState::Unknown;
    auto transport = transportForUri(printer.uri);
    if (!transport || !(*transport)->open())
        return PrinterState::Offline;
    const auto language = languageFromName(printer.language);
    TicketSender sender(**transport, language ? *language : PrinterLanguage::Fgl, timeoutMs);
    const PrinterState state = sender.status();
    (*transport)->close();
    return state;
}

namespace {

QString paymentText(const QString &method)
{
    auto m = paymentMethodFromName(method);
    if (!m)
        return method;
    switch (*m) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("parkett::printing::ReceiptRenderer", "Cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("parkett::printing::ReceiptRenderer", "Card");
    case PaymentMethod::GiftCard:
        return QCoreApplication::translate("parkett::printing::ReceiptRenderer", "Gift card");
    case PaymentMethod::Invoice:
        return QCoreApplication::translate("parkett::printing::ReceiptRenderer", "Invoice");
    case PaymentMethod::BankTransfer:
        return QCoreApplication::translate("parkett::printing::ReceiptRenderer", "Bank transfer");
    }
    return method;
}

} // namespace

Result<ReceiptData> receiptDataOf(Database &db, OrderId order, const QString &terminal)
{
    PrintQueue queue(db);
    auto info = queue.receiptInfo(order);
    if (!info)
        return info.error();
    auto settings = queue.settings();
    if (!settings)
        return settings.error();
    ReceiptData r;
    r.venue = info->venue;
    r.orderNumber = info->orderNumber;
    r.createdAt = info->createdAt;
    r.timeZone = info->timeZone;
    r.locale = venueLocale(info->timeZone);
    r.production = info->production;
    r.startsAt = info->startsAt;
    for (const ReceiptInfo::Line &l : info->lines) {
        if (l.active) // refunded and cancelled tickets are not charged
            r.lines.append(ReceiptData::Line{l.label, l.priceType, l.price, info->vatBasisPoints});
    }
    for (const ReceiptInfo::Paid &p : info->payments)
        r.payments.append(ReceiptData::Payment{paymentText(p.method), p.amount});
    r.terminal = !terminal.isEmpty()             ? terminal
                 : !settings->terminal.isEmpty() ? settings->terminal
                                                 : QSysInfo::machineHostName();
    r.cashier = info->cashier;
    r.channel = info->channel;
    r.customer = info->customer;
    return r;
}

Result<void> printReceipt(Database &db,
                          OrderId order,
                          const PrinterConfig &printer,
                          const QString &terminal)
{
    auto data = receiptDataOf(db, order, terminal);
    if (!data)
        return data.error();
    const ReceiptRenderer receipt(*data);
    QByteArray bytes;
    if (printer.language == u"escpos") {
        auto model = escPosModelFromName(printer.model.isEmpty() ? QStringLiteral("epson")
                                                                 : printer.model);
        if (!model)
            return model.error();
        // The roll's width from the printer's own layout: 58 mm rolls take 32 characters.
        auto layout = loadLayout(printer.layout);
        const bool narrow = layout && layout->stock.widthMm < 70;
        bytes = receipt.escPos(*model, narrow ? 32 : 48);
    } else if (printer.language == u"page") {
        auto pdf = receipt.pdf();
        if (!pdf)
            return pdf.error();
        bytes = *pdf;
        if (!printer.uri.startsWith(u"cups://")) {
            // A page "printer" that is a file: the receipt goes next to it, named by order.
            const QString path = QFileInfo(printer.uri.startsWith(u"file://")
                                               ? QUrl(printer.uri).toLocalFile()
                                               : printer.uri)
                                     .dir()
                                     .filePath(
                                         QStringLiteral("receipt-%1.pdf").arg(data->orderNumber));
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                return makeError(ErrorCode::StorageFailure,
                                 QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
            return {};
        }
    } else {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 prints tickets only (FGL); choose a receipt or page "
                                        "printer for receipts")
                             .arg(printer.name));
    }
    auto transport = transportForUri(printer.uri);
    if (!transport)
        return transport.error();
    if (auto r = (*transport)->open(); !r)
        return r.error();
    const auto language = languageFromName(printer.language);
    TicketSender sender(**transport, language ? *language : PrinterLanguage::EscPos);
    const SendOutcome o = sender.send(bytes);
    (*transport)->close();
    if (o.kind != SendOutcome::Kind::Confirmed && o.kind != SendOutcome::Kind::Unknown)
        return makeError(ErrorCode::InvalidArgument,
                         o.message.isEmpty() ? stateText(o.state) : o.message);
    if (o.kind == SendOutcome::Kind::Unknown && isFault(o.state))
        return makeError(ErrorCode::InvalidArgument, stateText(o.state));
    return {};
}

} // namespace parkett::printing
