// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/messages.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parkett::protocol {

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!details.isEmpty())
        error.insert(u"details"_s, details);
    return QJsonObject{{u"error"_s, error}};
}

ApiError ApiError::fromJson(int status, const QJsonObject &body)
{
    const QJsonObject error = body.value(u"error").toObject();
    ApiError out;
    out.status = status;
    out.code = error.value(u"code").toString();
    out.message = error.value(u"message").toString();
    out.details = error.value(u"details").toObject();
    if (out.code.isEmpty())
        out.code = QStringLiteral("http_%1").arg(status);
    return out;
}

ApiError ApiError::fromError(const Error &error)
{
    const auto make = [&](int status, const char16_t *code) {
        return ApiError{status, QString::fromUtf16(code), error.message, {}};
    };
    switch (error.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::ParseError:
    case ErrorCode::CurrencyMismatch:
    case ErrorCode::Overflow:
    case ErrorCode::PriceMissing:
        return make(400, u"bad_request");
    case ErrorCode::NotFound:
        return make(404, u"not_found");
    case ErrorCode::PermissionDenied:
        return make(403, u"forbidden");
    case ErrorCode::IllegalTransition:
        return make(409, u"illegal_transition");
    case ErrorCode::ReservationExpired:
        return make(409, u"hold_expired");
    case ErrorCode::SeatUnavailable:
    case ErrorCode::CapacityExceeded:
        return make(409, u"seat_unavailable");
    case ErrorCode::Conflict:
        return make(409, u"conflict");
    case ErrorCode::RuleViolation:
        return make(422, u"rule_violation");
    case ErrorCode::SchemaTooNew:
    case ErrorCode::CorruptDatabase:
    case ErrorCode::StorageFailure:
        return make(503, u"unavailable");
    }
    return make(500, u"internal");
}

QJsonObject WireTicket::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"seat"_s, idOrNull(seat)},
                       {u"zone"_s, idOrNull(zone)},
                       {u"category"_s, category},
                       {u"priceType"_s, priceType},
                       {u"price"_s, price},
                       {u"label"_s, label},
                       {u"barcode"_s, barcode},
                       {u"status"_s, status}};
}

WireTicket WireTicket::fromJson(JsonReader &json)
{
    WireTicket t;
    t.id = json.optionalInteger(u"id").value_or(0);
    t.seat = json.optionalInteger(u"seat").value_or(0);
    t.zone = json.optionalInteger(u"zone").value_or(0);
    if ((t.seat == 0) == (t.zone == 0))
        json.fail(u"seat", QStringLiteral("or zone must be given, not both"));
    t.category = json.integer(u"category");
    t.priceType = json.integer(u"priceType");
    t.price = json.integer(u"price");
    t.label = json.optionalString(u"label");
    t.barcode = json.string(u"barcode");
    t.status = json.has(u"status") ? json.string(u"status") : QStringLiteral("valid");
    return t;
}

QJsonObject WireOrder::toJson() const
{
    QJsonArray ticketArray;
    for (const WireTicket &t : tickets)
        ticketArray.append(t.toJson());
    return QJsonObject{{u"id"_s, id},
                       {u"number"_s, number},
                       {u"status"_s, status},
                       {u"performanceId"_s, performanceId},
                       {u"channelId"_s, idOrNull(channelId)},
                       {u"customerId"_s, idOrNull(customerId)},
                       {u"terminalId"_s, idOrNull(terminalId)},
                       {u"receipt"_s, receipt.isEmpty() ? QJsonValue() : QJsonValue(receipt)},
                       {u"currency"_s, currency},
                       {u"total"_s, total},
                       {u"createdAt"_s, timeOrNull(createdAt)},
                       {u"reservedUntil"_s, timeOrNull(reservedUntil)},
                       {u"tickets"_s, ticketArray}};
}

WireOrder WireOrder::fromJson(JsonReader &json)
{
    WireOrder o;
    o.id = json.integer(u"id");
    o.number = json.string(u"number");
    o.status = json.string(u"status");
    o.performanceId = json.integer(u"performanceId");
    o.channelId = json.optionalInteger(u"channelId").value_or(0);
    o.customerId = json.optionalInteger(u"customerId").value_or(0);
    o.terminalId = json.optionalInteger(u"terminalId").value_or(0);
    o.receipt = json.optionalString(u"receipt");
    o.currency = json.string(u"currency");
    o.total = json.integer(u"total");
    o.createdAt = json.time(u"createdAt");
    o.reservedUntil = json.optionalTime(u"reservedUntil");
    for (JsonReader &t : json.objects(u"tickets"))
        o.tickets.append(WireTicket::fromJson(t));
    return o;
}

QJsonObject ZoneQuantity::toJson() const
{
    return QJsonObject{{u"zone"_s, zone}, {u"quantity"_s, quantity}};
}

