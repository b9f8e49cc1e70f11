#pragma once

#include "inventory/inventory.h"
#include "inventory/workloadgrouping.h"
#include "mapping/resourcepricer.h"
#include "simulation/workloadrates.h"
#include "simulation/planresult.h"

#include <functional>
#include <vector>

namespace cloudshift {

/// Re-prices the inventory month by month as if every workload ran on AWS, and as if on GCP.
///
/// pricing[r] is resource r priced on AWS and GCP (ResourcePricer); the planner sums resources into
/// monthly series and workloads, so a figure in a series always equals the sum of its resources.
PlanResult planAllToTargets(const Inventory& inventory, const std::vector<WorkloadGrouping::Assignment>& workloads,
    const std::vector<TargetPricingPair>& pricing, const QString& catalogDate);

} // namespace cloudshift
