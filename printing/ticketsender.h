// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "printing/printerstatus.h"
#include "printing/ticketlayout.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace parkett::printing {

class PrinterTransport;

/** How one ticket went. Only Confirmed counts as printed. */
struct SendOutcome
{
    enum class Kind {
        Confirmed, ///< the printer acknowledged this ticket (BOCA ACK, ESC/POS status fine
                   ///< after the cut, CUPS job completed)
        NotSent,   ///< refused before any byte went out (the printer reported a fault)
        Unknown,   ///< sent, but not confirmed: it may or may not come out
    };
    Kind kind = Kind::Unknown;
    PrinterState state = PrinterState::Unknown;
    QString message;
};

/** Sends tickets one at a time and says, for each, whether the printer confirmed it.
    Never resends anything by itself. */
class TicketSender
{
public:
    TicketSender(PrinterTransport &transport, PrinterLanguage language, int ackTimeoutMs = 15000);

    /** Asks the printer how it is (BOCA <S1>, ESC/POS DLE EOT 1-4). */
    PrinterState status();
    SendOutcome send(const QByteArray &ticket);

private:
    SendOutcome sendFgl(const QByteArray &ticket);
    SendOutcome sendEscPos(const QByteArray &ticket);
    SendOutcome sendOneWay(const QByteArray &ticket);
    PrinterState escPosStatus();

    PrinterTransport &m_transport;
    PrinterLanguage m_language;
    int m_ackTimeoutMs;
};

/** One ticket of a batch: an id of the caller's (the print job) and its bytes. */
struct BatchTicket
{
    qint64 id = 0;
    QByteArray bytes;
};

/** The caller's bookkeeping around each ticket. beforeSend must have made the "sent" state
    durable before it returns (a crash after it leaves the ticket "unknown", never "queued"):
    when it fails, the ticket is not sent and the batch stops. */
struct BatchHooks
{
    std::function<Result<void>(qint64 id)> beforeSend;
    std::function<void(qint64 id, const SendOutcome &outcome)> afterSend;
};

struct BatchReport
{
    int confirmed = 0;
    int notSent = 0;      ///< left in the queue: never given to the printer
    qint64 stoppedAt = 0; ///< the ticket whose outcome stopped the batch, 0 = all confirmed
    SendOutcome stop;
};

/** Prints \a tickets in order and stops at the first that is not confirmed. */
BatchReport printBatch(TicketSender &sender,
                       const QList<BatchTicket> &tickets,
                       const BatchHooks &hooks);

} // namespace parkett::printing
