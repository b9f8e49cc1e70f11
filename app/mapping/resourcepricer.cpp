#include "resourcepricer.h"

namespace cloudshift {

ResourcePricer::ResourcePricer(const Catalog& catalog)
    : m_catalog(catalog)
    , m_vms(catalog)
{
}

TargetPricing ResourcePricer::price(const Resource& resource, Cloud target) const
{
    TargetPricing result;
    result.offer.cloud = target;
    result.monthly = resource.monthlyCost;
    if (resource.isVm()) {
        result.offer = m_vms.map(resource.vmSize, resource.location,
            resource.windows ? OsType::Windows : OsType::Linux, target);
    } else {
        result.offer.reason = QStringLiteral("not re-priced yet: %1 kept at its Azure cost").arg(resource.serviceCategory);
    }
    for (std::size_t m = 0; m < result.monthly.size(); ++m) {
        if (result.offer.isMapped()) {
            result.monthly[m] += microsFromDouble(resource.vmHours[m] * result.offer.usdPerHour) - resource.vmComputeCost[m];
            result.carriedOver += resource.monthlyCost[m] - resource.vmComputeCost[m];
        } else {
            result.carriedOver += resource.monthlyCost[m];
        }
        result.total += result.monthly[m];
    }
    return result;
}

} // namespace cloudshift
