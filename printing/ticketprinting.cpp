// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ticketprinting.h"

#include "core/seatplan.h"
#include "printing/escposrenderer.h"
#include "printing/fglrenderer.h"
#include "printing/transport.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTimeZone>

namespace parkett::cli {

using namespace parkett::printing;

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

namespace {

Result<TicketData> toTicketData(Database &db, Result<TicketPrintInfo> info)
{
    if (!info)
        return info.error();
    TicketData t;
    t.production = info->production;
    t.startsAt = info->startsAt;
    t.timeZone = info->timeZone;
    // The venue's locale: the main language of the country of its time zone.
    const QTimeZone zone(info->timeZone.toUtf8());
    t.locale = zone.isValid() && zone.territory() != QLocale::AnyTerritory
                   ? QLocale(QLocale::AnyLanguage, zone.territory()).name()
                   : QLocale::system().name();
    t.venue = info->venue;
    t.priceType = info->priceType;
    t.price = info->price;
    t.fee = Money::zero(info->price.currency());
    t.orderNumber = info->orderNumber;
    t.customer = info->customer;
    t.channel = info->channel;
    t.code = info->code;
    t.reprint = info->reprint;
    t.terms = QCoreApplication::translate("parkett::cli",
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
                          int ackTimeoutMs)
{
    PrintQueue queue(db);
    auto layout = loadLayout(printer.layout);
    if (!layout)
        return layout.error();
    auto jobs = queue.jobs(printer.name, PrintJobState::Queued);
    if (!jobs)
        return jobs.error();
    QList<BatchTicket> batch;
    for (const PrintJob &j : *jobs) {
        auto data = ticketData(db, j.id);
        if (!data)
            return data.error();
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

} // namespace parkett::cli
