// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/printqueue.h"

#include "storage/database.h"

#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <utility>

namespace parkett {

namespace {

constexpr std::array<std::pair<PrintJobState, const char *>, 5> kStates{{
    {PrintJobState::Queued, "queued"},
    {PrintJobState::Sent, "sent"},
    {PrintJobState::Printed, "printed"},
    {PrintJobState::Unknown, "unknown"},
    {PrintJobState::Cancelled, "cancelled"},
}};

const QString kJobColumns = QStringLiteral(
    "id, printer, ticket_id, order_id, code, reprint, reason, state, detail, created_at");

Result<PrintJob> readJob(QSqlQuery &q)
{
    PrintJob j;
    j.id = q.value(0).toLongLong();
    j.printer = q.value(1).toString();
    j.ticket = TicketId(q.value(2).toLongLong());
    j.order = OrderId(q.value(3).toLongLong());
    j.code = q.value(4).toString();
    j.reprint = q.value(5).toInt();
    j.reason = q.value(6).toString();
    auto state = printJobStateFromName(q.value(7).toString());
    if (!state)
        return state.error();
    j.state = *state;
    j.detail = q.value(8).toString();
    j.createdAt = Database::timeFromText(q.value(9).toString());
    return j;
}

Result<QList<PrintJob>> readJobs(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<PrintJob> out;
    while (q->next()) {
        auto j = readJob(*q);
        if (!j)
            return j.error();
        out.append(*j);
    }
    return out;
}

} // namespace

QString printJobStateName(PrintJobState state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

Result<PrintJobState> printJobStateFromName(QStringView name)
{
    for (const auto &[s, n] : kStates) {
        if (name == QLatin1StringView(n))
            return s;
    }
    return makeError(ErrorCode::CorruptDatabase,
                     QStringLiteral("unknown print job state \"%1\"").arg(name));
}

Result<void> PrintQueue::savePrinter(const PrinterConfig &p)
{
    if (p.name.trimmed().isEmpty() || p.uri.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a printer needs a name and an address"));
    if (p.language != u"fgl" && p.language != u"escpos" && p.language != u"page")
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("printer language is fgl, escpos or page, not \"%1\"")
                             .arg(p.language));
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = m_db.exec(QStringLiteral("INSERT INTO printers (name, uri, language, layout, model)"
                                      " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                                      " uri = excluded.uri, language = excluded.language,"
                                      " layout = excluded.layout, model = excluded.model"),
                       {p.name, p.uri, p.language, p.layout, p.model});
    if (!q)
        return q.error();
    return tx.commit();
}

Result<QList<PrinterConfig>> PrintQueue::printers()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT name, uri, language, layout, model FROM printers ORDER BY name"));
    if (!q)
        return q.error();
    QList<PrinterConfig> out;
    while (q->next())
        out.append(PrinterConfig{q->value(0).toString(),
                                 q->value(1).toString(),
                                 q->value(2).toString(),
                                 q->value(3).toString(),
                                 q->value(4).toString()});
    return out;
}

Result<PrinterConfig> PrintQueue::printer(const QString &name)
{
    auto all = printers();
    if (!all)
        return all.error();
    for (const PrinterConfig &p : *all) {
        if (p.name == name)
            return p;
    }
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("no printer \"%1\" (see 'printers list')").arg(name));
}

