// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cli/printcommands.h"
#include "cli/rulescommands.h"

#include "core/basket.h"
#include "core/planimport.h"
#include "core/planvalidation.h"
#include "core/seatplan.h"
#include "core/stadium.h"
#include "storage/catalogrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/orderrepository.h"
#include "storage/salesservice.h"
#include "storage/userpasswords.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#ifdef PARKETT_CLI_RENDER
#include "widgets/seatmap/seatmaprenderer.h"

#include <QImage>
#include <QPainter>
#endif
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parkett::cli {

namespace {

const char *const kUsage = R"(Usage: parkett-cli COMMAND [options]

Commands:
  demo seed --db FILE                     create the demo venue in an empty database
  performances list --db FILE             upcoming performances with free/sold/reserved
  sell --db FILE --performance ID         sell seats and/or standing places (paid)
       [--seats ROW-SEAT,...] [--standing N] [--price-type CODE[,CODE...]]
       [--customer NUMBER] [--payment cash|card]
       [--supervisor LOGIN]               a customer blocked from sale buys only with a
                                          supervisor's password (PARKETT_SUPERVISOR_PASSWORD
                                          or the first line of the standard input)
  reserve --db FILE --performance ID      reserve instead of selling
       (same options as sell) [--until ISO8601 | --hours N]
  orders list --db FILE [--performance ID] [--status reserved|sold|cancelled]
  orders show NUMBER --db FILE            one order with its tickets and history
  orders pay NUMBER --db FILE [--payment cash|card]
  orders cancel NUMBER --db FILE [--reason TEXT]
  orders release-expired --db FILE        cancel reservations whose time is up
  customers search TEXT --db FILE         search by name, e-mail, phone or number
  users password LOGIN --db FILE          set a user's password (first line of the standard
                                          input; at least 8 characters)
  db check --db FILE                      SQLite integrity check
  plan import FILE --out PLAN             read a pretix or seats.io plan [--format pretix|seatsio]
  plan export PLAN --format pretix|native --out FILE
  plan generate --seats N --out PLAN      a stadium bowl of N seats (native JSON)
  plan stats PLAN                         seats, rows, sections, tables, zones, categories,
                                          and the problems found (duplicate labels, ...)
  plan render PLAN --png OUT [--width W]  draw the plan into a PNG
  rules check --db FILE --performance ID --seats ROW-SEAT,...
       [--price-type CODE[,CODE...]] [--reservation]
                                          would the seating rules (distancing, area and
                                          table limits) and holds allow these seats?
  rules blocked --db FILE --performance ID
                                          seats the rules keep free now, with the reason
  best --db FILE --performance ID --count N [--category C] [--section NAME]
       [--wheelchairs N]                  the best available seats (staged search)
  holds codes --db FILE                   hold codes with colour and role
  holds create CODE --db FILE [--name TEXT] [--color #rrggbb] [--role ROLE]
       [--release-at ISO8601] [--release-minutes N]
  holds apply CODE --db FILE --performance ID [--seats LIST] [--standing N [--zone NAME]]
  holds release CODE --db FILE --performance ID [--seats LIST] [--user LOGIN]
                                          refused unless the user's role may release it
  holds list --db FILE --performance ID   what is held, by code
  holds copy --db FILE --performance ID --to ID[,ID...]
                                          copy a performance's holds to others
  ticket render --db FILE --order NUMBER --format fgl|escpos|pdf|png --out FILE
       [--layout boca-200|boca-300|thermal-80|thermal-58|a4|FILE.json] [--model epson|star]
  ticket reprint CODE --db FILE --printer NAME --reason TEXT
                                          DUPLICATE with a new code; the old one is void
  receipt render --db FILE --order NUMBER --format escpos|pdf|png --out FILE
       [--model epson|star] [--columns 48|32]
  receipt print --db FILE --order NUMBER --printer NAME
  print --db FILE --order NUMBER --printer NAME [--timeout S]
                                          queue the order's tickets and print them
  print jobs --db FILE [--printer NAME]   tickets queued, being sent, or unknown
  print confirm JOB --db FILE             count an unknown ticket that did come out
  printers list --db FILE                 configured printers and the CUPS queues
  printers add NAME --db FILE --uri tcp://HOST:9100|file:///dev/usb/lp0|cups://QUEUE
       [--language fgl|escpos|page] [--layout L] [--model epson|star]
  printers status NAME --db FILE          ask the printer how it is
  printers test NAME --db FILE            print a sample ticket marked TEST

Seats are ROW-SEAT ("C-11"), or SECTION/ROW-SEAT ("Balcony/2-14") where a row
label is used in more than one section. Every command takes --json for
machine-readable output and --now ISO8601 to fix the clock.
)";