QList<ZoneQuantity> zoneQuantitiesFromJson(JsonReader &json, QStringView key)
{
    QList<ZoneQuantity> out;
    for (JsonReader &z : json.objects(key, true)) {
        ZoneQuantity q{z.integer(u"zone"), int(z.integer(u"quantity"))};
        if (q.quantity <= 0 || q.quantity > 100000)
            z.fail(u"quantity", QStringLiteral("must be between 1 and 100000"));
        out.append(q);
    }
    return out;
}

QJsonArray zoneQuantitiesToJson(const QList<ZoneQuantity> &zones)
{
    QJsonArray out;
    for (const ZoneQuantity &z : zones)
        out.append(z.toJson());
    return out;
}

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QJsonObject HoldRequest::toJson() const
{
    return QJsonObject{{u"performance"_s, performance},
                       {u"seats"_s, idsToJson(seats)},
                       {u"zones"_s, zoneQuantitiesToJson(zones)},
                       {u"ttlSeconds"_s, ttlSeconds}};
}

HoldRequest HoldRequest::fromJson(JsonReader &json)
{
    HoldRequest h;
    h.performance = json.integer(u"performance");
    h.seats = json.integers(u"seats", true);
    h.zones = zoneQuantitiesFromJson(json, u"zones");
    h.ttlSeconds = int(json.optionalInteger(u"ttlSeconds").value_or(600));
    if (h.ttlSeconds < 10 || h.ttlSeconds > 3600)
        json.fail(u"ttlSeconds", QStringLiteral("must be between 10 and 3600"));
    if (h.seats.isEmpty() && h.zones.isEmpty())
        json.fail(u"seats", QStringLiteral("or zones must name at least one place"));
    if (h.seats.size() > 1000)
        json.fail(u"seats", QStringLiteral("may name at most 1000 seats"));
    return h;
}

QJsonObject WirePayment::toJson() const
{
    return QJsonObject{{u"method"_s, method}, {u"amount"_s, amount}};
}

WirePayment WirePayment::fromJson(JsonReader &json)
{
    WirePayment p;
    p.method = json.string(u"method");
    p.amount = json.integer(u"amount");
    static const QStringList methods{QStringLiteral("cash"),
                                     QStringLiteral("card"),
                                     QStringLiteral("gift-card"),
                                     QStringLiteral("invoice"),
                                     QStringLiteral("bank-transfer")};
    if (json.ok() && !methods.contains(p.method))
        json.fail(u"method", QStringLiteral("must be one of %1").arg(methods.join(u", ")));
    return p;
}

QJsonObject OrderLine::toJson() const
{
    QJsonObject o{{u"priceType"_s, priceType}};
    if (seat != 0)
        o.insert(u"seat"_s, seat);
    if (zone != 0) {
        o.insert(u"zone"_s, zone);
        o.insert(u"quantity"_s, quantity);
    }
    return o;
}

OrderLine OrderLine::fromJson(JsonReader &json)
{
    OrderLine l;
    l.seat = json.optionalInteger(u"seat").value_or(0);
    l.zone = json.optionalInteger(u"zone").value_or(0);
    l.priceType = json.integer(u"priceType");
    l.quantity = int(json.optionalInteger(u"quantity").value_or(1));
    if ((l.seat == 0) == (l.zone == 0))
        json.fail(u"seat", QStringLiteral("or zone must be given, not both"));
    if (l.quantity < 1 || (l.seat != 0 && l.quantity != 1))
        json.fail(u"quantity", QStringLiteral("must be 1 for a seat and positive for a zone"));
    return l;
}

QJsonObject ConfirmRequest::toJson() const
{
    QJsonArray lineArray;
    for (const OrderLine &l : lines)
        lineArray.append(l.toJson());
    QJsonObject o{{u"hold"_s, hold}, {u"lines"_s, lineArray}};
    if (customer != 0)
        o.insert(u"customer"_s, customer);
    if (hasPayment)
        o.insert(u"payment"_s, payment.toJson());
    if (reserveUntil.isValid())
        o.insert(u"reserveUntil"_s, formatTime(reserveUntil));
    if (!supervisorLogin.isEmpty())
        o.insert(u"supervisor"_s,
                 QJsonObject{{u"login"_s, supervisorLogin}, {u"password"_s, supervisorPassword}});
    return o;
}

ConfirmRequest ConfirmRequest::fromJson(JsonReader &json)
{
    ConfirmRequest c;
    c.hold = json.string(u"hold");
    for (JsonReader &l : json.objects(u"lines"))
        c.lines.append(OrderLine::fromJson(l));
    c.customer = json.optionalInteger(u"customer").value_or(0);
    c.reserveUntil = json.optionalTime(u"reserveUntil");
    c.hasPayment = json.has(u"payment");
    if (c.hasPayment) {
        JsonReader p = json.object(u"payment");
        c.payment = WirePayment::fromJson(p);
    }
    if (json.has(u"supervisor")) {
        JsonReader supervisor = json.object(u"supervisor");
        c.supervisorLogin = supervisor.string(u"login");
        c.supervisorPassword = supervisor.string(u"password");
    }
    if (c.hasPayment == c.reserveUntil.isValid())
        json.fail(u"payment", QStringLiteral("or reserveUntil must be given, not both"));
    if (c.lines.isEmpty() && json.ok())
        json.fail(u"lines", QStringLiteral("must not be empty"));
    return c;
}

