// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/demoseeder.h"

#include "core/basket.h"
#include "core/demodata.h"
#include "storage/catalogrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/salesservice.h"
#include "storage/userpasswords.h"

namespace parkett {

Result<bool> isEmptyDatabase(Database &db)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM venues"));
    if (!n)
        return n.error();
    return n->toInt() == 0;
}

Result<DemoSeedReport> seedDemo(Database &db, const QDateTime &now)
{
    auto empty = isEmptyDatabase(db);
    if (!empty)
        return empty.error();
    if (!*empty)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("%1 already has a venue; the demo is only seeded into an empty database")
                .arg(db.path()));
    DemoData demo = buildDemoData(now.toLocalTime().date());
    DemoSeedReport report;
    TransactionGuard all(db);
    if (!all.isActive())
        return all.beginError();
    QList<PerformanceId> performances;
    SeatPlan plan;
    QList<CustomerId> customers;
    UserId counterUser;
    ChannelId boxOffice, phone;
    {
        TransactionGuard tx(db);
        if (!tx.isActive())
            return tx.beginError();
        CatalogRepository catalog(db);
        auto venue = catalog.addVenue(demo.venue);
        if (!venue)
            return venue.error();
        auto planId = catalog.addPlan(*venue, demo.plan, now);
        if (!planId)
            return planId.error();
        auto production = catalog.addProduction(demo.production);
        if (!production)
            return production.error();
        if (auto r = catalog.savePriceTypes(demo.priceTypes); !r)
            return r.error();
        for (Performance p : demo.performances) {
            p.production = *production;
            p.venue = *venue;
            p.plan = *planId;
            auto id = catalog.addPerformance(p, demo.prices);
            if (!id)
                return id.error();
            performances.append(*id);
        }
        for (const Channel &c : demo.channels) {
            auto id = catalog.addChannel(c);
            if (!id)
                return id.error();
            (c.kind == SalesChannelKind::Phone ? phone : boxOffice) = *id;
        }
        for (const User &u : demo.users) {
            auto id = catalog.addUser(u);
            if (!id)
                return id.error();
            if (!counterUser.isValid())
                counterUser = *id;
            // The demo's supervisor can approve a sale to a blocked customer right away.
            if (u.role == Role::Supervisor || u.role == Role::Admin) {
                if (auto r = UserPasswords(db).setPassword(*id, demoPassword()); !r)
                    return r.error();
            }
        }
        CustomerRepository customerRepo(db);
        for (Customer c : demo.customers) {
            c.createdAt = now;
            auto id = customerRepo.add(c);
            if (!id)
                return id.error();
            customers.append(*id);
        }
        if (auto r = tx.commit(); !r)
            return r.error();
        report.performances = int(performances.size());
        report.customers = int(customers.size());
        report.seats = int(demo.plan.seats().size());
        plan = demo.plan;
    }

    // A few orders through the real sales path. Ticket codes are derived, not random, so the
    // same seeding day gives the same database.
    int codeCounter = 0;
    SalesService::BarcodeSource codes = [&codeCounter] {
        return QStringLiteral("DEMO%1").arg(++codeCounter, 12, 10, QLatin1Char('0'));
    };
    CatalogRepository catalog(db);
    auto priceTypes = catalog.priceTypes();
    if (!priceTypes)
        return priceTypes.error();
    auto seatIn = [&](const QString &section, const QString &row, const QString &seat) {
        for (const Seat &s : plan.seats()) {
            const int i = plan.seatIndex(s.id);
            if (s.label == seat && plan.rowLabelOf(i) == row && plan.sectionNameOf(i) == section)
                return s.id;
        }
        return SeatId();
    };
    struct DemoOrder
    {
        int performance;
        int customer;
        QList<QPair<QString, QString>> seats; // row, seat in the stalls
        int standing;
        bool reserve;
        int priceTypeOfSecond; // index into price types for the second ticket
        ChannelId *channel;
    };
    const QList<DemoOrder> orders = {
        {0,
         0,
         {{QStringLiteral("C"), QStringLiteral("11")}, {QStringLiteral("C"), QStringLiteral("12")}},
         0,
         false,
         0,
         &boxOffice},
        {0,
         3,
         {{QStringLiteral("E"), QStringLiteral("5")},
          {QStringLiteral("E"), QStringLiteral("6")},
          {QStringLiteral("E"), QStringLiteral("7")}},
         0,
         false,
         1,
         &boxOffice},
        {0, 5, {}, 4, false, 2, &phone},
        {1,
         7,
         {{QStringLiteral("A"), QStringLiteral("13")}, {QStringLiteral("A"), QStringLiteral("14")}},
         0,
         false,
         2,
         &phone},
        {1,
         9,
         {{QStringLiteral("H"), QStringLiteral("1")}, {QStringLiteral("H"), QStringLiteral("2")}},
         0,
         true,
         0,
         &phone},
        {2, 12, {{QStringLiteral("B"), QStringLiteral("20")}}, 2, true, 1, &boxOffice},
    };
    for (const DemoOrder &o : orders) {
        auto prices = catalog.priceList(performances.at(o.performance));
        if (!prices)
            return prices.error();
        Basket basket(performances.at(o.performance), &plan, *prices, *priceTypes);
        for (const auto &[row, seat] : o.seats) {
            if (auto r = basket.addSeat(seatIn(QStringLiteral("Stalls"), row, seat)); !r)
                return r.error();
        }
        if (o.standing > 0) {
            if (auto r = basket.setStandingQuantity(plan.zones().first().id, o.standing); !r)
                return r.error();
        }
        if (basket.size() > 1)
            (void) basket.setPriceType(1, priceTypes->at(o.priceTypeOfSecond).id);
        basket.setCustomer(customers.at(o.customer));
        SalesService sales(db, SalesContext{counterUser, *o.channel}, codes);
        auto placed = o.reserve ? sales.reserve(basket, now.addDays(3), now)
                                : sales.sell(basket, PaymentMethod::Card, now);
        if (!placed)
            return placed.error();
        ++report.orders;
    }
    if (auto r = all.commit(); !r)
        return r.error();
    return report;
}

} // namespace parkett
