#pragma once

#include "inventory/inventory.h"
#include "inventory/workloadgrouping.h"
#include "mapping/resourcepricer.h"
#include "simulation/planresult.h"

#include <functional>
#include <vector>

namespace cloudshift {

/// Prices one resource on one target cloud (ResourcePricer::price in production).
using ResourcePricing = std::function<TargetPricing(const Resource& resource, Cloud target)>;

/// Re-prices the inventory month by month as if every workload ran on AWS, and as if on GCP.
///
/// The pricing decides each resource's target cost; the planner sums resources into monthly series and
/// workloads, so a figure in a series always equals the sum of its resources and workloads.
PlanResult planAllToTargets(const Inventory& inventory, const std::vector<WorkloadGrouping::Assignment>& workloads,
    const ResourcePricing& pricing, const QString& catalogDate);

} // namespace cloudshift