Result<QList<PrintJob>> PrintQueue::enqueueOrder(OrderId order,
                                                 const QString &printerName,
                                                 const QDateTime &now)
{
    if (auto p = printer(printerName); !p)
        return p.error();
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto status = m_db.scalar(QStringLiteral("SELECT status FROM orders WHERE id = ?"),
                              {order.value});
    if (!status)
        return status.error();
    if (!status->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("order %1 not found").arg(order.value));
    if (status->toString() != u"sold")
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("only paid orders print tickets; this one is %1")
                             .arg(status->toString()));
    auto tickets = m_db.exec(
        QStringLiteral("SELECT t.id, t.barcode, t.label, t.print_count,"
                       " (SELECT count(*) FROM print_jobs j WHERE j.ticket_id = t.id"
                       "  AND j.state IN ('queued', 'sent', 'unknown'))"
                       " FROM tickets t WHERE t.order_id = ? AND t.status = 'valid' ORDER BY t.id"),
        {order.value});
    if (!tickets)
        return tickets.error();
    QList<std::pair<qint64, QString>> toQueue;
    QStringList printedBefore;
    while (tickets->next()) {
        if (tickets->value(3).toInt() > 0)
            printedBefore.append(QStringLiteral("%1 (%2)").arg(tickets->value(2).toString(),
                                                               tickets->value(1).toString()));
        else if (tickets->value(4).toInt() == 0)
            toQueue.append({tickets->value(0).toLongLong(), tickets->value(1).toString()});
    }
    if (!printedBefore.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("already printed: %1; a second copy is a reprint "
                                        "with a reason")
                             .arg(printedBefore.join(QStringLiteral("; "))));
    QList<PrintJob> out;
    for (const auto &[ticket, code] : toQueue) {
        auto q = m_db.exec(QStringLiteral(
                               "INSERT INTO print_jobs (printer, ticket_id, order_id, code,"
                               " state, created_at) VALUES (?, ?, ?, ?, 'queued', ?)"),
                           {printerName, ticket, order.value, code, Database::timeText(now)});
        if (!q)
            return q.error();
        PrintJob j;
        j.id = q->lastInsertId().toLongLong();
        j.printer = printerName;
        j.ticket = TicketId(ticket);
        j.order = order;
        j.code = code;
        j.createdAt = now;
        out.append(j);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<QList<PrintJob>> PrintQueue::jobs(const QString &printer, PrintJobState state)
{
    return readJobs(m_db.exec(QStringLiteral("SELECT %1 FROM print_jobs WHERE printer = ?"
                                             " AND state = ? ORDER BY id")
                                  .arg(kJobColumns),
                              {printer, printJobStateName(state)}));
}

Result<QList<PrintJob>> PrintQueue::jobsOfOrder(OrderId order)
{
    return readJobs(m_db.exec(
        QStringLiteral("SELECT %1 FROM print_jobs WHERE order_id = ? ORDER BY id").arg(kJobColumns),
        {order.value}));
}

Result<PrintJob> PrintQueue::job(qint64 id)
{
    auto list = readJobs(
        m_db.exec(QStringLiteral("SELECT %1 FROM print_jobs WHERE id = ?").arg(kJobColumns), {id}));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("print job %1 not found").arg(id));
    return list->first();
}

Result<void> PrintQueue::transition(qint64 id,
                                    std::initializer_list<PrintJobState> from,
                                    PrintJobState to,
                                    const QString &detail,
                                    const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto current = job(id);
    if (!current)
        return current.error();
    if (std::find(from.begin(), from.end(), current->state) == from.end())
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("print job %1 is %2; it cannot become %3")
                             .arg(id)
                             .arg(printJobStateName(current->state), printJobStateName(to)));
    const QString column = to == PrintJobState::Sent ? QStringLiteral("sent_at")
                                                     : QStringLiteral("done_at");
    auto q = m_db.exec(QStringLiteral("UPDATE print_jobs SET state = ?, detail = ?, %1 = ?"
                                      " WHERE id = ?")
                           .arg(column),
                       {printJobStateName(to),
                        detail.isNull() ? current->detail : detail,
                        Database::timeText(now),
                        id});
    if (!q)
        return q.error();
    if (to == PrintJobState::Printed) {
        auto t = m_db.exec(QStringLiteral(
                               "UPDATE tickets SET print_count = print_count + 1 WHERE id = ?"),
                           {current->ticket.value});
        if (!t)
            return t.error();
    }
    return tx.commit();
}

Result<void> PrintQueue::markSent(qint64 id, const QDateTime &now)
{
    return transition(id, {PrintJobState::Queued}, PrintJobState::Sent, {}, now);
}

Result<void> PrintQueue::markPrinted(qint64 id, const QDateTime &now)
{
    return transition(id,
                      {PrintJobState::Sent, PrintJobState::Unknown},
                      PrintJobState::Printed,
                      QString(),
                      now);
}

Result<void> PrintQueue::markUnknown(qint64 id, const QString &detail, const QDateTime &now)
{
    return transition(id, {PrintJobState::Sent}, PrintJobState::Unknown, detail, now);
}

Result<void> PrintQueue::markNotSent(qint64 id, const QString &detail, const QDateTime &now)
{
    return transition(id, {PrintJobState::Sent}, PrintJobState::Queued, detail, now);
}

