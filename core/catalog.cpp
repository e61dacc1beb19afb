// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog.h"

#include <algorithm>

namespace parkett {

void PriceList::setPrice(CategoryId category, PriceTypeId type, Money price)
{
    m_prices.insert(key(category, type), Entry{category, type, price});
}

Result<Money> PriceList::price(CategoryId category, PriceTypeId type) const
{
    const auto it = m_prices.constFind(key(category, type));
    if (it == m_prices.cend())
        return makeError(ErrorCode::PriceMissing,
                         QStringLiteral("no price for category %1 and price type %2")
                             .arg(category.value)
                             .arg(type.value));
    return it->price;
}

bool PriceList::hasPrice(CategoryId category, PriceTypeId type) const
{
    return m_prices.contains(key(category, type));
}

QList<PriceTypeId> PriceList::typesFor(CategoryId category, const QList<PriceType> &types) const
{
    QList<PriceType> sorted = types;
    std::stable_sort(sorted.begin(), sorted.end(), [](const PriceType &a, const PriceType &b) {
        return a.sortOrder < b.sortOrder;
    });
    QList<PriceTypeId> out;
    for (const PriceType &t : sorted) {
        if (hasPrice(category, t.id))
            out.append(t.id);
    }
    return out;
}

QList<PriceList::Entry> PriceList::entries() const
{
    QList<Entry> out = m_prices.values();
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.category != b.category ? a.category < b.category : a.type < b.type;
    });
    return out;
}

} // namespace parkett
