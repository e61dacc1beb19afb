// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money.h"

#include <QDateTime>
#include <QString>

namespace parkett::printing {

/** What a layout field can show of a ticket. */
enum class Binding {
    None,
    Production,
    Date,     ///< performance date in the venue's locale and time zone
    Time,     ///< performance start time, ditto
    DateTime, ///< both
    Venue,
    Seat,    ///< "Stalls · Row C · Seat 7", or "Standing"
    Section, ///< section name, or "Standing"
    Row,
    SeatNumber,
    Category, ///< price category and price type: "Category A · Adult"
    Price,
    Fee,
    OrderNumber,
    Customer,
    Channel,
    Terms,
    Code,      ///< the ticket's unique code (also what barcodes carry)
    Duplicate, ///< "DUPLICATE 2" on a reprint, empty on the first print
};

QString bindingName(Binding binding);
Binding bindingFromName(QStringView name);

/** One ticket as the renderers see it: plain values, filled in by whoever has the order
    (printing never reads the database). */
struct TicketData
{
    QString production;
    QDateTime startsAt; ///< any time spec; shown in \c timeZone
    QString timeZone;   ///< IANA name of the venue's zone; empty = as given
    QString locale;     ///< BCP 47 name of the venue's locale, "da_DK"
    QString venue;
    QString section; ///< empty for a standing ticket
    QString row;
    QString seat;
    bool standing = false;
    QString category;
    QString priceType;
    Money price;
    Money fee;
    QString orderNumber;
    QString customer;
    QString channel;
    QString terms;
    QString code;
    int reprint = 0; ///< 0 = the first print; n = the n-th reprint ("DUPLICATE n")

    /** The text a bound field shows. */
    QString text(Binding binding) const;
    QString dateText() const;
    QString timeText() const;
    QString seatText() const;

    /** A fixed, complete ticket for previews, golden tests and benchmarks. */
    static TicketData sample();
};

} // namespace parkett::printing