Result<void> PrintQueue::cancel(qint64 id, const QDateTime &now)
{
    return transition(id, {PrintJobState::Queued}, PrintJobState::Cancelled, {}, now);
}

Result<int> PrintQueue::recover(const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = m_db.exec(QStringLiteral(
                           "UPDATE print_jobs SET state = 'unknown', done_at = ?,"
                           " detail = 'interrupted while sending: check whether it printed'"
                           " WHERE state = 'sent'"),
                       {Database::timeText(now)});
    if (!q)
        return q.error();
    const int n = q->numRowsAffected();
    if (auto r = tx.commit(); !r)
        return r.error();
    return n;
}

Result<PrintJob> PrintQueue::reprint(TicketId ticket,
                                     const QString &printerName,
                                     const QString &reason,
                                     const QString &newCode,
                                     UserId user,
                                     const QDateTime &now)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a reprint needs a reason"));
    if (newCode.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a reprint needs a new code"));
    if (auto p = printer(printerName); !p)
        return p.error();
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto t = m_db.exec(QStringLiteral("SELECT order_id, barcode, label, status, print_count"
                                      " FROM tickets WHERE id = ?"),
                       {ticket.value});
    if (!t)
        return t.error();
    if (!t->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("ticket %1 not found").arg(ticket.value));
    const OrderId order(t->value(0).toLongLong());
    const QString oldCode = t->value(1).toString();
    const QString label = t->value(2).toString();
    if (t->value(3).toString() != u"valid")
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("ticket %1 is %2; only a valid ticket is reprinted")
                             .arg(label, t->value(3).toString()));
    auto open = m_db.scalar(QStringLiteral("SELECT count(*) FROM print_jobs WHERE ticket_id = ?"
                                           " AND state IN ('unknown', 'printed')"),
                            {ticket.value});
    if (!open)
        return open.error();
    if (t->value(4).toInt() == 0 && open->toInt() == 0)
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("ticket %1 was never printed; print it instead").arg(label));
    auto sending = m_db.scalar(QStringLiteral("SELECT count(*) FROM print_jobs WHERE"
                                              " ticket_id = ? AND state = 'sent'"),
                               {ticket.value});
    if (!sending)
        return sending.error();
    if (sending->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("ticket %1 is being printed right now").arg(label));
    auto last = m_db.scalar(
        QStringLiteral("SELECT coalesce(max(reprint), 0) FROM print_jobs WHERE ticket_id = ?"),
        {ticket.value});
    if (!last)
        return last.error();
    const int number = last->toInt() + 1;
    const QString when = Database::timeText(now);
    auto voided = m_db.exec(QStringLiteral("INSERT INTO void_ticket_codes (code, ticket_id,"
                                           " voided_at, reason) VALUES (?, ?, ?, ?)"),
                            {oldCode, ticket.value, when, reason});
    if (!voided)
        return voided.error();
    auto recode = m_db.exec(QStringLiteral("UPDATE tickets SET barcode = ? WHERE id = ?"),
                            {newCode, ticket.value});
    if (!recode)
        return recode.error();
    auto cancelOpen = m_db.exec(QStringLiteral(
                                    "UPDATE print_jobs SET state = 'cancelled', done_at = ?,"
                                    " detail = 'replaced by reprint' WHERE ticket_id = ?"
                                    " AND state IN ('queued', 'unknown')"),
                                {when, ticket.value});
    if (!cancelOpen)
        return cancelOpen.error();
    auto ins = m_db.exec(QStringLiteral(
                             "INSERT INTO print_jobs (printer, ticket_id, order_id, code,"
                             " reprint, reason, state, created_at, user_id)"
                             " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)"),
                         {printerName,
                          ticket.value,
                          order.value,
                          newCode,
                          number,
                          reason,
                          when,
                          user.isValid() ? QVariant(user.value) : QVariant()});
    if (!ins)
        return ins.error();
    const qint64 jobId = ins->lastInsertId().toLongLong();
    auto history = m_db.exec(QStringLiteral(
                                 "INSERT INTO order_history (order_id, at, event, detail, user_id)"
                                 " VALUES (?, ?, 'reprinted', ?, ?)"),
                             {order.value,
                              when,
                              QStringLiteral(
                                  "%1: DUPLICATE %2 on %3, reason: %4; code %5 voided, new code %6")
                                  .arg(label)
                                  .arg(number)
                                  .arg(printerName, reason.trimmed(), oldCode, newCode),
                              user.isValid() ? QVariant(user.value) : QVariant()});
    if (!history)
        return history.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return job(jobId);
}

