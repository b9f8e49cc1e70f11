#pragma once

#include "inventory/inventory.h"
#include "inventory/workloadgrouping.h"
#include "mapping/offer.h"
#include "simulation/planresult.h"

#include <functional>
#include <vector>

namespace cloudshift {

/// Finds the offer for one Azure VM size in one Azure region on one target cloud.
using VmOfferLookup = std::function<Offer(const QString& vmSize, const QString& azureRegion, OsType os, Cloud target)>;

/// Re-prices the inventory month by month as if every workload ran on AWS, and as if on GCP.
///
/// A VM's compute hours are priced at the target's hourly rate; everything not priced keeps its Azure
/// cost on the target and is counted as carried over, so totals never lose a line.
PlanResult planAllToTargets(const Inventory& inventory, const std::vector<WorkloadGrouping::Assignment>& workloads,
    const VmOfferLookup& lookup, const QString& catalogDate);

} // namespace cloudshift
