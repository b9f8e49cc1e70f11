#pragma once

#include "inventory/workloadgrouping.h"
#include "pipeline/mappingoverridelookup.h"
#include "simulation/regionalrates.h"

#include <QHash>

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace cloudshift {

class Catalog;

/// Re-prices a workload's resources in another target region with the embedded catalog, the same way
/// the analysis priced them in their nearest region (a resource the user pinned to a region keeps it).
/// The first request for a (workload, cloud, region) prices that workload's resources; later ones come
/// from a cache.
class CatalogRegionalRates : public RegionalRates
{
public:
    CatalogRegionalRates(std::shared_ptr<const Inventory> inventory, std::vector<WorkloadGrouping::Assignment> assignments,
        const std::vector<MappingOverride>& overrides, RunRateBasis basis, const Catalog& catalog);

    std::optional<WorkloadRates> ratesIn(const QString& workload, std::size_t target, const QString& region) const override;

private:
    WorkloadRates price(const std::vector<std::size_t>& resources, const QString& workload, std::size_t target,
        const QString& region) const;

    std::shared_ptr<const Inventory> m_inventory;
    std::vector<WorkloadGrouping::Assignment> m_assignments;
    MappingOverrideLookup m_overrides;
    RunRateBasis m_basis;
    const Catalog& m_catalog;
    QHash<QString, std::vector<std::size_t>> m_resourcesByWorkload;

    mutable std::mutex m_mutex;
    mutable std::map<std::tuple<QString, std::size_t, QString>, WorkloadRates> m_cache;
};

} // namespace cloudshift
