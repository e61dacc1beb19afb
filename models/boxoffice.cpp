// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/boxoffice.h"

#include "storage/catalogrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/salesservice.h"

namespace parkett {

BoxOffice::BoxOffice(std::unique_ptr<Database> database, Clock clock)
    : m_database(std::move(database))
    , m_catalog(std::make_unique<CatalogRepository>(*m_database))
    , m_sales(
          std::make_unique<SalesService>(*m_database, SalesService::boxOfficeContext(*m_catalog)))
    , m_customers(std::make_unique<CustomerRepository>(*m_database))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{}

BoxOffice::~BoxOffice() = default;

QString BoxOffice::databasePath() const
{
    return m_database->path();
}

void BoxOffice::setSalesContext(UserId user, ChannelId channel)
{
    m_sales = std::make_unique<SalesService>(*m_database, SalesContext{user, channel});
}

Result<QList<PerformanceSummary>> BoxOffice::upcoming()
{
    const QDateTime now = m_clock();
    return m_catalog->upcoming(now, now);
}

Result<PerformanceSummary> BoxOffice::summary(PerformanceId performance)
{
    return m_catalog->summary(performance, m_clock());
}

Result<PerformanceForSale> BoxOffice::openPerformance(PerformanceId performance)
{
    PerformanceForSale out;
    auto summary = m_catalog->summary(performance, m_clock());
    if (!summary)
        return summary.error();
    out.summary = *summary;
    auto plan = m_catalog->plan(summary->performance.plan);
    if (!plan)
        return plan.error();
    out.plan = std::move(*plan);
    auto prices = m_catalog->priceList(performance);
    if (!prices)
        return prices.error();
    out.prices = *prices;
    auto types = m_catalog->priceTypes();
    if (!types)
        return types.error();
    out.priceTypes = *types;
    auto inventory = m_catalog->inventory(performance, out.plan);
    if (!inventory)
        return inventory.error();
    out.inventory = *inventory;
    return out;
}

Result<Inventory> BoxOffice::inventory(PerformanceId performance, const SeatPlan &plan)
{
    return m_catalog->inventory(performance, plan);
}

Result<Order> BoxOffice::sell(const Basket &basket, PaymentMethod method)
{
    return m_sales->sell(basket, method, m_clock());
}

Result<Order> BoxOffice::reserve(const Basket &basket, const QDateTime &until)
{
    return m_sales->reserve(basket, until, m_clock());
}

Result<QList<Customer>> BoxOffice::searchCustomers(const QString &text, int limit)
{
    return m_customers->search(text, limit);
}

Result<int> BoxOffice::releaseExpired()
{
    return m_sales->releaseExpired(m_clock());
}

} // namespace parkett
