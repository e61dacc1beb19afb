// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

namespace parkett {

/** A strongly typed database or domain id. 0 means "no id". */
template<typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v)
        : value(v)
    {}

    constexpr bool isValid() const { return value != 0; }
    friend constexpr bool operator==(Id a, Id b) { return a.value == b.value; }
    friend constexpr bool operator!=(Id a, Id b) { return a.value != b.value; }
    friend constexpr bool operator<(Id a, Id b) { return a.value < b.value; }
};

template<typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using VenueId = Id<struct VenueTag>;
using SeatPlanId = Id<struct SeatPlanTag>;
using SectionId = Id<struct SectionTag>;
using RowId = Id<struct RowTag>;
using SeatId = Id<struct SeatTag>;
using TableId = Id<struct TableTag>;
using ZoneId = Id<struct ZoneTag>;
using CategoryId = Id<struct CategoryTag>;
using ProductionId = Id<struct ProductionTag>;
using PerformanceId = Id<struct PerformanceTag>;
using PriceTypeId = Id<struct PriceTypeTag>;
using OrderId = Id<struct OrderTag>;
using TicketId = Id<struct TicketTag>;
using PaymentId = Id<struct PaymentTag>;
using CustomerId = Id<struct CustomerTag>;
using ChannelId = Id<struct ChannelTag>;
using UserId = Id<struct UserTag>;
using AreaId = Id<struct AreaTag>;

} // namespace parkett

Q_DECLARE_METATYPE(parkett::SeatId)
Q_DECLARE_METATYPE(parkett::PerformanceId)
Q_DECLARE_METATYPE(parkett::PriceTypeId)
Q_DECLARE_METATYPE(parkett::OrderId)
Q_DECLARE_METATYPE(parkett::CustomerId)
Q_DECLARE_METATYPE(parkett::AreaId)
