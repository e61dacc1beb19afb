// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/ticketdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <array>
#include <utility>

namespace parkett::printing {

namespace {

constexpr std::array<std::pair<Binding, const char *>, 19> kBindings{{
    {Binding::None, "none"},
    {Binding::Production, "production"},
    {Binding::Date, "date"},
    {Binding::Time, "time"},
    {Binding::DateTime, "dateTime"},
    {Binding::Venue, "venue"},
    {Binding::Seat, "seat"},
    {Binding::Section, "section"},
    {Binding::Row, "row"},
    {Binding::SeatNumber, "seatNumber"},
    {Binding::Category, "category"},
    {Binding::Price, "price"},
    {Binding::Fee, "fee"},
    {Binding::OrderNumber, "orderNumber"},
    {Binding::Customer, "customer"},
    {Binding::Channel, "channel"},
    {Binding::Terms, "terms"},
    {Binding::Code, "code"},
    {Binding::Duplicate, "duplicate"},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("parkett::printing::TicketData", text);
}

QDateTime venueTime(const TicketData &t)
{
    if (t.timeZone.isEmpty())
        return t.startsAt;
    const QTimeZone zone(t.timeZone.toUtf8());
    return zone.isValid() ? t.startsAt.toTimeZone(zone) : t.startsAt;
}

} // namespace

QString bindingName(Binding binding)
{
    for (const auto &[b, name] : kBindings) {
        if (b == binding)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

Binding bindingFromName(QStringView name)
{
    for (const auto &[b, n] : kBindings) {
        if (name == QLatin1StringView(n))
            return b;
    }
    return Binding::None;
}

QString TicketData::dateText() const
{
    const QLocale loc(locale.isEmpty() ? QStringLiteral("C") : locale);
    return loc.toString(venueTime(*this).date(), QLocale::LongFormat);
}

QString TicketData::timeText() const
{
    const QLocale loc(locale.isEmpty() ? QStringLiteral("C") : locale);
    return loc.toString(venueTime(*this).time(), QLocale::ShortFormat);
}

QString TicketData::seatText() const
{
    if (standing)
        return section.isEmpty() ? tr("Standing") : tr("Standing · %1").arg(section);
    QStringList parts;
    if (!section.isEmpty())
        parts << section;
    if (!row.isEmpty())
        parts << tr("Row %1").arg(row);
    if (!seat.isEmpty())
        parts << tr("Seat %1").arg(seat);
    return parts.join(QStringLiteral(" · "));
}

QString TicketData::text(Binding binding) const
{
    const QLocale loc(locale.isEmpty() ? QStringLiteral("C") : locale);
    switch (binding) {
    case Binding::None:
        return {};
    case Binding::Production:
        return production;
    case Binding::Date:
        return dateText();
    case Binding::Time:
        return timeText();
    case Binding::DateTime:
        return dateText() + QStringLiteral(" ") + timeText();
    case Binding::Venue:
        return venue;
    case Binding::Seat:
        return seatText();
    case Binding::Section:
        return standing && section.isEmpty() ? tr("Standing") : section;
    case Binding::Row:
        return standing ? QString() : row;
    case Binding::SeatNumber:
        return standing ? QString() : seat;
    case Binding::Category:
        return priceType.isEmpty() ? category : category + QStringLiteral(" · ") + priceType;
    case Binding::Price:
        return price.currency().isValid() ? price.toLocaleString(loc) : QString();
    case Binding::Fee:
        return fee.currency().isValid() && !fee.isZero()
                   ? tr("incl. fee %1").arg(fee.toLocaleString(loc))
                   : QString();
    case Binding::OrderNumber:
        return orderNumber;
    case Binding::Customer:
        return customer;
    case Binding::Channel:
        return channel;
    case Binding::Terms:
        return terms;
    case Binding::Code:
        return code;
    case Binding::Duplicate:
        return reprint > 0 ? tr("DUPLICATE %1").arg(reprint) : QString();
    }
    return {};
}

TicketData TicketData::sample()
{
    TicketData t;
    const Currency dkk = Currency::fromCode(u"DKK");
    t.production = QStringLiteral("Die Zauberflöte");
    t.startsAt = QDateTime(QDate(2026, 12, 12), QTime(18, 30), Qt::UTC);
    t.timeZone = QStringLiteral("Europe/Copenhagen");
    t.locale = QStringLiteral("da_DK");
    t.venue = QStringLiteral("Parkett Teatret, Store Scene");
    t.section = QStringLiteral("Parket");
    t.row = QStringLiteral("C");
    t.seat = QStringLiteral("11");
    t.category = QStringLiteral("Kategori A");
    t.priceType = QStringLiteral("Voksen");
    t.price = Money(45000, dkk);
    t.fee = Money(1500, dkk);
    t.orderNumber = QStringLiteral("O-000123");
    t.customer = QStringLiteral("Åse Ærø-Østergård");
    t.channel = QStringLiteral("Billetkontoret");
    t.terms = QStringLiteral("No refund or exchange. Doors <open> 30 min before.");
    t.code = QStringLiteral("7KQ2M9XW4HZT3P8R");
    return t;
}

} // namespace parkett::printing
