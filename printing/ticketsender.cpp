// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/ticketsender.h"

#include "printing/escposrenderer.h"
#include "printing/transport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace parkett::printing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parkett::printing::TicketSender", text);
}

SendOutcome outcome(SendOutcome::Kind kind, PrinterState state, QString message)
{
    return SendOutcome{kind, state, std::move(message)};
}

} // namespace

TicketSender::TicketSender(PrinterTransport &transport, PrinterLanguage language, int ackTimeoutMs)
    : m_transport(transport)
    , m_language(language)
    , m_ackTimeoutMs(ackTimeoutMs)
{}

PrinterState TicketSender::status()
{
    if (!m_transport.canReadBack())
        return PrinterState::Unknown;
    if (m_language == PrinterLanguage::EscPos)
        return escPosStatus();
    // Stale bytes first (late ACKs, X-ON), then one status byte.
    for (auto stale = m_transport.read(0); stale && !stale->isEmpty(); stale = m_transport.read(0)) {
    }
    if (!m_transport.write("<S1>"))
        return PrinterState::Offline;
    auto reply = m_transport.read(3000);
    if (!reply)
        return PrinterState::Offline;
    if (reply->isEmpty())
        return PrinterState::Unknown;
    return boca::stateOf(quint8(reply->back()));
}

PrinterState TicketSender::escPosStatus()
{
    for (auto stale = m_transport.read(0); stale && !stale->isEmpty(); stale = m_transport.read(0)) {
    }
    QByteArray replies;
    for (int n = 1; n <= 4; ++n) {
        if (!m_transport.write(EscPosRenderer::statusRequest(n)))
            return PrinterState::Offline;
        auto reply = m_transport.read(2000);
        if (!reply)
            return PrinterState::Offline;
        if (reply->isEmpty())
            return PrinterState::Unknown;
        replies.append(reply->back());
    }
    return escpos::stateOf(replies);
}

SendOutcome TicketSender::send(const QByteArray &ticket)
{
    if (!m_transport.canReadBack())
        return sendOneWay(ticket);
    if (m_language == PrinterLanguage::EscPos)
        return sendEscPos(ticket);
    return sendFgl(ticket);
}

SendOutcome TicketSender::sendFgl(const QByteArray &ticket)
{
    // Bytes left over from before (a late ACK of a ticket given up on) must not confirm
    // this one.
    for (auto stale = m_transport.read(0); stale && !stale->isEmpty(); stale = m_transport.read(0)) {
    }
    if (auto w = m_transport.write(ticket); !w)
        return outcome(SendOutcome::Kind::Unknown, PrinterState::Offline, w.error().message);
    QDeadlineTimer deadline(m_ackTimeoutMs);
    while (!deadline.hasExpired()) {
        auto reply = m_transport.read(int(std::max<qint64>(1, deadline.remainingTime())));
        if (!reply)
            return outcome(SendOutcome::Kind::Unknown, PrinterState::Offline, reply.error().message);
        for (const char byte : *reply) {
            if (byte == boca::kAck)
                return outcome(SendOutcome::Kind::Confirmed, PrinterState::Ready, {});
            const PrinterState state = boca::stateOf(quint8(byte));
            if (isFault(state))
                return outcome(SendOutcome::Kind::Unknown, state, stateText(state));
        }
    }
    return outcome(SendOutcome::Kind::Unknown,
                   PrinterState::Unknown,
                   tr("no acknowledgement from the printer within %1 s").arg(m_ackTimeoutMs / 1000));
}

SendOutcome TicketSender::sendEscPos(const QByteArray &ticket)
{
    const PrinterState before = escPosStatus();
    if (isFault(before) || before == PrinterState::Unknown)
        return outcome(SendOutcome::Kind::NotSent, before, stateText(before));
    if (auto w = m_transport.write(ticket); !w)
        return outcome(SendOutcome::Kind::Unknown, PrinterState::Offline, w.error().message);
    const PrinterState after = escPosStatus();
    if (after == PrinterState::Ready || after == PrinterState::PaperLow)
        return outcome(SendOutcome::Kind::Confirmed, after, {});
    return outcome(SendOutcome::Kind::Unknown, after, stateText(after));
}

SendOutcome TicketSender::sendOneWay(const QByteArray &ticket)
{
    if (auto w = m_transport.write(ticket); !w)
        return outcome(SendOutcome::Kind::NotSent, PrinterState::Offline, w.error().message);
    if (auto *cups = dynamic_cast<CupsTransport *>(&m_transport)) {
        auto state = cups->waitForJob(cups->lastJob(), m_ackTimeoutMs);
        if (state && *state == u"completed")
            return outcome(SendOutcome::Kind::Confirmed, PrinterState::Ready, {});
        return outcome(SendOutcome::Kind::Unknown,
                       PrinterState::Unknown,
                       state ? tr("CUPS job %1 is %2").arg(cups->lastJob()).arg(*state)
                             : state.error().message);
    }
    return outcome(SendOutcome::Kind::Unknown,
                   PrinterState::Unknown,
                   tr("the connection reports nothing back; check that the ticket came out"));
}

BatchReport printBatch(TicketSender &sender,
                       const QList<BatchTicket> &tickets,
                       const BatchHooks &hooks)
{
    BatchReport report;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const BatchTicket &t = tickets.at(i);
        if (hooks.beforeSend) {
            if (auto r = hooks.beforeSend(t.id); !r) {
                report.stoppedAt = t.id;
                report.stop = outcome(SendOutcome::Kind::NotSent,
                                      PrinterState::Unknown,
                                      r.error().message);
                report.notSent = int(tickets.size() - i);
                return report;
            }
        }
        const SendOutcome o = sender.send(t.bytes);
        if (hooks.afterSend)
            hooks.afterSend(t.id, o);
        if (o.kind != SendOutcome::Kind::Confirmed) {
            report.stoppedAt = t.id;
            report.stop = o;
            report.notSent = int(tickets.size() - i - 1)
                             + (o.kind == SendOutcome::Kind::NotSent ? 1 : 0);
            return report;
        }
        ++report.confirmed;
    }
    return report;
}

} // namespace parkett::printing
