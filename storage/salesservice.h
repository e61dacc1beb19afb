// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/catalog.h"
#include "core/order.h"
#include "core/result.h"

#include <functional>

#include <QDateTime>

namespace parkett {

class CatalogRepository;
class Database;

/** Who sells: the signed-in user at a channel. */
struct SalesContext
{
    UserId user;
    ChannelId channel;
};

/** The facade for selling: every operation is one immediate write transaction that checks
    availability against the stored state, writes the order, and commits before anything is
    printed. A refused sale writes nothing. */
class SalesService
{
public:
    using BarcodeSource = std::function<QString()>;

    explicit SalesService(Database &db, SalesContext context = {}, BarcodeSource barcodes = {});

    Result<Order> sell(const Basket &basket, PaymentMethod method, const QDateTime &now);
    Result<Order> reserve(const Basket &basket, const QDateTime &until, const QDateTime &now);
    Result<Order> payReservation(OrderId order, PaymentMethod method, const QDateTime &now);
    Result<Order> cancel(OrderId order, const QString &reason, const QDateTime &now);
    /** Cancels every reservation whose time is up; returns how many. */
    Result<int> releaseExpired(const QDateTime &now);

    /** The standalone counter: the first box-office user at the box-office channel. */
    static SalesContext boxOfficeContext(CatalogRepository &catalog);

    /** A random ticket code: 16 characters of an unambiguous alphabet (80 bits). */
    static QString randomBarcode();

private:
    enum class Mode { Sell, Reserve };
    Result<Order> place(const Basket &basket,
                        Mode mode,
                        PaymentMethod method,
                        const QDateTime &until,
                        const QDateTime &now);
    Result<int> expireWithin(const QDateTime &now, PerformanceId performance);
    Result<Order> changeOrder(OrderId id, const std::function<Result<void>(Order &)> &change);

    Database &m_db;
    SalesContext m_context;
    BarcodeSource m_barcodes;
};

} // namespace parkett
