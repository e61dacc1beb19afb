// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/rulescommands.h"

#include "cli/commands.h"
#include "core/basket.h"
#include "core/bestavailable.h"
#include "core/holds.h"
#include "core/orderrules.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/holdrepository.h"
#include "storage/salesservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parkett::cli {

namespace {

struct Rc
{
    const QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QDateTime now;
    bool json = false;
    std::unique_ptr<Database> db;
};

int fail(Rc &c, const QString &message, int code = Failed)
{
    if (c.json)
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    c.err << "parkett-cli: " << message << '\n';
    return code;
}

void printJson(Rc &c, const QJsonObject &o)
{
    c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool openDb(Rc &c)
{
    const QString path = c.parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        fail(c, QStringLiteral("--db FILE is required"), Usage);
        return false;
    }
    auto db = Database::open(path);
    if (!db) {
        fail(c, db.error().message);
        return false;
    }
    c.db = std::move(*db);
    return true;
}

/** The performance of --performance with its plan. */
struct Loaded
{
    Performance performance;
    SeatPlan plan;
};

Result<Loaded> loadPerformance(Rc &c)
{
    bool ok = false;
    const PerformanceId id(c.parser.value(QStringLiteral("performance")).toLongLong(&ok));
    if (!ok || !id.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--performance ID is required (see 'performances list')"));
    CatalogRepository catalog(*c.db);
    auto performance = catalog.performance(id);
    if (!performance)
        return performance.error();
    auto plan = catalog.plan(performance->plan);
    if (!plan)
        return plan.error();
    return Loaded{*performance, std::move(*plan)};
}

/** The user of --user LOGIN, or the counter's box-office user when not given. */
Result<UserId> userOption(Rc &c)
{
    CatalogRepository catalog(*c.db);
    const QString login = c.parser.value(QStringLiteral("user"));
    if (login.isEmpty()) {
        const UserId counter = SalesService::boxOfficeContext(catalog).user;
        if (!counter.isValid())
            return makeError(ErrorCode::NotFound, QStringLiteral("there is no box-office user"));
        return counter;
    }
    auto users = catalog.users();
    if (!users)
        return users.error();
    for (const User &u : *users) {
        if (u.login.compare(login, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no user \"%1\"").arg(login));
}

/** ROW-SEAT or SECTION/ROW-SEAT, as the sell command reads them. */
Result<SeatId> seatNamed(const SeatPlan &plan, const QString &spec)
{
    QString section;
    QString rest = spec.trimmed();
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        section = rest.left(slash);
        rest = rest.mid(slash + 1);
    }
    const qsizetype dash = rest.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("seat \"%1\" is not ROW-SEAT or SECTION/ROW-SEAT").arg(spec));
    const QString row = rest.left(dash), number = rest.mid(dash + 1);
    QList<SeatId> found;
    for (int i = 0; i < plan.seats().size(); ++i) {
        if (plan.seats().at(i).label.compare(number, Qt::CaseInsensitive) == 0
            && plan.rowLabelOf(i).compare(row, Qt::CaseInsensitive) == 0
            && (section.isEmpty()
                || plan.sectionNameOf(i).compare(section, Qt::CaseInsensitive) == 0))
            found.append(plan.seats().at(i).id);
    }
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("there is no seat \"%1\" in the plan").arg(spec));
    if (found.size() > 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("seat \"%1\" exists in several sections; write SECTION/%1")
                             .arg(spec));
    return found.first();
}

Result<QList<SeatId>> seatsOption(Rc &c, const SeatPlan &plan)
{
    QList<SeatId> out;
    const QStringList specs = c.parser.value(QStringLiteral("seats"))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &spec : specs) {
        auto seat = seatNamed(plan, spec);
        if (!seat)
            return seat.error();
        out.append(*seat);
    }
    return out;
}

QJsonArray seatsJson(const SeatPlan &plan, const QList<SeatId> &seats)
{
    QJsonArray a;
    for (SeatId id : seats) {
        const int i = plan.seatIndex(id);
        a.append(QJsonObject{{QStringLiteral("id"), id.value},
                             {QStringLiteral("label"),
                              i < 0 ? QString::number(id.value) : seatName(plan, i)}});
    }
    return a;
}

