#pragma once

#include "catalog/catalog.h"
#include "mapping/regionmatch.h"

namespace cloudshift {

/// Azure region → AWS / Google Cloud region, through the catalog's region equivalence table.
///
/// An Azure region without a row (newer or smaller regions such as australiacentral) borrows the row of
/// the nearest listed Azure region by great-circle distance, with lower confidence: Close within
/// kNearbyKm, Approximate beyond.
class RegionMapper
{
public:
    static constexpr double kNearbyKm = 500.0;

    explicit RegionMapper(const Catalog& catalog);

    /// raw: any Azure spelling ("EastUS2", "US East 2"). target Azure returns the normalised region itself.
    RegionMatch map(const QString& raw, Cloud target) const;

private:
    const Catalog& m_catalog;
};

} // namespace cloudshift
