// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demodata.h"

#include <QStringList>

namespace parkett {

namespace {

constexpr double kSeatSpacing = 55;
constexpr double kRowSpacing = 90;

const char *const kFirstNames[] = {
    "Anna",  "Mikkel", "Sofie", "Lars",    "Ingrid", "Jonas", "Freja", "Emil",
    "Olena", "Taras",  "Hanne", "Nils",    "Greta",  "Lukas", "Maja",  "Oskar",
    "Kari",  "Bjørn",  "Ida",   "Mathias", "Petra",  "Jakob", "Sara",  "Viktor",
};
const char *const kLastNames[] = {
    "Jensen",    "Nielsen",    "Hansen",     "Pedersen", "Andersen", "Larsen", "Sørensen",
    "Rasmussen", "Johansen",   "Berg",       "Haugen",   "Schmidt",  "Müller", "Weber",
    "Kovalenko", "Shevchenko", "Bondarenko", "Olsen",    "Lund",     "Dahl",   "Christensen",
    "Madsen",    "Kristensen", "Holm",       "Fischer",  "Meyer",    "Wagner", "Becker",
    "Hoffmann",  "Tkachenko",  "Lindqvist",  "Eriksen",
};
const char *const kDomains[] = {"example.com", "example.org", "example.net", "mail.example"};

QString asciiLower(QString s)
{
    s = s.toLower();
    s.replace(QStringLiteral("ø"), QStringLiteral("oe"));
    s.replace(QStringLiteral("ü"), QStringLiteral("ue"));
    s.replace(QStringLiteral("å"), QStringLiteral("aa"));
    s.replace(QStringLiteral("æ"), QStringLiteral("ae"));
    return s;
}

/** Adds a row of \a count seats to \a section; seat numbers run 1..count from the left. */
int addRow(SeatPlan &plan,
           int section,
           const QString &label,
           QPointF start,
           int count,
           double angle,
           double curve,
           CategoryId category,
           int aisleAfter = -1)
{
    Row row;
    row.label = label;
    row.curve = curve;
    row.angle = angle;
    const int r = plan.addRow(section, row);
    QList<QPointF> points = SeatPlan::rowGeometry(start, count, kSeatSpacing, angle, curve);
    for (int i = 0; i < count; ++i) {
        Seat seat;
        seat.label = QString::number(i + 1);
        QPointF p = points.at(i);
        if (aisleAfter >= 0 && i > aisleAfter)
            p += QPointF(kSeatSpacing, 0); // the centre aisle is one seat wide
        seat.pos = p;
        seat.rotation = float(angle);
        seat.category = category;
        if (aisleAfter >= 0 && (i == aisleAfter || i == aisleAfter + 1))
            seat.flags |= SeatFlag::Aisle;
        plan.addSeat(r, seat);
    }
    return r;
}

SeatPlan demoPlan(CategoryId &catA, CategoryId &catB, CategoryId &catC)
{
    SeatPlan plan;
    plan.setName(QStringLiteral("Parkett Theatre — main house"));
    plan.setVersion(1);
    catA = plan.categories()
               .value(
                   plan.addCategory({{}, QStringLiteral("Category A"), QStringLiteral("#c2185b")}))
               .id;
    catB = plan.categories()
               .value(
                   plan.addCategory({{}, QStringLiteral("Category B"), QStringLiteral("#1976d2")}))
               .id;
    catC = plan.categories()
               .value(
                   plan.addCategory({{}, QStringLiteral("Category C"), QStringLiteral("#388e3c")}))
               .id;

    const double width = 1800;
    plan.addShape({Shape::Kind::Rectangle,
                   QRectF(300, 0, 1200, 220),
                   {},
                   QStringLiteral("STAGE"),
                   QStringLiteral("#5d4037")});
    plan.setFocalPoint(QPointF(width / 2, 160));

    // Stalls: 12 straight rows A-L of 24 seats with a centre aisle.
    const int stalls = plan.addSection(
        {{},
         QStringLiteral("Stalls"),
         {QPointF(220, 340), QPointF(1630, 340), QPointF(1630, 1500), QPointF(220, 1500)},
         {}});
    for (int r = 0; r < 12; ++r) {
        const int seatsInRow = 24;
        const double rowWidth = kSeatSpacing * seatsInRow; // includes the aisle
        const QPointF start((width - rowWidth) / 2 + kSeatSpacing / 2, 400 + r * kRowSpacing);
        const CategoryId cat = r < 5 ? catA : (r < 10 ? catB : catC);
        addRow(plan, stalls, QString(QChar(u'A' + r)), start, seatsInRow, 0, 0, cat, 11);
    }
    // Wheelchair places: a platform behind row L with companion seats.
    {
        Row row;
        row.label = QStringLiteral("W");
        const int r = plan.addRow(stalls, row);
        const double y = 400 + 12 * kRowSpacing + 20;
        const double xs[] = {260, 330, 1470, 1540};
        for (int i = 0; i < 4; ++i) {
            Seat seat;
            seat.label = QStringLiteral("W%1").arg(i + 1);
            seat.pos = QPointF(xs[i], y);
            seat.category = catC;
            seat.flags = (i == 0 || i == 3) ? SeatFlags(SeatFlag::Wheelchair)
                                            : SeatFlags(SeatFlag::Companion);
            plan.addSeat(r, seat);
        }
    }

    // Side seats: short angled rows along the walls.
    const int left = plan.addSection({{}, QStringLiteral("Left side"), {}, {}});
    const int right = plan.addSection({{}, QStringLiteral("Right side"), {}, {}});
    for (int r = 0; r < 2; ++r) {
        addRow(
            plan, left, QStringLiteral("S%1").arg(r + 1), QPointF(60 - r * 70, 420), 6, 75, 0, catC);
        addRow(plan,
               right,
               QStringLiteral("S%1").arg(r + 1),
               QPointF(width - 60 + r * 70, 420),
               6,
               105,
               0,
               catC);
    }

    // Standing zone at the back of the stalls.
    plan.addZone({{}, QStringLiteral("Standing"), QRectF(300, 1560, 1200, 200), 150, catC, {}});
    plan.addShape({Shape::Kind::Text,
                   QRectF(300, 1560, 1200, 200),
                   {},
                   QStringLiteral("STANDING"),
                   QStringLiteral("#607d8b")});

    // Balcony: 5 rows of 30 seats bowed towards the stage.
    const int balcony = plan.addSection(
        {{},
         QStringLiteral("Balcony"),
         {QPointF(60, 1860), QPointF(1740, 1860), QPointF(1740, 2520), QPointF(60, 2520)},
         {}});
    for (int r = 0; r < 5; ++r) {
        const int seatsInRow = 26 + r;
        const double rowWidth = kSeatSpacing * (seatsInRow - 1);
        const QPointF start((width - rowWidth) / 2, 2010 + r * kRowSpacing);
        addRow(plan,
               balcony,
               QString::number(r + 1),
               start,
               seatsInRow,
               0,
               -(110 + r * 10),
               r < 2 ? catB : catC);
    }
    return plan;
}

} // namespace

Customer generatedCustomer(qint64 n)
{
    constexpr qint64 firstCount = sizeof(kFirstNames) / sizeof(kFirstNames[0]);
    constexpr qint64 lastCount = sizeof(kLastNames) / sizeof(kLastNames[0]);
    Customer c;
    c.firstName = QString::fromUtf8(kFirstNames[n % firstCount]);
    c.lastName = QString::fromUtf8(kLastNames[(n / firstCount + n * 7) % lastCount]);
    c.number = QStringLiteral("C-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
    const QString local = asciiLower(c.firstName) + QLatin1Char('.') + asciiLower(c.lastName);
    c.email = n < 24 ? QStringLiteral("%1@%2").arg(local, QLatin1StringView(kDomains[n % 4]))
                     : QStringLiteral("%1%2@%3").arg(local).arg(n).arg(
                         QLatin1StringView(kDomains[n % 4]));
    // Danish-style eight digit numbers, unique per n.
    c.phone = QStringLiteral("+45%1").arg(20000000 + (n * 7919) % 80000000, 8, 10, QLatin1Char('0'));
    return c;
}

QString demoPassword()
{
    return QStringLiteral("parkett-demo");
}

DemoData buildDemoData(const QDate &today)
{
    DemoData d;
    d.venue = Venue{VenueId(),
                    QStringLiteral("Parkett Theatre"),
                    QStringLiteral("Teatergade 1, 1000 København K"),
                    QStringLiteral("Europe/Copenhagen")};
    CategoryId a, b, c;
    d.plan = demoPlan(a, b, c);
    d.production = Production{ProductionId(),
                              QStringLiteral("The Seagull"),
                              QStringLiteral("Chekhov's comedy in four acts."),
                              150};
    d.priceTypes = {
        PriceType{PriceTypeId(1), QStringLiteral("adult"), QStringLiteral("Adult"), 0},
        PriceType{PriceTypeId(2), QStringLiteral("child"), QStringLiteral("Child"), 1},
        PriceType{PriceTypeId(3), QStringLiteral("concession"), QStringLiteral("Concession"), 2},
    };
    const Currency dkk = Currency::fromCode(u"DKK");
    d.prices = PriceList(dkk);
    const qint64 table[3][3] = {{45000, 22500, 35000}, {35000, 17500, 27500}, {25000, 12500, 19500}};
    const CategoryId cats[3] = {a, b, c};
    for (int i = 0; i < 3; ++i) {
        for (int k = 0; k < 3; ++k)
            d.prices.setPrice(cats[i], d.priceTypes.at(k).id, Money(table[i][k], dkk));
    }
    for (int week = 1; week <= 4; ++week) {
        Performance p;
        const QDate day = today.addDays(7 * week - 2);
        p.startsAt = QDateTime(day, QTime(19, 30));
        p.salesEnd = p.startsAt;
        p.status = PerformanceStatus::OnSale;
        p.vatRateBasisPoints = 2500;
        d.performances.append(p);
    }
    for (int n = 0; n < 20; ++n) {
        Customer cu = generatedCustomer(n);
        d.customers.append(cu);
    }
    d.channels = {Channel{ChannelId(), QStringLiteral("Box office"), SalesChannelKind::BoxOffice},
                  Channel{ChannelId(), QStringLiteral("Phone sales"), SalesChannelKind::Phone}};
    d.users = {
        User{UserId(), QStringLiteral("counter"), QStringLiteral("Counter staff"), Role::BoxOffice},
        User{UserId(), QStringLiteral("supervisor"), QStringLiteral("Supervisor"), Role::Supervisor}};
    return d;
}

} // namespace parkett