int rulesCheck(Rc &c)
{
    auto loaded = loadPerformance(c);
    if (!loaded)
        return fail(c, loaded.error().message, Usage);
    auto seats = seatsOption(c, loaded->plan);
    if (!seats)
        return fail(c, seats.error().message, Usage);
    if (seats->isEmpty())
        return fail(c, QStringLiteral("--seats ROW-SEAT,... is required"), Usage);
    CatalogRepository catalog(*c.db);
    auto prices = catalog.priceList(loaded->performance.id);
    auto types = catalog.priceTypes();
    if (!prices || !types)
        return fail(c, (!prices ? prices.error() : types.error()).message);
    Basket basket(loaded->performance.id, &loaded->plan, *prices, *types);
    for (SeatId s : std::as_const(*seats)) {
        if (auto r = basket.addSeat(s); !r)
            return fail(c, r.error().message);
    }
    const QStringList codes = c.parser.value(QStringLiteral("price-type"))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < basket.size() && !codes.isEmpty(); ++i) {
        const QString code = codes.size() == 1 ? codes.first() : codes.value(i);
        for (const PriceType &t : std::as_const(*types)) {
            if (t.code.compare(code, Qt::CaseInsensitive) == 0)
                (void) basket.setPriceType(i, t.id);
        }
    }
    const bool reservation = c.parser.isSet(QStringLiteral("reservation"));
    // Checked as the sale would be: against the stored state, seats free, holds and rules.
    auto inventory = catalog.inventory(loaded->performance.id, loaded->plan);
    if (!inventory)
        return fail(c, inventory.error().message);
    const SeatNeighbours geometry(loaded->plan);
    OrderRequest request;
    request.seats = *seats;
    request.orderType = reservation ? QStringLiteral("reservation") : QStringLiteral("sale");
    for (const BasketLine &line : basket.lines()) {
        QString code;
        for (const PriceType &t : std::as_const(*types)) {
            if (t.id == line.priceType)
                code = t.code;
        }
        request.priceTypes.append(code);
    }
    const RuleCheck check = checkOrder(geometry,
                                       SeatClaims::fromInventory(loaded->plan, *inventory, c.now),
                                       request);
    if (c.json) {
        QJsonArray violations;
        for (const RuleViolation &v : check.violations)
            violations.append(
                QJsonObject{{QStringLiteral("kind"), ruleViolationKindName(v.kind)},
                            {QStringLiteral("area"),
                             v.area >= 0 ? QJsonValue(loaded->plan.areas().at(v.area).name)
                                         : QJsonValue()},
                            {QStringLiteral("seats"), seatsJson(loaded->plan, v.seats)},
                            {QStringLiteral("message"), v.message}});
        printJson(c,
                  QJsonObject{{QStringLiteral("ok"), check.isOk()},
                              {QStringLiteral("seats"), seatsJson(loaded->plan, *seats)},
                              {QStringLiteral("violations"), violations}});
    } else if (check.isOk()) {
        c.out << "OK: the rules allow " << seats->size() << " seat(s)\n";
    } else {
        c.out << "Refused:\n";
        for (const RuleViolation &v : check.violations)
            c.out << "  " << v.message << '\n';
    }
    return check.isOk() ? Ok : Failed;
}

int rulesBlocked(Rc &c)
{
    auto loaded = loadPerformance(c);
    if (!loaded)
        return fail(c, loaded.error().message, Usage);
    auto inventory = CatalogRepository(*c.db).inventory(loaded->performance.id, loaded->plan);
    if (!inventory)
        return fail(c, inventory.error().message);
    const SeatNeighbours geometry(loaded->plan);
    const BlockedSeats blocked = computeBlockedSeats(geometry,
                                                     SeatClaims::fromInventory(loaded->plan,
                                                                               *inventory,
                                                                               c.now));
    QJsonArray a;
    for (int i = 0; i < blocked.size(); ++i) {
        if (!blocked.isBlocked(i))
            continue;
        const QString reason = blockReasonText(loaded->plan, blocked.reason(i));
        if (c.json)
            a.append(QJsonObject{{QStringLiteral("id"), loaded->plan.seats().at(i).id.value},
                                 {QStringLiteral("label"), seatName(loaded->plan, i)},
                                 {QStringLiteral("kind"), blockKindName(blocked.reason(i).kind)},
                                 {QStringLiteral("reason"), reason}});
        else
            c.out << seatName(loaded->plan, i).leftJustified(24) << "  " << reason << '\n';
    }
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("blocked"), a}});
    return Ok;
}

