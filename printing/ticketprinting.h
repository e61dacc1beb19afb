// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "printing/receipt.h"
#include "printing/ticketlayout.h"
#include "printing/ticketsender.h"
#include "storage/printqueue.h"

#include <QDateTime>

namespace parkett {

class Database;

namespace printing {

class PrinterTransport;

/** The glue between the store and the printing library, shared by the client and the CLI:
    what a stored ticket shows, the layout of a printer, and running a printer's queue. */

/** The layout named \a name: a built-in one, or a layout JSON file. */
Result<TicketLayout> loadLayout(const QString &name);

/** The locale of a venue in \a timeZone: the main language of the zone's country. */
QString venueLocale(const QString &timeZone);

/** The layout \a printer uses for tickets of \a channel (settings: per channel and printer),
    loaded. */
Result<TicketLayout> layoutFor(Database &db, const PrinterConfig &printer, ChannelId channel);

/** The ticket of print job \a job as the renderers take it. */
Result<TicketData> ticketData(Database &db, qint64 job);
/** A ticket as it stands, for a preview or an export. */
Result<TicketData> ticketDataOf(Database &db, TicketId ticket);

/** Renders one ticket for \a printer's language (fgl, escpos); page printers are PDFs. */
Result<QByteArray> renderForPrinter(const PrinterConfig &printer,
                                    const TicketLayout &layout,
                                    const TicketData &ticket);

struct QueueRun
{
    int printed = 0;
    int leftQueued = 0;
    qint64 stoppedAt = 0; ///< the job that stopped the run (0 = none)
    SendOutcome stop;
    PrinterState before = PrinterState::Unknown;
};

/** The receipt of \a order as the renderers take it: its charged lines, VAT per rate,
    payments, and \a terminal (the setting, else this host's name) and cashier. */
Result<ReceiptData> receiptDataOf(Database &db, OrderId order, const QString &terminal = {});

/** What \a printer says now (BOCA <S1>, ESC/POS DLE EOT); Offline when it cannot be
    reached, Unknown for connections that report nothing (CUPS, PDF files). Blocking: call
    it off the GUI thread. */
PrinterState queryStatus(const PrinterConfig &printer, int timeoutMs = 3000);

/** Sends the queued jobs of \a printer in order over \a transport: each is marked sent
    (committed) before its bytes go out, printed on the printer's confirmation, unknown
    otherwise, and the run stops at the first ticket not confirmed. Nothing is resent. With
    a valid \a order only that order's jobs go (older ones left queued wait for the clerk). */
Result<QueueRun> runQueue(Database &db,
                          const PrinterConfig &printer,
                          PrinterTransport &transport,
                          const QDateTime &now,
                          int ackTimeoutMs = 15000,
                          OrderId order = {});

/** runQueue() over a connection to \a printer's address, opened and closed here. */
Result<QueueRun> runPrinterQueue(Database &db,
                                 const PrinterConfig &printer,
                                 const QDateTime &now,
                                 int ackTimeoutMs = 15000,
                                 OrderId order = {});

/** Prints \a order's receipt on \a printer: ESC/POS for thermal printers (58 or 80 mm from
    the printer's layout), a PDF for page printers (a file or a CUPS queue). Receipts are no
    tickets: they do not go through the queue, and a failed one can simply print again. */
Result<void> printReceipt(Database &db,
                          OrderId order,
                          const PrinterConfig &printer,
                          const QString &terminal = {});

} // namespace printing
} // namespace parkett