QJsonObject OfflineOrderRequest::toJson() const
{
    QJsonArray lineArray;
    for (const WireTicket &t : lines)
        lineArray.append(t.toJson());
    QJsonObject o{{u"performance"_s, performance},
                  {u"receipt"_s, receipt},
                  {u"createdAt"_s, formatTime(createdAt)},
                  {u"customer"_s, idOrNull(customer)},
                  {u"lines"_s, lineArray},
                  {u"payment"_s, payment.toJson()}};
    if (!approvedBy.isEmpty())
        o.insert(u"approvedBy"_s, approvedBy);
    return o;
}

OfflineOrderRequest OfflineOrderRequest::fromJson(JsonReader &json)
{
    OfflineOrderRequest r;
    r.performance = json.integer(u"performance");
    r.receipt = json.string(u"receipt");
    r.createdAt = json.time(u"createdAt");
    r.customer = json.optionalInteger(u"customer").value_or(0);
    for (JsonReader &l : json.objects(u"lines"))
        r.lines.append(WireTicket::fromJson(l));
    JsonReader p = json.object(u"payment");
    r.payment = WirePayment::fromJson(p);
    r.approvedBy = json.optionalString(u"approvedBy");
    if (r.lines.isEmpty() && json.ok())
        json.fail(u"lines", QStringLiteral("must not be empty"));
    return r;
}

QJsonObject CustomerFlagsRequest::toJson() const
{
    return QJsonObject{{u"flags"_s, QJsonArray::fromStringList(flags)}, {u"blocked"_s, blocked}};
}

CustomerFlagsRequest CustomerFlagsRequest::fromJson(JsonReader &json)
{
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9-]{0,63}$"));
    CustomerFlagsRequest r;
    r.flags = json.strings(u"flags");
    r.blocked = json.boolean(u"blocked", false);
    if (json.ok() && !json.json().value(u"blocked").isBool())
        json.fail(u"blocked", QStringLiteral("must be true or false"));
    if (json.ok() && r.flags.size() > 32)
        json.fail(u"flags", QStringLiteral("may hold at most 32 codes"));
    for (qsizetype i = 0; json.ok() && i < r.flags.size(); ++i) {
        if (!code.match(r.flags.at(i)).hasMatch())
            json.fail(QStringLiteral("flags[%1]").arg(i),
                      QStringLiteral("must be a flag code: lower-case letters, digits and -"));
        else if (r.flags.indexOf(r.flags.at(i)) != i)
            json.fail(QStringLiteral("flags[%1]").arg(i), QStringLiteral("names a flag twice"));
    }
    return r;
}

QJsonObject LeaseRequest::toJson() const
{
    return QJsonObject{{u"performance"_s, performance},
                       {u"terminal"_s, terminal},
                       {u"seats"_s, idsToJson(seats)},
                       {u"zones"_s, zoneQuantitiesToJson(zones)}};
}

LeaseRequest LeaseRequest::fromJson(JsonReader &json)
{
    LeaseRequest l;
    l.performance = json.integer(u"performance");
    l.terminal = json.optionalInteger(u"terminal").value_or(0);
    l.seats = json.integers(u"seats", true);
    l.zones = zoneQuantitiesFromJson(json, u"zones");
    if (l.seats.isEmpty() && l.zones.isEmpty())
        json.fail(u"seats", QStringLiteral("or zones must name at least one place"));
    return l;
}

QJsonObject WireChange::toJson() const
{
    return QJsonObject{{u"seq"_s, seq},
                       {u"at"_s, timeOrNull(at)},
                       {u"kind"_s, kind},
                       {u"performanceId"_s, idOrNull(performanceId)},
                       {u"id"_s, id},
                       {u"data"_s, data}};
}

WireChange WireChange::fromJson(JsonReader &json)
{
    WireChange c;
    c.seq = json.integer(u"seq");
    c.at = json.time(u"at");
    c.kind = json.string(u"kind");
    c.performanceId = json.optionalInteger(u"performanceId").value_or(0);
    c.id = json.optionalInteger(u"id").value_or(0);
    c.data = json.json().value(u"data").toObject();
    return c;
}

QJsonObject ChangesPage::toJson() const
{
    QJsonArray array;
    for (const WireChange &c : changes)
        array.append(c.toJson());
    return QJsonObject{{u"changes"_s, array}, {u"last"_s, last}, {u"more"_s, more}};
}

Result<ChangesPage> ChangesPage::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    ChangesPage page;
    for (JsonReader &c : reader.objects(u"changes"))
        page.changes.append(WireChange::fromJson(c));
    page.last = reader.integer(u"last");
    page.more = reader.boolean(u"more", false);
    if (!reader.ok())
        return reader.toError();
    return page;
}

} // namespace parkett::protocol