Result<bool> PrintQueue::isVoided(const QString &code)
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM void_ticket_codes WHERE code = ?"),
                         {code});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<TicketPrintInfo> PrintQueue::ticketInfo(qint64 jobId)
{
    auto j = job(jobId);
    if (!j)
        return j.error();
    auto info = ticketInfoOf(j->ticket);
    if (!info)
        return info;
    info->code = j->code;
    info->reprint = j->reprint;
    return info;
}

Result<TicketPrintInfo> PrintQueue::ticketInfoOf(TicketId ticket)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT o.number, pr.title, p.starts_at, v.name, coalesce(v.time_zone, ''),"
            " p.plan_id, coalesce(t.seat_id, 0), coalesce(t.zone_id, 0), t.category_id,"
            " pt.name, t.price, o.currency, t.label,"
            " trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')),"
            " coalesce(ch.name, ''), t.order_id, t.barcode,"
            " (SELECT coalesce(max(reprint), 0) FROM print_jobs j WHERE j.ticket_id = t.id),"
            " coalesce(o.channel_id, 0)"
            " FROM tickets t JOIN orders o ON o.id = t.order_id"
            " JOIN performances p ON p.id = t.performance_id"
            " JOIN productions pr ON pr.id = p.production_id"
            " JOIN venues v ON v.id = p.venue_id"
            " JOIN price_types pt ON pt.id = t.price_type_id"
            " LEFT JOIN customers c ON c.id = o.customer_id"
            " LEFT JOIN channels ch ON ch.id = o.channel_id WHERE t.id = ?"),
        {ticket.value});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("ticket %1 not found").arg(ticket.value));
    TicketPrintInfo i;
    i.ticket = ticket;
    i.order = OrderId(q->value(15).toLongLong());
    i.orderNumber = q->value(0).toString();
    i.production = q->value(1).toString();
    i.startsAt = Database::timeFromText(q->value(2).toString());
    i.venue = q->value(3).toString();
    i.timeZone = q->value(4).toString();
    i.plan = SeatPlanId(q->value(5).toLongLong());
    i.seat = SeatId(q->value(6).toLongLong());
    i.zone = ZoneId(q->value(7).toLongLong());
    i.category = CategoryId(q->value(8).toLongLong());
    i.priceType = q->value(9).toString();
    i.price = Money(q->value(10).toLongLong(), Currency::fromCode(q->value(11).toString()));
    i.label = q->value(12).toString();
    i.customer = q->value(13).toString();
    i.channel = q->value(14).toString();
    i.code = q->value(16).toString();
    i.reprint = q->value(17).toInt();
    i.channelId = ChannelId(q->value(18).toLongLong());
    return i;
}

Result<PrintSettings> PrintQueue::settings()
{
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM print_settings"));
    if (!q)
        return q.error();
    PrintSettings s;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == u"ticket_printer")
            s.ticketPrinter = value;
        else if (key == u"receipt_printer")
            s.receiptPrinter = value;
        else if (key == u"receipt_after_sale")
            s.receiptAfterSale = value == u"1";
        else if (key == u"terminal")
            s.terminal = value;
    }
    return s;
}

