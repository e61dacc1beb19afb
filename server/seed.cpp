// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/seed.h"

#include "core/demodata.h"
#include "server/pg.h"
#include "server/service.h"

#include <QJsonDocument>

namespace parkett::server {

namespace {

qint64 insertVenueAndPlan(PgConnection &c, const Venue &venue, const SeatPlan &plan, qint64 *planId)
{
    const qint64 venueId = c.query(
                                "INSERT INTO venues (name, address, time_zone) VALUES ($1, $2, $3)"
                                " RETURNING id",
                                PgParams() << venue.name << venue.address
                                           << (venue.timeZone.isEmpty() ? QStringLiteral("UTC")
                                                                        : venue.timeZone))
                               .integer(0, 0);
    int standing = 0;
    for (const StandingZone &z : plan.zones())
        standing += z.capacity;
    *planId = c.query("INSERT INTO seat_plans (venue_id, version, name, seat_count,"
                      " standing_capacity, document) VALUES ($1, 1, $2, $3, $4, $5) RETURNING id",
                      PgParams() << venueId << (plan.name().isEmpty() ? venue.name : plan.name())
                                 << int(plan.seats().size()) << standing
                                 << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact))
                  .integer(0, 0);
    return venueId;
}

qint64 insertPerformance(PgConnection &c,
                         qint64 production,
                         qint64 venue,
                         qint64 plan,
                         const SeatPlan &seatPlan,
                         const QDateTime &startsAt,
                         const QString &currency,
                         int vatBp)
{
    const qint64 id = c.query("INSERT INTO performances (production_id, venue_id, plan_id,"
                              " starts_at, sales_end, status, currency, vat_bp)"
                              " VALUES ($1, $2, $3, $4, $4, 'on-sale', $5, $6) RETURNING id",
                              PgParams()
                                  << production << venue << plan << startsAt << currency << vatBp)
                          .integer(0, 0);
    for (const StandingZone &z : seatPlan.zones())
        c.query("INSERT INTO zone_capacity (performance_id, zone_id, category_id, capacity)"
                " VALUES ($1, $2, $3, $4)",
                PgParams() << id << z.id.value << z.category.value << z.capacity);
    return id;
}

} // namespace

Result<qint64> seedDemo(PgConnection &c, const QString &password, const QDate &today)
{
    try {
        if (c.exec("SELECT count(*) FROM venues").integer(0, 0) > 0)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("the database has venues already; not seeding"));
        const DemoData demo = buildDemoData(today);
        c.exec("BEGIN");
        qint64 planId = 0;
        const qint64 venueId = insertVenueAndPlan(c, demo.venue, demo.plan, &planId);
        const qint64 production = c.query("INSERT INTO productions (title, description,"
                                          " duration_minutes) VALUES ($1, $2, $3) RETURNING id",
                                          PgParams() << demo.production.title
                                                     << demo.production.description
                                                     << demo.production.durationMinutes)
                                      .integer(0, 0);
        QHash<qint64, qint64> priceTypeIds;
        for (const PriceType &t : demo.priceTypes)
            priceTypeIds.insert(t.id.value,
                                c.query("INSERT INTO price_types (code, name, sort_order)"
                                        " VALUES ($1, $2, $3) RETURNING id",
                                        PgParams() << t.code << t.name << t.sortOrder)
                                    .integer(0, 0));
        qint64 first = 0;
        for (const Performance &p : demo.performances) {
            const qint64 id = insertPerformance(c,
                                                production,
                                                venueId,
                                                planId,
                                                demo.plan,
                                                p.startsAt,
                                                demo.prices.currency().code(),
                                                int(p.vatRateBasisPoints));
            if (first == 0)
                first = id;
            for (const PriceList::Entry &e : demo.prices.entries())
                c.query("INSERT INTO prices (performance_id, category_id, price_type_id, amount)"
                        " VALUES ($1, $2, $3, $4)",
                        PgParams() << id << e.category.value << priceTypeIds.value(e.type.value)
                                   << e.price.minorUnits());
        }
        const qint64 boxOffice = c.exec("INSERT INTO channels (name, kind) VALUES"
                                        " ('Box office', 'box-office') RETURNING id")
                                     .integer(0, 0);
        const qint64 phone = c.exec("INSERT INTO channels (name, kind) VALUES"
                                    " ('Phone sales', 'phone') RETURNING id")
                                 .integer(0, 0);
        const qint64 outlet = c.exec("INSERT INTO channels (name, kind) VALUES"
                                     " ('Outlet Nørreport', 'outlet') RETURNING id")
                                  .integer(0, 0);
        const QByteArray hash = Service::hashPassword(password);
        const struct
        {
            const char *login;
            const char *name;
            const char *role;
            qint64 channel;
        } users[] = {{"admin", "Administrator", "admin", boxOffice},
                     {"supervisor", "Supervisor", "supervisor", boxOffice},
                     {"counter", "Counter staff", "box-office", boxOffice},
                     {"phone", "Phone agent", "phone-agent", phone},
                     {"outlet", "Outlet clerk", "outlet", outlet}};
        for (const auto &u : users)
            c.query("INSERT INTO users (login, name, role, channel_id, password_hash)"
                    " VALUES ($1, $2, $3, $4, $5)",
                    PgParams() << u.login << QString::fromUtf8(u.name) << u.role << u.channel
                               << hash);
        c.query("INSERT INTO terminals (name, channel_id) VALUES ('Counter 1', $1),"
                " ('Phone desk', $2), ('Outlet 1', $3)",
                PgParams() << boxOffice << phone << outlet);
        for (const Customer &cu : demo.customers)
            c.query("INSERT INTO customers (number, first_name, last_name, email, phone,"
                    " channel_id) VALUES ($1, $2, $3, $4, $5, $6)",
                    PgParams() << cu.number << cu.firstName << cu.lastName << cu.email << cu.phone
                               << boxOffice);
        c.exec("COMMIT");
        return first;
    } catch (const PgError &e) {
        c.rollback();
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("seeding failed: %1").arg(e.message()));
    }
}

Result<qint64> seedPlanPerformance(PgConnection &c, const SeatPlan &plan, const QString &title)
{
    try {
        c.exec("BEGIN");
        qint64 planId = 0;
        const qint64 venueId = insertVenueAndPlan(c, Venue{VenueId(), title, {}, {}}, plan, &planId);
        const qint64 production = c.query("INSERT INTO productions (title) VALUES ($1)"
                                          " RETURNING id",
                                          PgParams() << title)
                                      .integer(0, 0);
        const qint64 id = insertPerformance(c,
                                            production,
                                            venueId,
                                            planId,
                                            plan,
                                            QDateTime::currentDateTimeUtc().addDays(1),
                                            QStringLiteral("EUR"),
                                            1900);
        c.exec("INSERT INTO price_types (code, name) VALUES ('adult', 'Adult')"
               " ON CONFLICT (code) DO NOTHING");
        const qint64 adult = c.exec("SELECT id FROM price_types WHERE code = 'adult'").integer(0, 0);
        for (int i = 0; i < plan.categories().size(); ++i)
            c.query("INSERT INTO prices (performance_id, category_id, price_type_id, amount)"
                    " VALUES ($1, $2, $3, $4)",
                    PgParams() << id << plan.categories().at(i).id.value << adult
                               << qint64(5000 - 500 * i));
        c.exec("COMMIT");
        return id;
    } catch (const PgError &e) {
        c.rollback();
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("seeding failed: %1").arg(e.message()));
    }
}

} // namespace parkett::server
