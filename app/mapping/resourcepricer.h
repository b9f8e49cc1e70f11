#pragma once

#include "inventory/resource.h"
#include "mapping/computelinepricer.h"
#include "mapping/databaselinepricer.h"
#include "mapping/networklinepricer.h"
#include "mapping/offer.h"
#include "mapping/pricedline.h"
#include "mapping/regionmapper.h"
#include "mapping/servicelinepricer.h"
#include "mapping/storagelinepricer.h"
#include "mapping/targetoverride.h"
#include "mapping/unitconverter.h"
#include "mapping/vmmapper.h"

#include <array>
#include <vector>

namespace cloudshift {

/// What one Azure resource would cost per month on one target cloud, and what it was priced as.
struct TargetPricing
{
    Offer offer; ///< the main offer (the VM type for a VM, else the costliest priced line's product);
                 ///< confidence None when nothing was priced
    std::vector<Micros> monthly; ///< per inventory month, priced lines + carried-over lines
    Micros total = 0;
    Micros carriedOver = 0; ///< Azure cost kept as is because no target price covers it
    std::vector<PricedLine> lines; ///< one per meter of the resource, in its order
    std::array<Micros, 4>
        azureByConfidence {}; ///< Azure cost of the lines at each Confidence (None: carried over)

    Micros azureCostAt(Confidence confidence) const
    {
        return azureByConfidence[static_cast<std::size_t>(confidence)];
    }
};

/// Prices an inventory resource on a target cloud from the catalog, meter by meter.
///
/// Each meter is classified (MeterClassifier), its quantity normalised (UnitConverter) and priced by the
/// pricer for its kind: compute, storage, network, database or service. The resource lands in the target
/// region nearest to its Azure region (RegionMapper) unless the user chose another. A meter no pricer
/// covers keeps its Azure cost (carried over) and is flagged, so no line is ever dropped. Thread-safe.
class ResourcePricer
{
public:
    /// The catalog must outlive the pricer.
    explicit ResourcePricer(const Catalog& catalog);

    TargetPricing price(const Resource& resource, Cloud target) const;
    /// As price(), with the user's choice of target region and VM type for this resource.
    TargetPricing price(const Resource& resource, Cloud target, const TargetOverride& choice) const;

    /// Where resources without a usable Azure region are priced: "us-east-1", "us-central1".
    static QString referenceRegion(Cloud target);

private:
    PricedLine priceLine(const Resource& resource, const MeterUsage& usage, Cloud target,
        const RegionMatch& region, const TargetOverride& choice, Offer& vmOffer) const;
    /// Resources built without meters: their VM hours priced, the rest carried over.
    TargetPricing priceWithoutMeters(
        const Resource& resource, Cloud target, const TargetOverride& choice) const;
    RegionMatch regionFor(const Resource& resource, Cloud target, const TargetOverride& choice) const;

    const Catalog& m_catalog;
    VmMapper m_vms;
    RegionMapper m_regions;
    UnitConverter m_units;
    ComputeLinePricer m_compute;
    StorageLinePricer m_storage;
    NetworkLinePricer m_network;
    DatabaseLinePricer m_databases;
    ServiceLinePricer m_services;
};

} // namespace cloudshift