struct Context
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QDateTime now;
    bool json = false;
    std::unique_ptr<Database> db;
};

int fail(Context &c, const QString &message, int code = Failed)
{
    if (c.json) {
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    }
    c.err << "parkett-cli: " << message << '\n';
    return code;
}

int fail(Context &c, const Error &e)
{
    return fail(c, e.message, Failed);
}

void printJson(Context &c, const QJsonValue &v)
{
    if (v.isArray())
        c.out << QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented);
    else
        c.out << QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

bool openDb(Context &c)
{
    const QString path = c.parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        fail(c, QStringLiteral("--db FILE is required"), Usage);
        return false;
    }
    auto db = Database::open(path);
    if (!db) {
        fail(c, db.error());
        return false;
    }
    c.db = std::move(*db);
    return true;
}

/** The status as it stands at \a now: a reservation past its time shows as "expired". */
QString statusText(OrderStatus status, const QDateTime &reservedUntil, const QDateTime &now)
{
    if (status == OrderStatus::Reserved && reservedUntil.isValid() && reservedUntil <= now)
        return QStringLiteral("expired");
    return orderStatusName(status);
}

QJsonObject orderJson(const Order &o, const QDateTime &now, const QString &customerNumber = {})
{
    QJsonArray tickets;
    for (const Ticket &t : o.tickets()) {
        QJsonObject jt{{QStringLiteral("label"), t.label},
                       {QStringLiteral("barcode"), t.barcode},
                       {QStringLiteral("status"), ticketStatusName(t.status)},
                       {QStringLiteral("priceType"), t.priceType.value},
                       {QStringLiteral("price"), t.price.toDecimalString()}};
        if (t.seat.isValid())
            jt.insert(QStringLiteral("seatId"), t.seat.value);
        else
            jt.insert(QStringLiteral("zoneId"), t.zone.value);
        tickets.append(jt);
    }
    QJsonArray history;
    for (const OrderHistoryEntry &h : o.history())
        history.append(QJsonObject{{QStringLiteral("at"), Database::timeText(h.at)},
                                   {QStringLiteral("event"), h.event},
                                   {QStringLiteral("detail"), h.detail}});
    QJsonObject j{{QStringLiteral("number"), o.number()},
                  {QStringLiteral("id"), o.id().value},
                  {QStringLiteral("status"), statusText(o.status(), o.reservedUntil(), now)},
                  {QStringLiteral("performance"), o.performance().value},
                  {QStringLiteral("currency"), o.currency().code()},
                  {QStringLiteral("total"), o.total().toDecimalString()},
                  {QStringLiteral("paid"), o.paid().toDecimalString()},
                  {QStringLiteral("createdAt"), Database::timeText(o.createdAt())},
                  {QStringLiteral("tickets"), tickets},
                  {QStringLiteral("history"), history}};
    if (o.reservedUntil().isValid())
        j.insert(QStringLiteral("reservedUntil"), Database::timeText(o.reservedUntil()));
    if (!customerNumber.isEmpty())
        j.insert(QStringLiteral("customer"), customerNumber);
    return j;
}

void printOrder(Context &c, const Order &o, const QString &customerNumber)
{
    if (c.json) {
        printJson(c, orderJson(o, c.now, customerNumber));
        return;
    }
    c.out << "Order " << o.number() << "  " << statusText(o.status(), o.reservedUntil(), c.now);
    if (o.reservedUntil().isValid())
        c.out << " until " << o.reservedUntil().toLocalTime().toString(Qt::ISODate);
    c.out << "\n";
    if (!customerNumber.isEmpty())
        c.out << "Customer " << customerNumber << "\n";
    for (const Ticket &t : o.tickets())
        c.out << "  " << t.label.leftJustified(34) << ' ' << t.price.toString().rightJustified(14)
              << "  " << t.barcode << "  " << ticketStatusName(t.status) << "\n";
    c.out << "  " << QStringLiteral("Total").leftJustified(34) << ' '
          << o.total().toString().rightJustified(14) << "\n";
}

/** Cash or card: what the counter takes without a reference (gift cards and invoices need one). */
Result<PaymentMethod> counterPayment(Context &c)
{
    const QString name = c.parser.value(QStringLiteral("payment"));
    auto method = paymentMethodFromName(name);
    if (!method || (*method != PaymentMethod::Cash && *method != PaymentMethod::Card))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--payment is cash or card, not \"%1\"").arg(name));
    return method;
}