int best(Rc &c)
{
    auto loaded = loadPerformance(c);
    if (!loaded)
        return fail(c, loaded.error().message, Usage);
    bool ok = false;
    BestAvailableRequest request;
    request.count = c.parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || request.count <= 0)
        return fail(c, QStringLiteral("--count takes a positive number of seats"), Usage);
    const SeatPlan &plan = loaded->plan;
    if (c.parser.isSet(QStringLiteral("category"))) {
        const QString wanted = c.parser.value(QStringLiteral("category"));
        for (const Category &cat : plan.categories()) {
            if (cat.name.compare(wanted, Qt::CaseInsensitive) == 0
                || QString::number(cat.id.value) == wanted)
                request.categories.append(cat.id);
        }
        if (request.categories.isEmpty())
            return fail(c, QStringLiteral("no category \"%1\" in the plan").arg(wanted), Usage);
    }
    if (c.parser.isSet(QStringLiteral("section"))) {
        const QString wanted = c.parser.value(QStringLiteral("section"));
        for (const Section &s : plan.sections()) {
            if (s.name.compare(wanted, Qt::CaseInsensitive) == 0)
                request.section = s.id;
        }
        if (!request.section.isValid())
            return fail(c, QStringLiteral("no section \"%1\" in the plan").arg(wanted), Usage);
    }
    request.wheelchairs = c.parser.value(QStringLiteral("wheelchairs")).toInt();
    auto inventory = CatalogRepository(*c.db).inventory(loaded->performance.id, plan);
    if (!inventory)
        return fail(c, inventory.error().message);
    for (const StandingZone &z : plan.zones())
        request.standingFree.insert(z.id, inventory->zoneCounts(z.id, c.now).free());
    const SeatNeighbours geometry(plan);
    const SeatClaims claims = SeatClaims::fromInventory(plan, *inventory, c.now);
    const BestAvailableResult result = findBestAvailable(geometry,
                                                         claims,
                                                         computeBlockedSeats(geometry, claims),
                                                         request);
    const StandingZone *zone = result.zone.isValid() ? plan.zone(result.zone) : nullptr;
    if (c.json) {
        QJsonObject o{{QStringLiteral("stage"), bestAvailableStageName(result.stage)},
                      {QStringLiteral("seats"), seatsJson(plan, result.seats)}};
        if (zone) {
            o.insert(QStringLiteral("zone"), zone->name);
            o.insert(QStringLiteral("standing"), result.standing);
        }
        printJson(c, o);
    } else if (result.isEmpty()) {
        c.out << "No " << request.count << " seat(s) found\n";
    } else {
        c.out << "Best " << request.count << " (" << bestAvailableStageName(result.stage) << "):";
        for (SeatId s : result.seats)
            c.out << ' ' << seatName(plan, plan.seatIndex(s));
        if (zone)
            c.out << ' ' << result.standing << " standing in " << zone->name;
        c.out << '\n';
    }
    return result.isEmpty() ? Failed : Ok;
}

QList<PerformanceId> performanceList(const QString &text)
{
    QList<PerformanceId> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return {};
        out.append(PerformanceId(id));
    }
    return out;
}

