#include "catalogregionalrates.h"

#include "catalog/catalog.h"
#include "mapping/resourcepricer.h"

namespace cloudshift {

CatalogRegionalRates::CatalogRegionalRates(std::shared_ptr<const Inventory> inventory,
    std::vector<WorkloadGrouping::Assignment> assignments, const std::vector<MappingOverride>& overrides,
    RunRateBasis basis, const Catalog& catalog)
    : m_inventory(std::move(inventory))
    , m_assignments(std::move(assignments))
    , m_overrides(overrides)
    , m_basis(std::move(basis))
    , m_catalog(catalog)
{
    for (std::size_t r = 0; r < m_assignments.size(); ++r)
        m_resourcesByWorkload[m_assignments[r].workload].push_back(r);
}

std::optional<WorkloadRates> CatalogRegionalRates::ratesIn(const QString& workload, std::size_t target, const QString& region) const
{
    const auto resources = m_resourcesByWorkload.constFind(workload);
    if (resources == m_resourcesByWorkload.constEnd() || target > 1)
        return std::nullopt;
    // A region the price tables do not hold has no prices to move to: the mapped rates stand.
    if (m_catalog.vmTable(target == 0 ? Cloud::Aws : Cloud::Gcp).regionIndex(region) < 0)
        return std::nullopt;
    auto key = std::make_tuple(workload, target, region);
    {
        const std::lock_guard lock(m_mutex);
        if (const auto cached = m_cache.find(key); cached != m_cache.end())
            return cached->second;
    }
    // Priced outside the lock: two threads asking for the same key at once both price it, which is
    // harmless, while one slow request never blocks others.
    WorkloadRates rates = price(resources.value(), workload, target, region);
    const std::lock_guard lock(m_mutex);
    return m_cache.try_emplace(std::move(key), std::move(rates)).first->second;
}

WorkloadRates CatalogRegionalRates::price(
    const std::vector<std::size_t>& resources, const QString& workload, std::size_t target, const QString& region) const
{
    // The workload's resources as an inventory of their own, so the rates are summed exactly as
    // computeWorkloadRates() sums them for the whole bill.
    Inventory subset;
    subset.firstMonth = m_inventory->firstMonth;
    subset.monthCount = m_inventory->monthCount;
    subset.currency = m_inventory->currency;
    subset.resources.reserve(resources.size());
    std::vector<WorkloadGrouping::Assignment> assignments;
    std::vector<TargetPricingPair> pricing;
    const ResourcePricer pricer(m_catalog);
    for (const std::size_t r : resources) {
        const Resource& resource = m_inventory->resources[r];
        subset.resources.push_back(resource);
        assignments.push_back(m_assignments[r]);
        TargetPricingPair pair;
        for (std::size_t t = 0; t < 2; ++t) {
            TargetOverride choice = m_overrides.choice(resource, workload, t);
            if (t == target && !m_overrides.hasOwnChoice(resource, t))
                choice.region = region;
            pair[t] = pricer.price(resource, t == 0 ? Cloud::Aws : Cloud::Gcp, choice);
        }
        pricing.push_back(std::move(pair));
    }
    std::vector<WorkloadRates> rates = computeWorkloadRates(subset, assignments, pricing, m_basis);
    return rates.empty() ? WorkloadRates{workload} : rates.front();
}

} // namespace cloudshift
