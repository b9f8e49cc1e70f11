#pragma once

#include "catalog/rate.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cloudshift {

/// All non-VM unit rates of the catalog, indexed by cloud, kind and product.
///
/// A lookup for a region prefers that region's own price, then a global price, then a reference-region
/// price (the caller sees the scope and says so). Rows added later with the same cloud, kind, product,
/// region and tier replace earlier ones, which is how imported price files override the embedded rows; a
/// replaced reference-region price stays the estimate for the regions without their own.
class RateTable
{
public:
    void add(Rate rate);
    int size() const { return static_cast<int>(m_rates.size()); }

    /// The price of the first tier for the region, or nullopt when the catalog has none at all.
    std::optional<Rate> find(
        Cloud cloud, const QString& kind, const QString& product, const QString& region) const;
    /// Every tier of the best-matching rows for the region (same preference as find()), by tier start.
    std::vector<Rate> tiers(
        Cloud cloud, const QString& kind, const QString& product, const QString& region) const;
    /// Calls visit for each row of a cloud and kind, in table order.
    void forEach(Cloud cloud, const QString& kind, const std::function<void(const Rate&)>& visit) const;

private:
    static QString key(Cloud cloud, const QString& kind, const QString& product);
    /// Rows of the key that serve the region best: its own, else global, else reference ones.
    std::vector<int> best(
        Cloud cloud, const QString& kind, const QString& product, const QString& region) const;

    std::vector<Rate> m_rates;
    QHash<QString, std::vector<int>> m_byProduct;
    QHash<QString, std::vector<int>> m_byKind;
};

} // namespace cloudshift