int holds(Rc &c, const QString &sub, const QString &codeArg)
{
    HoldRepository repo(*c.db);
    if (sub == QLatin1StringView("codes")) {
        auto codes = repo.codes();
        if (!codes)
            return fail(c, codes.error().message);
        QJsonArray a;
        for (const HoldCode &h : std::as_const(*codes)) {
            if (c.json)
                a.append(
                    QJsonObject{{QStringLiteral("code"), h.code},
                                {QStringLiteral("name"), h.name},
                                {QStringLiteral("color"), h.color},
                                {QStringLiteral("role"), h.role},
                                {QStringLiteral("releaseAt"),
                                 h.releaseAt.isValid() ? Database::timeText(h.releaseAt)
                                                       : QString()},
                                {QStringLiteral("releaseMinutesBefore"), h.releaseMinutesBefore}});
            else
                c.out << h.code.leftJustified(10) << "  " << h.name.leftJustified(24) << "  "
                      << h.color << "  " << (h.role.isEmpty() ? QStringLiteral("-") : h.role)
                      << '\n';
        }
        if (c.json)
            printJson(c, QJsonObject{{QStringLiteral("codes"), a}});
        return Ok;
    }
    if (sub == QLatin1StringView("create")) {
        if (codeArg.isEmpty())
            return fail(c, QStringLiteral("holds create CODE: the code is missing"), Usage);
        HoldCode h;
        h.code = codeArg;
        h.name = c.parser.value(QStringLiteral("name"));
        h.color = c.parser.value(QStringLiteral("color"));
        h.role = c.parser.value(QStringLiteral("role"));
        if (c.parser.isSet(QStringLiteral("release-at"))) {
            h.releaseAt = QDateTime::fromString(c.parser.value(QStringLiteral("release-at")),
                                                Qt::ISODate);
            if (!h.releaseAt.isValid())
                return fail(c, QStringLiteral("--release-at takes an ISO 8601 time"), Usage);
        }
        h.releaseMinutesBefore = c.parser.value(QStringLiteral("release-minutes")).toInt();
        TransactionGuard tx(*c.db);
        if (auto r = repo.saveCode(h); !r)
            return fail(c, r.error().message);
        if (auto r = tx.commit(); !r)
            return fail(c, r.error().message);
        if (c.json)
            printJson(c, QJsonObject{{QStringLiteral("code"), h.code}});
        else
            c.out << "Hold code " << h.code << " saved\n";
        return Ok;
    }
    auto loaded = loadPerformance(c);
    if (!loaded)
        return fail(c, loaded.error().message, Usage);
    const PerformanceId performance = loaded->performance.id;
    if (sub == QLatin1StringView("apply") || sub == QLatin1StringView("release")) {
        const bool apply = sub == QLatin1StringView("apply");
        if (codeArg.isEmpty())
            return fail(c, QStringLiteral("holds %1 CODE: the code is missing").arg(sub), Usage);
        auto seats = seatsOption(c, loaded->plan);
        if (!seats)
            return fail(c, seats.error().message, Usage);
        TransactionGuard tx(*c.db);
        int changed = 0;
        if (apply) {
            if (auto r = repo.holdSeats(performance, *seats, codeArg); !r)
                return fail(c, r.error().message);
            changed += int(seats->size());
            if (c.parser.isSet(QStringLiteral("standing"))) {
                const int quantity = c.parser.value(QStringLiteral("standing")).toInt();
                const QString zoneName = c.parser.value(QStringLiteral("zone"));
                const StandingZone *zone = nullptr;
                for (const StandingZone &z : loaded->plan.zones()) {
                    if (zoneName.isEmpty() || z.name.compare(zoneName, Qt::CaseInsensitive) == 0) {
                        zone = &z;
                        break;
                    }
                }
                if (!zone)
                    return fail(c, QStringLiteral("no standing zone \"%1\"").arg(zoneName), Usage);
                if (auto r = repo.holdStanding(performance, zone->id, codeArg, quantity); !r)
                    return fail(c, r.error().message);
                changed += quantity;
            }
        } else {
            auto user = userOption(c);
            if (!user)
                return fail(c, user.error().message, Usage);
            auto n = seats->isEmpty() ? repo.releaseCode(performance, codeArg, *user)
                                      : repo.releaseSeats(performance, *seats, *user);
            if (!n)
                return fail(c, n.error().message);
            changed = *n;
        }
        if (auto r = tx.commit(); !r)
            return fail(c, r.error().message);
        if (c.json)
            printJson(c,
                      QJsonObject{
                          {apply ? QStringLiteral("held") : QStringLiteral("released"), changed}});
        else
            c.out << (apply ? "Held " : "Released ") << changed << " place(s)\n";
        return Ok;
    }
    if (sub == QLatin1StringView("list")) {
        auto held = repo.holds(performance);
        if (!held)
            return fail(c, held.error().message);
        QJsonArray seats, zones;
        for (const PerformanceHolds::SeatHold &h : std::as_const(held->seats)) {
            const int i = loaded->plan.seatIndex(h.seat);
            const QString label = i < 0 ? QString::number(h.seat.value) : seatName(loaded->plan, i);
            if (c.json)
                seats.append(QJsonObject{{QStringLiteral("id"), h.seat.value},
                                         {QStringLiteral("label"), label},
                                         {QStringLiteral("code"), h.code}});
            else
                c.out << label.leftJustified(24) << "  " << h.code << '\n';
        }
        for (const PerformanceHolds::ZoneHold &h : std::as_const(held->zones)) {
            const StandingZone *z = loaded->plan.zone(h.zone);
            const QString name = z ? z->name : QString::number(h.zone.value);
            if (c.json)
                zones.append(QJsonObject{{QStringLiteral("zone"), name},
                                         {QStringLiteral("code"), h.code},
                                         {QStringLiteral("quantity"), h.quantity}});
            else
                c.out << name.leftJustified(24) << "  " << h.code << "  x" << h.quantity << '\n';
        }
        if (c.json)
            printJson(c,
                      QJsonObject{{QStringLiteral("seats"), seats},
                                  {QStringLiteral("zones"), zones}});
        return Ok;
    }
    if (sub == QLatin1StringView("copy")) {
        const QList<PerformanceId> targets = performanceList(c.parser.value(QStringLiteral("to")));
        if (targets.isEmpty())
            return fail(c,
                        QStringLiteral("--to ID[,ID...] names the performances to copy to"),
                        Usage);
        TransactionGuard tx(*c.db);
        auto n = repo.copyHolds(performance, targets);
        if (!n)
            return fail(c, n.error().message);
        if (auto r = tx.commit(); !r)
            return fail(c, r.error().message);
        if (c.json)
            printJson(c, QJsonObject{{QStringLiteral("copied"), *n}});
        else
            c.out << "Copied " << *n << " hold(s) to " << targets.size() << " performance(s)\n";
        return Ok;
    }
    return fail(c,
                QStringLiteral("unknown command \"holds %1\"; see parkett-cli --help").arg(sub),
                Usage);
}

} // namespace