Result<SeatId> findSeat(const SeatPlan &plan, const QString &spec)
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
    const QString row = rest.left(dash), seat = rest.mid(dash + 1);
    QList<SeatId> matches;
    for (int i = 0; i < plan.seats().size(); ++i) {
        const Seat &s = plan.seats().at(i);
        if (s.label.compare(seat, Qt::CaseInsensitive) == 0
            && plan.rowLabelOf(i).compare(row, Qt::CaseInsensitive) == 0
            && (section.isEmpty()
                || plan.sectionNameOf(i).compare(section, Qt::CaseInsensitive) == 0))
            matches.append(s.id);
    }
    if (matches.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("there is no seat \"%1\" in the plan").arg(spec));
    if (matches.size() > 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("seat \"%1\" exists in several sections; write SECTION/%1")
                             .arg(spec));
    return matches.first();
}

int placeOrder(Context &c, bool reserve)
{
    if (!openDb(c))
        return Failed;
    bool ok = false;
    const PerformanceId performanceId(c.parser.value(QStringLiteral("performance")).toLongLong(&ok));
    if (!ok || !performanceId.isValid())
        return fail(c,
                    QStringLiteral("--performance ID is required (see 'performances list')"),
                    Usage);
    CatalogRepository catalog(*c.db);
    auto performance = catalog.performance(performanceId);
    if (!performance)
        return fail(c, performance.error());
    auto plan = catalog.plan(performance->plan);
    if (!plan)
        return fail(c, plan.error());
    auto prices = catalog.priceList(performanceId);
    if (!prices)
        return fail(c, prices.error());
    auto types = catalog.priceTypes();
    if (!types)
        return fail(c, types.error());
    Basket basket(performanceId, &*plan, *prices, *types);

    const QStringList seats = c.parser.value(QStringLiteral("seats"))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &spec : seats) {
        auto seat = findSeat(*plan, spec);
        if (!seat)
            return fail(c, seat.error().message, Usage);
        if (basket.containsSeat(*seat))
            return fail(c, QStringLiteral("seat %1 is given twice").arg(spec), Usage);
        if (auto r = basket.addSeat(*seat); !r)
            return fail(c, r.error());
    }
    if (c.parser.isSet(QStringLiteral("standing"))) {
        const int quantity = c.parser.value(QStringLiteral("standing")).toInt(&ok);
        if (!ok || quantity <= 0)
            return fail(c, QStringLiteral("--standing takes a positive number of places"), Usage);
        if (plan->zones().isEmpty())
            return fail(c, QStringLiteral("this venue has no standing zone"), Usage);
        const QString zoneName = c.parser.value(QStringLiteral("zone"));
        const StandingZone *zone = &plan->zones().first();
        if (!zoneName.isEmpty()) {
            zone = nullptr;
            for (const StandingZone &z : plan->zones()) {
                if (z.name.compare(zoneName, Qt::CaseInsensitive) == 0)
                    zone = &z;
            }
            if (!zone)
                return fail(c, QStringLiteral("no standing zone \"%1\"").arg(zoneName), Usage);
        }
        if (auto r = basket.setStandingQuantity(zone->id, quantity); !r)
            return fail(c, r.error());
    }
    if (basket.isEmpty())
        return fail(c, QStringLiteral("nothing to sell: give --seats and/or --standing"), Usage);

    const QStringList typeCodes = c.parser.value(QStringLiteral("price-type"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (typeCodes.size() > 1 && typeCodes.size() != basket.size())
        return fail(c,
                    QStringLiteral("--price-type lists %1 codes for %2 tickets")
                        .arg(typeCodes.size())
                        .arg(basket.size()),
                    Usage);
    for (int i = 0; i < basket.size() && !typeCodes.isEmpty(); ++i) {
        const QString code = typeCodes.size() == 1 ? typeCodes.first() : typeCodes.at(i);
        PriceTypeId type;
        for (const PriceType &t : *types) {
            if (t.code.compare(code, Qt::CaseInsensitive) == 0)
                type = t.id;
        }
        if (!type.isValid())
            return fail(c, QStringLiteral("unknown price type \"%1\"").arg(code), Usage);
        if (auto r = basket.setPriceType(i, type); !r)
            return fail(c, r.error());
    }

    QString customerNumber = c.parser.value(QStringLiteral("customer"));
    if (!customerNumber.isEmpty()) {
        CustomerRepository customers(*c.db);
        auto customer = customers.byNumber(customerNumber);
        if (!customer)
            return fail(c, customer.error().message, Usage);
        basket.setCustomer(customer->id);
    }
    auto method = counterPayment(c);
    if (!method)
        return fail(c, method.error().message, Usage);

    SalesService sales(*c.db, SalesService::boxOfficeContext(catalog));
    // The SalesService checks a blocked customer; this only passes the supervisor's word on.
    SupervisorApproval approval;
    if (c.parser.isSet(QStringLiteral("supervisor"))) {
        approval.login = c.parser.value(QStringLiteral("supervisor"));
        approval.password = qEnvironmentVariable("PARKETT_SUPERVISOR_PASSWORD");
        if (approval.password.isEmpty())
            approval.password = QTextStream(stdin).readLine();
    }
    Result<Order> order = Order();
    if (reserve) {
        QDateTime until = c.now.addDays(3);
        if (c.parser.isSet(QStringLiteral("until"))) {
            until = QDateTime::fromString(c.parser.value(QStringLiteral("until")), Qt::ISODate);
            if (!until.isValid())
                return fail(c, QStringLiteral("--until takes an ISO 8601 date and time"), Usage);
        } else if (c.parser.isSet(QStringLiteral("hours"))) {
            const int hours = c.parser.value(QStringLiteral("hours")).toInt(&ok);
            if (!ok || hours <= 0)
                return fail(c, QStringLiteral("--hours takes a positive number"), Usage);
            until = c.now.addSecs(qint64(hours) * 3600);
        }
        order = sales.reserve(basket, until, c.now, {}, approval);
    } else {
        order = sales.sell(basket, *method, c.now, {}, approval);
    }
    if (!order)
        return fail(c, order.error());
    printOrder(c, *order, customerNumber);
    return Ok;
}

int performancesList(Context &c)
{
    if (!openDb(c))
        return Failed;
    CatalogRepository catalog(*c.db);
    auto list = catalog.upcoming(c.now.addSecs(-4 * 3600), c.now);
    if (!list)
        return fail(c, list.error());
    if (c.json) {
        QJsonArray a;
        for (const PerformanceSummary &s : *list)
            a.append(QJsonObject{{QStringLiteral("id"), s.performance.id.value},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("venue"), s.venueName},
                                 {QStringLiteral("startsAt"),
                                  Database::timeText(s.performance.startsAt)},
                                 {QStringLiteral("capacity"), s.capacity},
                                 {QStringLiteral("free"), s.free()},
                                 {QStringLiteral("sold"), s.sold},
                                 {QStringLiteral("reserved"), s.reserved}});
        printJson(c, a);
        return Ok;
    }
    c.out << QStringLiteral("%1  %2  %3  %4 %5 %6\n")
                 .arg(QStringLiteral("ID").rightJustified(4),
                      QStringLiteral("Starts").leftJustified(16),
                      QStringLiteral("Title").leftJustified(28),
                      QStringLiteral("Free").rightJustified(5),
                      QStringLiteral("Sold").rightJustified(5),
                      QStringLiteral("Resv").rightJustified(5));
    for (const PerformanceSummary &s : *list)
        c.out << QStringLiteral("%1  %2  %3  %4 %5 %6\n")
                     .arg(QString::number(s.performance.id.value).rightJustified(4),
                          s.performance.startsAt.toLocalTime().toString(
                              QStringLiteral("yyyy-MM-dd HH:mm")),
                          s.title.left(28).leftJustified(28),
                          QString::number(s.free()).rightJustified(5),
                          QString::number(s.sold).rightJustified(5),
                          QString::number(s.reserved).rightJustified(5));
    return Ok;
}

