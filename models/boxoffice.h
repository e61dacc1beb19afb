// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/catalog.h"
#include "core/customer.h"
#include "core/inventory.h"
#include "core/order.h"
#include "core/result.h"
#include "core/seatplan.h"

#include <functional>
#include <memory>

#include <QDateTime>
#include <QList>
#include <QString>

namespace parkett {

class CatalogRepository;
class CustomerRepository;
class Database;
class SalesService;

/** Everything the counter needs to sell one performance, read in one go. */
struct PerformanceForSale
{
    PerformanceSummary summary;
    SeatPlan plan;
    PriceList prices;
    QList<PriceType> priceTypes;
    Inventory inventory;
};

/** The box office as the desktop widgets see it: reads and sales through the storage facades,
    with an injectable clock. Widgets depend on this facade and never on storage/, so the same
    screens can later run against the sync layer. Owns the database it is given. */
class BoxOffice
{
public:
    using Clock = std::function<QDateTime()>;

    BoxOffice(std::unique_ptr<Database> database, Clock clock = {});
    ~BoxOffice();
    Q_DISABLE_COPY_MOVE(BoxOffice)

    QDateTime now() const { return m_clock(); }
    QString databasePath() const;
    /** "Standalone" for a local file; the server's name once connected. */
    QString modeName() const { return m_modeName; }
    void setModeName(const QString &name) { m_modeName = name; }
    /** Who sells: the first box-office user at the box-office channel when not set. */
    void setSalesContext(UserId user, ChannelId channel);

    Result<QList<PerformanceSummary>> upcoming();
    Result<PerformanceSummary> summary(PerformanceId performance);
    Result<PerformanceForSale> openPerformance(PerformanceId performance);
    Result<Inventory> inventory(PerformanceId performance, const SeatPlan &plan);

    Result<Order> sell(const Basket &basket, PaymentMethod method);
    Result<Order> reserve(const Basket &basket, const QDateTime &until);
    Result<int> releaseExpired();
    /** Customers for what a clerk typed (name, e-mail, phone, number); at most \a limit. */
    Result<QList<Customer>> searchCustomers(const QString &text, int limit = 20);

    /** For the composition root and tests: the storage underneath. */
    Database &database() { return *m_database; }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<SalesService> m_sales;
    std::unique_ptr<CustomerRepository> m_customers;
    Clock m_clock;
    QString m_modeName;
};

} // namespace parkett
