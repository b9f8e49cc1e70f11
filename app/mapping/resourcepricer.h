#pragma once

#include "inventory/resource.h"
#include "mapping/offer.h"
#include "mapping/vmmapper.h"

#include <vector>

namespace cloudshift {

/// What one Azure resource would cost per month on one target cloud, and what it was priced as.
struct TargetPricing
{
    Offer offer; ///< the main offer (the VM type for a VM); confidence None when nothing was priced
    std::vector<Micros> monthly; ///< per inventory month, priced part + carried-over part
    Micros total = 0;
    Micros carriedOver = 0; ///< Azure cost kept as is because no target price covers it
};

/// Prices an inventory resource on a target cloud from the catalog.
///
/// VM compute hours are priced at the mapped type's hourly rate. Meters with no target price keep their
/// Azure cost (carried over) so no line is ever dropped. Thread-safe: const and backed by VmMapper's cache.
class ResourcePricer
{
public:
    /// The catalog must outlive the pricer.
    explicit ResourcePricer(const Catalog& catalog);

    TargetPricing price(const Resource& resource, Cloud target) const;

private:
    const Catalog& m_catalog;
    VmMapper m_vms;
};

} // namespace cloudshift