Result<void> PrintQueue::saveSettings(const PrintSettings &s)
{
    for (const QString &name : {s.ticketPrinter, s.receiptPrinter}) {
        if (name.isEmpty())
            continue;
        if (auto p = printer(name); !p)
            return p.error();
    }
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const std::array<std::pair<const char *, QString>, 4> values{{
        {"ticket_printer", s.ticketPrinter},
        {"receipt_printer", s.receiptPrinter},
        {"receipt_after_sale", s.receiptAfterSale ? QStringLiteral("1") : QStringLiteral("0")},
        {"terminal", s.terminal.trimmed()},
    }};
    for (const auto &[key, value] : values) {
        auto q = m_db.exec(QStringLiteral(
                               "INSERT INTO print_settings (key, value) VALUES (?, ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           {QString::fromLatin1(key), value});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<QList<ChannelName>> PrintQueue::channels()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM channels ORDER BY id"));
    if (!q)
        return q.error();
    QList<ChannelName> out;
    while (q->next())
        out.append(ChannelName{ChannelId(q->value(0).toLongLong()), q->value(1).toString()});
    return out;
}

Result<void> PrintQueue::assignLayout(const QString &printerName,
                                      ChannelId channel,
                                      const QString &layout)
{
    if (auto p = printer(printerName); !p)
        return p.error();
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = layout.isEmpty()
                 ? m_db.exec(QStringLiteral(
                                 "DELETE FROM print_layouts WHERE printer = ? AND channel_id = ?"),
                             {printerName, channel.value})
                 : m_db.exec(QStringLiteral(
                                 "INSERT INTO print_layouts (printer, channel_id, layout)"
                                 " VALUES (?, ?, ?) ON CONFLICT (printer, channel_id)"
                                 " DO UPDATE SET layout = excluded.layout"),
                             {printerName, channel.value, layout});
    if (!q)
        return q.error();
    return tx.commit();
}

Result<QList<LayoutAssignment>> PrintQueue::layoutAssignments()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT printer, channel_id, layout FROM print_layouts ORDER BY printer, channel_id"));
    if (!q)
        return q.error();
    QList<LayoutAssignment> out;
    while (q->next())
        out.append(LayoutAssignment{q->value(0).toString(),
                                    ChannelId(q->value(1).toLongLong()),
                                    q->value(2).toString()});
    return out;
}

Result<QString> PrintQueue::layoutFor(const QString &printerName, ChannelId channel)
{
    auto assigned = m_db.scalar(QStringLiteral("SELECT layout FROM print_layouts"
                                               " WHERE printer = ? AND channel_id = ?"),
                                {printerName, channel.value});
    if (!assigned)
        return assigned.error();
    if (assigned->isValid())
        return assigned->toString();
    auto p = printer(printerName);
    if (!p)
        return p.error();
    return p->layout;
}

Result<ReceiptInfo> PrintQueue::receiptInfo(OrderId order)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT o.number, o.status, o.created_at, pr.title, p.starts_at, v.name,"
            " coalesce(v.time_zone, ''), p.vat_bp, o.currency, o.total, coalesce(u.name, ''),"
            " coalesce(ch.name, ''),"
            " trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''))"
            " FROM orders o JOIN performances p ON p.id = o.performance_id"
            " JOIN productions pr ON pr.id = p.production_id"
            " JOIN venues v ON v.id = p.venue_id"
            " LEFT JOIN users u ON u.id = o.user_id"
            " LEFT JOIN channels ch ON ch.id = o.channel_id"
            " LEFT JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"),
        {order.value});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("order %1 not found").arg(order.value));
    ReceiptInfo r;
    r.order = order;
    r.orderNumber = q->value(0).toString();
    r.status = q->value(1).toString();
    r.createdAt = Database::timeFromText(q->value(2).toString());
    r.production = q->value(3).toString();
    r.startsAt = Database::timeFromText(q->value(4).toString());
    r.venue = q->value(5).toString();
    r.timeZone = q->value(6).toString();
    r.vatBasisPoints = q->value(7).toLongLong();
    const Currency currency = Currency::fromCode(q->value(8).toString());
    r.total = Money(q->value(9).toLongLong(), currency);
    r.cashier = q->value(10).toString();
    r.channel = q->value(11).toString();
    r.customer = q->value(12).toString();
    auto lines = m_db.exec(QStringLiteral("SELECT t.label, pt.name, t.price, t.active"
                                          " FROM tickets t"
                                          " JOIN price_types pt ON pt.id = t.price_type_id"
                                          " WHERE t.order_id = ? ORDER BY t.id"),
                           {order.value});
    if (!lines)
        return lines.error();
    while (lines->next())
        r.lines.append(ReceiptInfo::Line{lines->value(0).toString(),
                                         lines->value(1).toString(),
                                         Money(lines->value(2).toLongLong(), currency),
                                         lines->value(3).toInt() == 1});
    auto paid = m_db.exec(QStringLiteral("SELECT method, amount, currency, at FROM payments"
                                         " WHERE order_id = ? ORDER BY id"),
                          {order.value});
    if (!paid)
        return paid.error();
    while (paid->next())
        r.payments.append(ReceiptInfo::Paid{paid->value(0).toString(),
                                            Money(paid->value(1).toLongLong(),
                                                  Currency::fromCode(paid->value(2).toString())),
                                            Database::timeFromText(paid->value(3).toString())});
    return r;
}

} // namespace parkett