int ordersList(Context &c)
{
    if (!openDb(c))
        return Failed;
    OrderFilter filter;
    if (c.parser.isSet(QStringLiteral("performance"))) {
        bool ok = false;
        filter.performance = PerformanceId(
            c.parser.value(QStringLiteral("performance")).toLongLong(&ok));
        if (!ok || !filter.performance.isValid())
            return fail(c, QStringLiteral("--performance takes a performance id"), Usage);
    }
    const QString wanted = c.parser.value(QStringLiteral("status"));
    if (!wanted.isEmpty()) {
        auto status = orderStatusFromName(
            wanted == QLatin1StringView("expired") ? QStringLiteral("reserved") : wanted);
        if (!status)
            return fail(c,
                        QStringLiteral("unknown status \"%1\" (reserved, expired, sold, cancelled)")
                            .arg(wanted),
                        Usage);
        filter.status = *status;
    }
    OrderRepository orders(*c.db);
    auto list = orders.list(filter);
    if (!list)
        return fail(c, list.error());
    // Reserved and expired are one stored status told apart by the clock.
    if (!wanted.isEmpty())
        list->removeIf([&](const OrderSummary &s) {
            return statusText(s.status, s.reservedUntil, c.now) != wanted;
        });
    if (c.json) {
        QJsonArray a;
        for (const OrderSummary &s : *list) {
            QJsonObject o{{QStringLiteral("number"), s.number},
                          {QStringLiteral("status"), statusText(s.status, s.reservedUntil, c.now)},
                          {QStringLiteral("performance"), s.performance.value},
                          {QStringLiteral("customer"), s.customerName},
                          {QStringLiteral("tickets"), s.tickets},
                          {QStringLiteral("total"), s.total.toDecimalString()},
                          {QStringLiteral("currency"), s.total.currency().code()},
                          {QStringLiteral("createdAt"), Database::timeText(s.createdAt)}};
            if (s.reservedUntil.isValid())
                o.insert(QStringLiteral("reservedUntil"), Database::timeText(s.reservedUntil));
            a.append(o);
        }
        printJson(c, a);
        return Ok;
    }
    for (const OrderSummary &s : *list) {
        const QString status = statusText(s.status, s.reservedUntil, c.now);
        c.out << QStringLiteral("%1  %2  perf %3  %4 tickets  %5  %6\n")
                     .arg(s.number, status.leftJustified(9))
                     .arg(s.performance.value)
                     .arg(s.tickets, 2)
                     .arg(s.total.toString().rightJustified(14), s.customerName);
    }
    return Ok;
}

