#pragma once

#include "catalog/catalog.h"
#include "mapping/offer.h"
#include "mapping/regionmapper.h"
#include "mapping/targetoverride.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace cloudshift {

/// Azure VM size in an Azure region → priced equivalent on AWS or Google Cloud.
///
/// The region goes through RegionMapper; the size through VmMatcher (equivalent family, then same
/// category, then cheapest big-enough type). The Offer says what was chosen and why in one line, with
/// the price's source and date, and lists the next best types as alternatives. Results are cached;
/// map() is safe to call from several threads.
class VmMapper
{
public:
    /// The catalog must outlive the mapper.
    explicit VmMapper(const Catalog& catalog);

    /// azureVmSize as in bills ("Standard_D4s_v5", "D4s v5"); azureRegion in any billing spelling.
    /// An unknown size or region gives Confidence::None with the reason.
    Offer map(const QString& azureVmSize, const QString& azureRegion, OsType os, Cloud target) const;
    /// As map(), with the user's choice of target region and/or type.
    Offer map(const QString& azureVmSize, const QString& azureRegion, OsType os, Cloud target,
        const TargetOverride& choice) const;

    /// Maps a shape that is not an Azure VM size (an App Service plan instance) the same way; without a
    /// family equivalence it goes by category, then by size. Not cached.
    Offer mapShape(const VmType& shape, const QString& azureRegion, OsType os, Cloud target,
        const TargetOverride& choice) const;

    /// How many alternatives an Offer lists.
    static constexpr std::size_t kAlternatives = 3;

    /// "EC2", "Compute Engine", "Virtual Machines".
    static QString serviceName(Cloud cloud);

private:
    Offer compute(const QString& azureVmSize, const QString& azureRegion, OsType os, Cloud target,
        const TargetOverride& choice) const;

    const Catalog& m_catalog;
    RegionMapper m_regions;
    mutable QMutex m_mutex;
    mutable QHash<QString, Offer> m_cache;
};

} // namespace cloudshift
