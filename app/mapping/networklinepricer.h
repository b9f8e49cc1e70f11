#pragma once

#include "mapping/linecontext.h"
#include "mapping/pricedline.h"

namespace cloudshift {

/// Prices data transfer (Azure "Bandwidth" meters): internet egress at the target region's graduated
/// tiers (AWS Data Transfer Out; Google Cloud Premium Tier, or Standard Tier for Azure's "routing
/// preference: Internet"), transfer between regions and continents, between zones, and free ingress.
class NetworkLinePricer
{
public:
    /// False when the meter has no equivalent here (the line's reason says why).
    bool price(const LineContext& context, PricedLine& line) const;

private:
    bool priceTransfer(
        const LineContext& context, PricedLine& line, const QString& product, const QString& what) const;
};

} // namespace cloudshift