int orderCommand(Context &c, const QString &verb, const QString &number)
{
    if (!openDb(c))
        return Failed;
    if (number.isEmpty())
        return fail(c, QStringLiteral("orders %1 needs an order number").arg(verb), Usage);
    OrderRepository orders(*c.db);
    auto order = orders.byNumber(number);
    if (!order)
        return fail(c, order.error());
    CatalogRepository catalog(*c.db);
    SalesService sales(*c.db, SalesService::boxOfficeContext(catalog));
    if (verb == QLatin1StringView("pay")) {
        auto method = counterPayment(c);
        if (!method)
            return fail(c, method.error().message, Usage);
        order = sales.payReservation(order->id(), *method, c.now);
    } else if (verb == QLatin1StringView("cancel")) {
        order = sales.cancel(order->id(), c.parser.value(QStringLiteral("reason")), c.now);
    }
    if (!order)
        return fail(c, order.error());
    QString customerNumber;
    if (order->customer().isValid()) {
        CustomerRepository customers(*c.db);
        if (auto cu = customers.customer(order->customer()))
            customerNumber = cu->number;
    }
    printOrder(c, *order, customerNumber);
    return Ok;
}

#ifdef PARKETT_CLI_RENDER
/** The plan on a white background, fitted into \a width pixels, all seats free. */
Result<void> renderPlanPng(const SeatPlan &plan, int width, const QString &path)
{
    const QRectF margin(0, 0, plan.bounds().width() * 0.03, plan.bounds().height() * 0.03);
    const QRectF bounds = plan.bounds().adjusted(-margin.width(),
                                                 -margin.height(),
                                                 margin.width(),
                                                 margin.height());
    if (bounds.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the plan is empty"));
    const double scale = width / bounds.width();
    QImage image(width,
                 std::max(16, int(bounds.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    SeatMapRenderer renderer;
    renderer.setPlan(&plan);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    renderer.paint(&painter, bounds);
    painter.end();
    if (!image.save(path, "PNG"))
        return makeError(ErrorCode::StorageFailure, QStringLiteral("cannot write %1").arg(path));
    return {};
}
#endif

Result<SeatPlan> readPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("%1: not JSON at byte %2: %3")
                             .arg(path)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    auto plan = SeatPlan::fromJson(doc.object());
    if (!plan)
        return makeError(plan.error().code,
                         QStringLiteral("%1: %2").arg(path, plan.error().message));
    return plan;
}

/** Writes next to the target and renames, so a failed write never leaves half a plan. */
Result<void> writeJsonFile(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

int planCommand(Context &c, const QString &sub, const QStringList &args)
{
    if (sub == QLatin1StringView("generate")) {
        bool ok = false;
        const int seats = c.parser.value(QStringLiteral("seats")).toInt(&ok);
        if (!ok || seats <= 0 || seats > 1000000)
            return fail(c,
                        QStringLiteral("--seats takes a number of seats from 1 to 1000000"),
                        Usage);
        const QString outPath = c.parser.value(QStringLiteral("out"));
        if (outPath.isEmpty())
            return fail(c, QStringLiteral("--out PLAN is required"), Usage);
        const SeatPlan plan = generateStadium({seats, 24, 30});
        if (auto r = writeJsonFile(outPath, plan.toJson()); !r)
            return fail(c, r.error());
        if (c.json)
            printJson(c,
                      QJsonObject{{QStringLiteral("seats"), int(plan.seats().size())},
                                  {QStringLiteral("sections"), int(plan.sections().size())},
                                  {QStringLiteral("out"), outPath}});
        else
            c.out << "Wrote " << outPath << ": " << plan.seats().size() << " seats in "
                  << plan.sections().size() << " sections\n";
        return Ok;
    }
    if (sub == QLatin1StringView("stats")) {
        if (args.isEmpty())
            return fail(c, QStringLiteral("plan stats needs a plan file"), Usage);
        auto plan = readPlanFile(args.first());
        if (!plan)
            return fail(c, plan.error());
        const PlanStats st = planStats(*plan);
        const QList<PlanProblem> problems = validatePlan(*plan);
        if (c.json) {
            QJsonArray list;
            for (const PlanProblem &p : problems)
                list.append(QJsonObject{{QStringLiteral("kind"), problemKindName(p.kind)},
                                        {QStringLiteral("message"), p.message}});
            printJson(c,
                      QJsonObject{{QStringLiteral("seats"), st.seats},
                                  {QStringLiteral("rows"), st.rows},
                                  {QStringLiteral("sections"), st.sections},
                                  {QStringLiteral("tables"), st.tables},
                                  {QStringLiteral("zones"), st.zones},
                                  {QStringLiteral("standingCapacity"), st.standingCapacity},
                                  {QStringLiteral("categories"), st.categories},
                                  {QStringLiteral("wheelchair"), st.wheelchair},
                                  {QStringLiteral("problems"), list}});
            return Ok;
        }
        c.out << plan->name() << "\n"
              << "  seats       " << st.seats << " (" << st.wheelchair << " wheelchair)\n"
              << "  rows        " << st.rows << "\n"
              << "  sections    " << st.sections << "\n"
              << "  tables      " << st.tables << "\n"
              << "  zones       " << st.zones << " (" << st.standingCapacity
              << " standing places)\n"
              << "  categories  " << st.categories << "\n"
              << "  problems    " << problems.size() << "\n";
        for (const PlanProblem &p : problems.mid(0, 50))
            c.out << "    " << problemKindName(p.kind) << ": " << p.message << "\n";
        if (problems.size() > 50)
            c.out << "    … and " << problems.size() - 50 << " more\n";
        return Ok;
    }
    if (sub == QLatin1StringView("import")) {
        if (args.isEmpty())
            return fail(c, QStringLiteral("plan import needs a file"), Usage);
        const QString outPath = c.parser.value(QStringLiteral("out"));
        if (outPath.isEmpty())
            return fail(c, QStringLiteral("--out PLAN is required"), Usage);
        const QString format = c.parser.value(QStringLiteral("format"));
        if (!format.isEmpty() && format != QLatin1StringView("pretix")
            && format != QLatin1StringView("seatsio"))
            return fail(c, QStringLiteral("--format is pretix or seatsio"), Usage);
        QFile file(args.first());
        if (!file.open(QIODevice::ReadOnly))
            return fail(c,
                        QStringLiteral("cannot read %1: %2").arg(args.first(), file.errorString()));
        const QByteArray data = file.readAll();
        auto imported = format == QLatin1StringView("pretix")    ? importPretixPlan(data)
                        : format == QLatin1StringView("seatsio") ? importSeatsioChart(data)
                                                                 : importPlanAuto(data);
        if (!imported)
            return fail(c, QStringLiteral("%1: %2").arg(args.first(), imported.error().message));
        // Nothing is written unless the whole file was read.
        if (auto r = writeJsonFile(outPath, imported->plan.toJson()); !r)
            return fail(c, r.error());
        if (c.json) {
            printJson(c,
                      QJsonObject{{QStringLiteral("seats"), int(imported->plan.seats().size())},
                                  {QStringLiteral("out"), outPath},
                                  {QStringLiteral("report"),
                                   QJsonArray::fromStringList(imported->report)}});
        } else {
            c.out << "Imported " << imported->plan.seats().size() << " seats into " << outPath
                  << "\n";
            for (const QString &line : imported->report)
                c.out << "  " << line << "\n";
        }
        return Ok;
    }
    if (sub == QLatin1StringView("export")) {
        if (args.isEmpty())
            return fail(c, QStringLiteral("plan export needs a plan file"), Usage);
        const QString outPath = c.parser.value(QStringLiteral("out"));
        if (outPath.isEmpty())
            return fail(c, QStringLiteral("--out FILE is required"), Usage);
        const QString format = c.parser.value(QStringLiteral("format"));
        if (format != QLatin1StringView("pretix") && format != QLatin1StringView("native"))
            return fail(c, QStringLiteral("--format is pretix or native"), Usage);
        auto plan = readPlanFile(args.first());
        if (!plan)
            return fail(c, plan.error());
        const QJsonObject json = format == QLatin1StringView("pretix") ? exportPretixPlan(*plan)
                                                                       : plan->toJson();
        if (auto r = writeJsonFile(outPath, json); !r)
            return fail(c, r.error());
        c.out << "Wrote " << outPath << "\n";
        return Ok;
    }
    if (sub == QLatin1StringView("render")) {
        if (args.isEmpty())
            return fail(c, QStringLiteral("plan render needs a plan file"), Usage);
        const QString pngPath = c.parser.value(QStringLiteral("png"));
        if (pngPath.isEmpty())
            return fail(c, QStringLiteral("--png OUT is required"), Usage);
        bool ok = true;
        const int width = c.parser.isSet(QStringLiteral("width"))
                              ? c.parser.value(QStringLiteral("width")).toInt(&ok)
                              : 1600;
        if (!ok || width < 16 || width > 20000)
            return fail(c,
                        QStringLiteral("--width takes a number of pixels from 16 to 20000"),
                        Usage);
        auto plan = readPlanFile(args.first());
        if (!plan)
            return fail(c, plan.error());
#ifdef PARKETT_CLI_RENDER
        if (auto r = renderPlanPng(*plan, width, pngPath); !r)
            return fail(c, r.error());
        c.out << "Wrote " << pngPath << "\n";
        return Ok;
#else
        return fail(c,
                    QStringLiteral(
                        "this parkett-cli was built without GUI support (PARKETT_BUILD_GUI=OFF)"));
#endif
    }
    return fail(c,
                QStringLiteral("unknown command \"plan %1\"; see parkett-cli --help").arg(sub),
                Usage);
}

} // namespace

bool needsGui(const QStringList &args)
{
    if (printCommandNeedsGui(args))
        return true;
    return args.size() >= 2 && args.at(0) == QLatin1StringView("plan")
           && args.at(1) == QLatin1StringView("render");
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(kUsage));
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("what to do"));
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("SQLite database file"), QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("machine-readable output")},
        {QStringLiteral("now"), QStringLiteral("fix the clock (ISO 8601)"), QStringLiteral("TIME")},
        {QStringLiteral("performance"), QStringLiteral("performance id"), QStringLiteral("ID")},
        {QStringLiteral("seats"),
         QStringLiteral("seats: ROW-SEAT,... to sell, or a count for plan generate"),
         QStringLiteral("LIST")},
        {QStringLiteral("standing"), QStringLiteral("standing places"), QStringLiteral("N")},
        {QStringLiteral("zone"), QStringLiteral("standing zone name"), QStringLiteral("NAME")},
        {QStringLiteral("price-type"), QStringLiteral("price type code(s)"), QStringLiteral("CODE")},
        {QStringLiteral("customer"), QStringLiteral("customer number"), QStringLiteral("NUMBER")},
        {QStringLiteral("supervisor"),
         QStringLiteral("supervisor approving a blocked customer's sale"),
         QStringLiteral("LOGIN")},
        {QStringLiteral("payment"),
         QStringLiteral("cash or card"),
         QStringLiteral("METHOD"),
         QStringLiteral("cash")},
        {QStringLiteral("until"), QStringLiteral("reservation end"), QStringLiteral("TIME")},
        {QStringLiteral("hours"), QStringLiteral("reservation length in hours"), QStringLiteral("N")},
        {QStringLiteral("status"), QStringLiteral("order status filter"), QStringLiteral("STATUS")},
        {QStringLiteral("reason"),
         QStringLiteral("reason for a cancellation"),
         QStringLiteral("TEXT")},
        {QStringLiteral("out"), QStringLiteral("output file"), QStringLiteral("FILE")},
        {QStringLiteral("png"), QStringLiteral("PNG file to write"), QStringLiteral("FILE")},
        {QStringLiteral("format"), QStringLiteral("plan file format"), QStringLiteral("FORMAT")},
        {QStringLiteral("width"), QStringLiteral("image width in pixels"), QStringLiteral("PIXELS")},
    });
    parser.addOptions(printOptions());
    parser.addOptions(rulesOptions());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("this help"));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("print the version"));
    parser.addOption(help);
    parser.addOption(version);

    QStringList argv = args;
    argv.prepend(QStringLiteral("parkett-cli"));
    if (!parser.parse(argv)) {
        err << "parkett-cli: " << parser.errorText() << "\n" << kUsage;
        return Usage;
    }
    if (parser.isSet(version)) {
        out << "parkett-cli " << PARKETT_VERSION << '\n';
        return Ok;
    }
    const QStringList pos = parser.positionalArguments();
    if (parser.isSet(help) || pos.isEmpty()) {
        (pos.isEmpty() && !parser.isSet(help) ? err : out) << kUsage;
        return parser.isSet(help) ? Ok : Usage;
    }
    Context c{parser,
              out,
              err,
              QDateTime::currentDateTimeUtc(),
              parser.isSet(QStringLiteral("json")),
              nullptr};
    if (parser.isSet(QStringLiteral("now"))) {
        c.now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!c.now.isValid())
            return fail(c, QStringLiteral("--now takes an ISO 8601 date and time"), Usage);
    }
    const QString cmd = pos.first();
    const QString sub = pos.value(1);
    if (cmd == QLatin1StringView("demo") && sub == QLatin1StringView("seed")) {
        if (!openDb(c))
            return Failed;
        auto report = seedDemo(*c.db, c.now);
        if (!report)
            return fail(c, report.error());
        if (c.json)
            printJson(c,
                      QJsonObject{{QStringLiteral("performances"), report->performances},
                                  {QStringLiteral("customers"), report->customers},
                                  {QStringLiteral("orders"), report->orders},
                                  {QStringLiteral("seats"), report->seats}});
        else
            out << "Seeded " << c.db->path() << ": " << report->seats << " seats, "
                << report->performances << " performances, " << report->customers << " customers, "
                << report->orders << " orders\n";
        return Ok;
    }
    if (cmd == QLatin1StringView("performances") && sub == QLatin1StringView("list"))
        return performancesList(c);
    if (cmd == QLatin1StringView("sell") && pos.size() == 1)
        return placeOrder(c, false);
    if (cmd == QLatin1StringView("reserve") && pos.size() == 1)
        return placeOrder(c, true);
    if (cmd == QLatin1StringView("orders")) {
        if (sub == QLatin1StringView("list"))
            return ordersList(c);
        if (sub == QLatin1StringView("show") || sub == QLatin1StringView("pay")
            || sub == QLatin1StringView("cancel"))
            return orderCommand(c, sub, pos.value(2));
        if (sub == QLatin1StringView("release-expired")) {
            if (!openDb(c))
                return Failed;
            CatalogRepository catalog(*c.db);
            auto n = SalesService(*c.db, SalesService::boxOfficeContext(catalog))
                         .releaseExpired(c.now);
            if (!n)
                return fail(c, n.error());
            if (c.json)
                printJson(c, QJsonObject{{QStringLiteral("released"), *n}});
            else
                out << "Released " << *n << " expired reservation(s)\n";
            return Ok;
        }
    }
    if (cmd == QLatin1StringView("users") && sub == QLatin1StringView("password")
        && pos.size() == 3) {
        if (!openDb(c))
            return Failed;
        auto user = c.db->scalar(QStringLiteral("SELECT id FROM users WHERE login = ?"),
                                 {pos.at(2)});
        if (!user)
            return fail(c, user.error());
        if (!user->isValid())
            return fail(c, QStringLiteral("no user with login %1").arg(pos.at(2)), Usage);
        const QString password = QTextStream(stdin).readLine();
        if (auto r = UserPasswords(*c.db).setPassword(UserId(user->toLongLong()), password); !r)
            return fail(c, r.error());
        out << "Password set for " << pos.at(2) << '\n';
        return Ok;
    }
    if (cmd == QLatin1StringView("customers") && sub == QLatin1StringView("search")) {
        if (!openDb(c))
            return Failed;
        auto found = CustomerRepository(*c.db).search(pos.mid(2).join(QLatin1Char(' ')));
        if (!found)
            return fail(c, found.error());
        QJsonArray a;
        for (const Customer &cu : *found) {
            if (c.json)
                a.append(QJsonObject{{QStringLiteral("number"), cu.number},
                                     {QStringLiteral("name"), cu.displayName()},
                                     {QStringLiteral("email"), cu.email},
                                     {QStringLiteral("phone"), cu.phone}});
            else
                out << cu.number << "  " << cu.displayName().leftJustified(28) << "  "
                    << cu.email.leftJustified(36) << "  " << cu.phone << '\n';
        }
        if (c.json)
            printJson(c, a);
        return Ok;
    }
    if (cmd == QLatin1StringView("plan"))
        return planCommand(c, sub, pos.mid(2));
    if (isPrintCommand(pos))
        return runPrintCommand(pos, parser, out, err, c.now, c.json);
    if (isRulesCommand(pos))
        return runRulesCommand(pos, parser, out, err, c.now, c.json);
    if (cmd == QLatin1StringView("db") && sub == QLatin1StringView("check")) {
        if (!openDb(c))
            return Failed;
        if (auto r = c.db->integrityCheck(); !r)
            return fail(c, r.error());
        out << c.db->path() << ": ok (schema " << c.db->schemaVersion() << ")\n";
        return Ok;
    }
    return fail(c,
                QStringLiteral("unknown command \"%1\"; see parkett-cli --help")
                    .arg(pos.join(QLatin1Char(' '))),
                Usage);
}

} // namespace parkett::cli
