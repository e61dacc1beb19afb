// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "printing/ticketlayout.h"
#include "printing/ticketsender.h"
#include "storage/printqueue.h"

#include <QDateTime>

namespace parkett {

class Database;

namespace printing {
class PrinterTransport;
}

namespace cli {

/** The glue between the store and the printing library: what a stored ticket shows, the
    layout of a printer, and running a printer's queue. */

/** The layout named \a name: a built-in one, or a layout JSON file. */
Result<printing::TicketLayout> loadLayout(const QString &name);

/** The ticket of print job \a job as the renderers take it. */
Result<printing::TicketData> ticketData(Database &db, qint64 job);
/** A ticket as it stands, for a preview or an export. */
Result<printing::TicketData> ticketDataOf(Database &db, TicketId ticket);

/** Renders one ticket for \a printer's language (fgl, escpos); page printers are PDFs. */
Result<QByteArray> renderForPrinter(const PrinterConfig &printer,
                                    const printing::TicketLayout &layout,
                                    const printing::TicketData &ticket);

struct QueueRun
{
    int printed = 0;
    int leftQueued = 0;
    qint64 stoppedAt = 0; ///< the job that stopped the run (0 = none)
    printing::SendOutcome stop;
    printing::PrinterState before = printing::PrinterState::Unknown;
};

/** Sends the queued jobs of \a printer in order over \a transport: each is marked sent
    (committed) before its bytes go out, printed on the printer's confirmation, unknown
    otherwise, and the run stops at the first ticket not confirmed. Nothing is resent. */
Result<QueueRun> runQueue(Database &db,
                          const PrinterConfig &printer,
                          printing::PrinterTransport &transport,
                          const QDateTime &now,
                          int ackTimeoutMs = 15000);

} // namespace cli
} // namespace parkett
