// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog.h"
#include "core/customer.h"
#include "core/seatplan.h"

#include <QDateTime>
#include <QList>

namespace parkett {

/** The demo venue, built the same way every time: a theatre with straight stalls rows, a
    curved balcony, angled side seats, wheelchair places and a standing zone. */
struct DemoData
{
    Venue venue;
    SeatPlan plan;
    Production production;
    QList<PriceType> priceTypes;
    PriceList prices;
    QList<Performance> performances; ///< four, in the weeks after the seeding date
    QList<Customer> customers;       ///< twenty
    QList<Channel> channels;
    QList<User> users;
};

/** The demo's password, "parkett-demo": the local demo's supervisor has it (to approve a sale
    to a customer blocked from sale), and so do the server's demo users. */
QString demoPassword();

/** Builds the demo data. Performances are placed relative to \a today at 19:30 local time. */
DemoData buildDemoData(const QDate &today);

/** Deterministic customer \a n (0-based) for generated data sets of any size. */
Customer generatedCustomer(qint64 n);

} // namespace parkett
