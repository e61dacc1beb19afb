// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "protocol/jsonreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace parkett::protocol {

/** The error body of every refused request: {"error": {"code", "message", "details"}}. */
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    QJsonObject details;

    QJsonObject toJson() const;
    static ApiError fromJson(int status, const QJsonObject &body);
    /** The HTTP status and code for a core error. */
    static ApiError fromError(const Error &error);
};

/** A ticket as the server stores it. */
struct WireTicket
{
    qint64 id = 0;
    qint64 seat = 0; ///< 0 for a standing ticket
    qint64 zone = 0; ///< 0 for a seated ticket
    qint64 category = 0;
    qint64 priceType = 0;
    qint64 price = 0;
    QString label;
    QString barcode;
    QString status = QStringLiteral("valid");

    QJsonObject toJson() const;
    static WireTicket fromJson(JsonReader &json);
};

struct WireOrder
{
    qint64 id = 0;
    QString number;
    QString status; ///< reserved, sold, cancelled
    qint64 performanceId = 0;
    qint64 channelId = 0;
    qint64 customerId = 0;
    qint64 terminalId = 0;
    QString receipt; ///< the terminal's receipt number of an offline sale, else empty
    QString currency;
    qint64 total = 0;
    QDateTime createdAt;
    QDateTime reservedUntil;
    QList<WireTicket> tickets;

    QJsonObject toJson() const;
    static WireOrder fromJson(JsonReader &json);
};

/** A standing zone and a number of places in it. */
struct ZoneQuantity
{
    qint64 zone = 0;
    int quantity = 0;

    QJsonObject toJson() const;
};

QList<ZoneQuantity> zoneQuantitiesFromJson(JsonReader &json, QStringView key);
QJsonArray zoneQuantitiesToJson(const QList<ZoneQuantity> &zones);
QJsonArray idsToJson(const QList<qint64> &ids);

struct HoldRequest
{
    qint64 performance = 0;
    QList<qint64> seats;
    QList<ZoneQuantity> zones;
    int ttlSeconds = 600;

    QJsonObject toJson() const;
    static HoldRequest fromJson(JsonReader &json);
};

struct WirePayment
{
    QString method; ///< cash, card, gift-card, invoice, bank-transfer
    qint64 amount = 0;

    QJsonObject toJson() const;
    static WirePayment fromJson(JsonReader &json);
};

/** One line of an order confirmed from a hold: a seat, or a quantity of a standing zone. */
struct OrderLine
{
    qint64 seat = 0;
    qint64 zone = 0;
    qint64 priceType = 0;
    int quantity = 1;

    QJsonObject toJson() const;
    static OrderLine fromJson(JsonReader &json);
};

struct ConfirmRequest
{
    QString hold;
    QList<OrderLine> lines;
    qint64 customer = 0;
    bool hasPayment = false;
    WirePayment payment;
    QDateTime reserveUntil; ///< a reservation when valid
    /// A supervisor's approval of a sale to a customer blocked from sale; the server checks
    /// the credentials (role supervisor or admin) and keeps the approval in the history.
    QString supervisorLogin;
    QString supervisorPassword;

    QJsonObject toJson() const;
    static ConfirmRequest fromJson(JsonReader &json);
};

/** A sale made offline from the terminal's lease, replayed later. */
struct OfflineOrderRequest
{
    qint64 performance = 0;
    QString receipt;
    QDateTime createdAt;
    qint64 customer = 0;
    QList<WireTicket> lines;
    WirePayment payment;
    QString approvedBy; ///< the supervisor who let a blocked customer buy, checked at the terminal

    QJsonObject toJson() const;
    static OfflineOrderRequest fromJson(JsonReader &json);
};

/** A customer's sale-relevant flags as every terminal sees them (POST
    /v1/customers/{id}/flags, and the "blocked" and "flags" of the customer's JSON). */
struct CustomerFlagsRequest
{
    /// The codes of the customer's flags ("vip", "blocked"), as the clients' flag definitions
    /// name them: lower-case letters, digits and -, each at most once.
    QStringList flags;
    /// Blocked from sale: a sale then needs a supervisor's approval, which the server checks.
    bool blocked = false;

    QJsonObject toJson() const;
    static CustomerFlagsRequest fromJson(JsonReader &json);
};

struct LeaseRequest
{
    qint64 performance = 0;
    qint64 terminal = 0;
    QList<qint64> seats;
    QList<ZoneQuantity> zones;

    QJsonObject toJson() const;
    static LeaseRequest fromJson(JsonReader &json);
};

/** One entry of the change feed. */
struct WireChange
{
    qint64 seq = 0;
    QDateTime at;
    QString kind; ///< order, hold, lease, catalog, customer
    qint64 performanceId = 0;
    qint64 id = 0;
    QJsonObject data;

    QJsonObject toJson() const;
    static WireChange fromJson(JsonReader &json);
};

struct ChangesPage
{
    QList<WireChange> changes;
    qint64 last = 0;
    bool more = false;

    QJsonObject toJson() const;
    static Result<ChangesPage> fromJson(const QJsonObject &json);
};

} // namespace parkett::protocol
