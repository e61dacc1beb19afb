// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/money.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace parkett {

class Database;

/** A ticket printer as configured for this terminal. */
struct PrinterConfig
{
    QString name;
    QString uri;      ///< tcp://HOST:PORT, file:///dev/usb/lp0, cups://QUEUE, or a PDF path
    QString language; ///< fgl, escpos, page
    QString layout;   ///< a built-in layout name or a layout file
    QString model;    ///< ESC/POS dialect: epson, star
};

enum class PrintJobState {
    Queued,    ///< waiting; never given to the printer
    Sent,      ///< being sent (a crash leaves it here until recover())
    Printed,   ///< the printer confirmed it
    Unknown,   ///< sent, not confirmed: the clerk decides (confirm, or reprint)
    Cancelled, ///< withdrawn before sending, or replaced by a reprint
};

QString printJobStateName(PrintJobState state);
Result<PrintJobState> printJobStateFromName(QStringView name);

/** One ticket to print on one printer. */
struct PrintJob
{
    qint64 id = 0;
    QString printer;
    TicketId ticket;
    OrderId order;
    QString code;    ///< the ticket code printed on it
    int reprint = 0; ///< 0 = first print; n = DUPLICATE n
    QString reason;
    PrintJobState state = PrintJobState::Queued;
    QString detail; ///< what the printer said when it was not confirmed
    QDateTime createdAt;
};

/** What a ticket shows, read from the store (printing turns it into its TicketData). */
struct TicketPrintInfo
{
    TicketId ticket;
    OrderId order;
    QString orderNumber;
    QString production;
    QDateTime startsAt;
    QString venue;
    QString timeZone;
    SeatPlanId plan;
    SeatId seat;
    ZoneId zone;
    CategoryId category;
    QString priceType;
    Money price;
    QString label;
    QString code;
    QString customer;
    QString channel;
    ChannelId channelId; ///< for the channel's layout
    int reprint = 0;
};

/** This terminal's printing settings. */
struct PrintSettings
{
    QString ticketPrinter;  ///< where a sale's tickets go; empty = the first ticket printer
    QString receiptPrinter; ///< where receipts go; empty = none
    bool receiptAfterSale = false;
    QString terminal; ///< the terminal's name on receipts; empty = the host name
};

/** The layout \a printer uses for tickets sold through \a channel (instead of its own). */
struct LayoutAssignment
{
    QString printer;
    ChannelId channel;
    QString layout;
};

/** A sales channel by id and name, for choosing layouts per channel. */
struct ChannelName
{
    ChannelId id;
    QString name;
};

/** What an order's receipt shows, read from the store. */
struct ReceiptInfo
{
    struct Line
    {
        QString label;
        QString priceType;
        Money price;
        bool active = true; ///< false: refunded or cancelled, not charged
    };
    struct Paid
    {
        QString method;
        Money amount;
        QDateTime at;
    };
    OrderId order;
    QString orderNumber;
    QString status;
    QDateTime createdAt;
    QString production;
    QDateTime startsAt;
    QString venue;
    QString timeZone;
    qint64 vatBasisPoints = 0; ///< the performance's VAT rate
    Money total;
    QList<Line> lines;
    QList<Paid> payments;
    QString cashier;
    QString channel;
    QString customer;
};

/** The print queue per printer, kept in the local store so that it survives a restart.

    A job is marked sent in its own committed transaction before a byte goes to the
    printer, and printed only when the printer confirms. After a crash, recover() turns
    every job still marked sent into unknown: it is never sent again by itself, and never
    forgotten; the clerk confirms it or reprints it. A reprint gives the ticket a new code,
    voids the old one, and is written to the order's history with its reason. */
class PrintQueue
{
public:
    explicit PrintQueue(Database &db)
        : m_db(db)
    {}

    Result<void> savePrinter(const PrinterConfig &printer);
    Result<QList<PrinterConfig>> printers();
    Result<PrinterConfig> printer(const QString &name);

    /** Queues every valid, never printed ticket of \a order that has no open job. Tickets
        printed before are refused by name: they need a reprint. Returns the new jobs. */
    Result<QList<PrintJob>> enqueueOrder(OrderId order,
                                         const QString &printer,
                                         const QDateTime &now);
    /** The jobs of \a printer in \a state, oldest first. */
    Result<QList<PrintJob>> jobs(const QString &printer, PrintJobState state);
    Result<QList<PrintJob>> jobsOfOrder(OrderId order);
    Result<PrintJob> job(qint64 id);

    /** queued -> sent, committed; refused for any other state. */
    Result<void> markSent(qint64 job, const QDateTime &now);
    /** sent or unknown -> printed (the printer's ACK, or the clerk's word for an unknown
        ticket that did come out); counts the ticket as printed. */
    Result<void> markPrinted(qint64 job, const QDateTime &now);
    /** sent -> unknown, with what the printer said. */
    Result<void> markUnknown(qint64 job, const QString &detail, const QDateTime &now);
    /** sent -> queued: the printer refused it before a byte went out (ESC/POS fault). */
    Result<void> markNotSent(qint64 job, const QString &detail, const QDateTime &now);
    /** queued -> cancelled. */
    Result<void> cancel(qint64 job, const QDateTime &now);
    /** After a restart: every job left sent becomes unknown. Returns how many. */
    Result<int> recover(const QDateTime &now);

    /** Reprints \a ticket on \a printer as an operator action with a reason: a new code
        replaces (and voids) the old one, any open job of the ticket is cancelled, a job
        DUPLICATE n is queued, and the order's history records it. */
    Result<PrintJob> reprint(TicketId ticket,
                             const QString &printer,
                             const QString &reason,
                             const QString &newCode,
                             UserId user,
                             const QDateTime &now);
    /** True when \a code was replaced by a reprint (it must not admit anyone). */
    Result<bool> isVoided(const QString &code);

    Result<PrintSettings> settings();
    Result<void> saveSettings(const PrintSettings &settings);
    Result<QList<ChannelName>> channels();
    /** Tickets of \a channel print on \a printer with \a layout; an empty layout removes
        the assignment (the printer's own layout again). */
    Result<void> assignLayout(const QString &printer, ChannelId channel, const QString &layout);
    Result<QList<LayoutAssignment>> layoutAssignments();
    /** The layout \a printer uses for a ticket of \a channel: the assignment, or its own. */
    Result<QString> layoutFor(const QString &printer, ChannelId channel);

    Result<ReceiptInfo> receiptInfo(OrderId order);

    Result<TicketPrintInfo> ticketInfo(qint64 job);
    /** The same for a ticket as it stands (its current code and last reprint number). */
    Result<TicketPrintInfo> ticketInfoOf(TicketId ticket);

private:
    Result<void> transition(qint64 job,
                            std::initializer_list<PrintJobState> from,
                            PrintJobState to,
                            const QString &detail,
                            const QDateTime &now);
    Database &m_db;
};

} // namespace parkett
