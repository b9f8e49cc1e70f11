#include "ratetable.h"

#include <algorithm>

namespace cloudshift {

QString RateTable::key(Cloud cloud, const QString& kind, const QString& product)
{
    return cloudId(cloud) + QLatin1Char('|') + kind + QLatin1Char('|') + product.toLower();
}

void RateTable::add(Rate rate)
{
    const QString productKey = key(rate.cloud, rate.kind, rate.product);
    std::vector<int>& rows = m_byProduct[productKey];
    for (int index : rows) {
        Rate& existing = m_rates[static_cast<std::size_t>(index)];
        if (existing.region.compare(rate.region, Qt::CaseInsensitive) == 0
            && existing.tierStart == rate.tierStart) {
            // A fresher price for a reference region still serves the other regions as their estimate.
            if (existing.scope == RateScope::Reference && rate.scope == RateScope::Region)
                rate.scope = RateScope::Reference;
            existing = std::move(rate);
            return;
        }
    }
    const int index = size();
    rows.push_back(index);
    m_byKind[key(rate.cloud, rate.kind, QString())].push_back(index);
    m_rates.push_back(std::move(rate));
}

std::vector<int> RateTable::best(
    Cloud cloud, const QString& kind, const QString& product, const QString& region) const
{
    const auto it = m_byProduct.constFind(key(cloud, kind, product));
    if (it == m_byProduct.cend())
        return {};
    std::vector<int> regional, global, reference;
    for (int index : *it) {
        const Rate& rate = m_rates[static_cast<std::size_t>(index)];
        if (rate.scope == RateScope::Global)
            global.push_back(index);
        else if (rate.region.compare(region, Qt::CaseInsensitive) == 0)
            regional.push_back(index);
        else if (rate.scope == RateScope::Reference)
            reference.push_back(index);
    }
    std::vector<int>& chosen = !regional.empty() ? regional : !global.empty() ? global : reference;
    std::sort(chosen.begin(), chosen.end(), [this](int a, int b) {
        return m_rates[static_cast<std::size_t>(a)].tierStart
            < m_rates[static_cast<std::size_t>(b)].tierStart;
    });
    return chosen;
}

std::optional<Rate> RateTable::find(
    Cloud cloud, const QString& kind, const QString& product, const QString& region) const
{
    const std::vector<int> rows = best(cloud, kind, product, region);
    if (rows.empty())
        return std::nullopt;
    return m_rates[static_cast<std::size_t>(rows.front())];
}

std::vector<Rate> RateTable::tiers(
    Cloud cloud, const QString& kind, const QString& product, const QString& region) const
{
    std::vector<Rate> result;
    for (int index : best(cloud, kind, product, region))
        result.push_back(m_rates[static_cast<std::size_t>(index)]);
    return result;
}

void RateTable::forEach(Cloud cloud, const QString& kind, const std::function<void(const Rate&)>& visit) const
{
    const auto it = m_byKind.constFind(key(cloud, kind, QString()));
    if (it == m_byKind.cend())
        return;
    for (int index : *it)
        visit(m_rates[static_cast<std::size_t>(index)]);
}

} // namespace cloudshift
