#pragma once

#include "billing/money.h"
#include "inventory/inventory.h"
#include "inventory/workloadgrouping.h"
#include "mapping/resourcepricer.h"

#include <QString>

#include <array>
#include <vector>

namespace cloudshift {

/// A resource priced on both target clouds (index 0 = AWS, 1 = GCP).
using TargetPricingPair = std::array<TargetPricing, 2>;

/// What a workload costs per month today and on each target at on-demand prices: the run rates every
/// scenario starts from. Computed once per import and grouping, so a scenario edit only re-runs the
/// cheap month-by-month arithmetic.
struct WorkloadRates
{
    QString workload;
    int resources = 0;
    int vms = 0;
    double vcpus = 0.0;
    Micros azure = 0; ///< monthly run rate on Azure (billing currency)
    Micros azureCompute = 0; ///< of which VM compute
    std::array<Micros, 2> target{}; ///< monthly on-demand run rate on AWS, GCP
    std::array<Micros, 2> targetCompute{}; ///< of which VM compute (what pricing models discount)
    std::array<Micros, 2> targetCarried{}; ///< of which Azure cost carried over unpriced
    std::array<Micros, 2> mappedAzure{}; ///< Azure run rate of the lines that have a target price
    std::array<QString, 2> region; ///< the target region most of its cost maps to
    double storedGb = 0.0; ///< GB stored (GB-month meters), the data to move
};

/// The run-rate window: which months of the bill the rates average.
struct RunRateBasis
{
    int firstMonth = 0; ///< index into the inventory's months
    int months = 0;
    double scale = 1.0; ///< >1 when only a partial month exists and is extrapolated to a full month
    QString description; ///< "average of the last 3 full months (2025-10 to 2025-12)"
};

/// Picks the last up-to-3 full months of the bill; lastDate tells whether the last month is complete.
RunRateBasis chooseRunRateBasis(const Inventory& inventory, const QDate& lastDate);

/// Sums resources into per-workload run rates over the basis window. Order: workloads by first appearance.
std::vector<WorkloadRates> computeWorkloadRates(const Inventory& inventory,
    const std::vector<WorkloadGrouping::Assignment>& assignments, const std::vector<TargetPricingPair>& pricing,
    const RunRateBasis& basis);

} // namespace cloudshift