bool isRulesCommand(const QStringList &positional)
{
    const QString cmd = positional.value(0);
    return cmd == QLatin1StringView("rules") || cmd == QLatin1StringView("best")
           || cmd == QLatin1StringView("holds");
}

QList<QCommandLineOption> rulesOptions()
{
    return {
        {QStringLiteral("count"), QStringLiteral("how many seats"), QStringLiteral("N")},
        {QStringLiteral("category"),
         QStringLiteral("seat category name or id"),
         QStringLiteral("C")},
        {QStringLiteral("section"), QStringLiteral("section name"), QStringLiteral("NAME")},
        {QStringLiteral("wheelchairs"),
         QStringLiteral("wheelchair places among the seats"),
         QStringLiteral("N")},
        {QStringLiteral("reservation"), QStringLiteral("check as a reservation, not a sale")},
        {QStringLiteral("name"), QStringLiteral("hold code name"), QStringLiteral("TEXT")},
        {QStringLiteral("color"),
         QStringLiteral("hold code colour #rrggbb"),
         QStringLiteral("COLOR")},
        {QStringLiteral("role"),
         QStringLiteral("role that may release or sell a hold"),
         QStringLiteral("ROLE")},
        {QStringLiteral("release-at"), QStringLiteral("hold release time"), QStringLiteral("TIME")},
        {QStringLiteral("release-minutes"),
         QStringLiteral("hold release, minutes before the start"),
         QStringLiteral("N")},
        {QStringLiteral("to"),
         QStringLiteral("performance ids to copy holds to"),
         QStringLiteral("IDS")},
        {QStringLiteral("user"),
         QStringLiteral("who releases a hold (login); the first box-office user if not given"),
         QStringLiteral("LOGIN")},
    };
}

int runRulesCommand(const QStringList &positional,
                    const QCommandLineParser &parser,
                    QTextStream &out,
                    QTextStream &err,
                    const QDateTime &now,
                    bool json)
{
    Rc c{parser, out, err, now, json, nullptr};
    if (!openDb(c))
        return Usage;
    const QString cmd = positional.value(0), sub = positional.value(1);
    if (cmd == QLatin1StringView("best") && positional.size() == 1)
        return best(c);
    if (cmd == QLatin1StringView("rules") && sub == QLatin1StringView("check"))
        return rulesCheck(c);
    if (cmd == QLatin1StringView("rules") && sub == QLatin1StringView("blocked"))
        return rulesBlocked(c);
    if (cmd == QLatin1StringView("holds"))
        return holds(c, sub, positional.value(2));
    return fail(c,
                QStringLiteral("unknown command \"%1\"; see parkett-cli --help")
                    .arg(positional.join(QLatin1Char(' '))),
                Usage);
}

} // namespace parkett::cli
