#pragma once

#include "catalog/catalog.h"
#include "mapping/regionmatch.h"

namespace cloudshift {

/// Azure region → the nearest AWS or Google Cloud region by great-circle distance between the regions'
/// coordinates, among the target regions the catalog has VM prices for.
///
/// Confidence says how far the workload moves: Exact within kSameAreaKm, Close within kNearbyKm,
/// Approximate beyond. An Azure region without coordinates falls back to the region equivalence table.
/// The user may name the target region instead (an override); it is used as given when the catalog
/// prices VMs there.
class RegionMapper
{
public:
    static constexpr double kSameAreaKm = 500.0;
    static constexpr double kNearbyKm = 2000.0;

    explicit RegionMapper(const Catalog& catalog);

    /// raw: any Azure spelling ("EastUS2", "US East 2"). target Azure returns the normalised region itself.
    RegionMatch map(const QString& raw, Cloud target) const;
    /// As map(), but a non-empty override names the target region to use.
    RegionMatch map(const QString& raw, Cloud target, const QString& targetOverride) const;

private:
    const Catalog& m_catalog;
};

} // namespace cloudshift
