#pragma once

#include "billing/money.h"
#include "inventory/resource.h"
#include "latency/workloadlatency.h"
#include "mapping/offer.h"
#include "mapping/regionmatch.h"
#include "risk/storeddata.h"
#include "risk/workloadscenario.h"

#include <QString>

#include <vector>

namespace cloudshift {

/// One resource of a workload as the risk factors see it: the bill's resource and its fate on the target.
struct RiskResource
{
    const Resource* resource = nullptr; ///< must outlive the assessment
    Offer offer; ///< its main offer on the target cloud; confidence None when not priced
    RegionMatch region; ///< its Azure region on the target cloud
    QString regionCaveat; ///< the equivalence table's note for the target ("AWS has no Iowa region")
    bool sizeKnown = true; ///< false when the catalog does not know the Azure VM size
};

/// Everything one workload's risk assessment reads: the engine's own results plus the scenario's
/// assumptions (defaults until scenarios exist; the evidence says when a default was used).
struct WorkloadRiskInput
{
    QString workload;
    Cloud target = Cloud::Aws;
    QString targetReason; ///< why this target: "cheaper of the two targets", "scenario placement"
    std::vector<RiskResource> resources;
    Micros estateCost = 0; ///< Azure cost of every workload of the plan, for the size share
    int historyMonths = 0; ///< months of the export in which the workload has cost
    WorkloadLatency latency;
    WorkloadScenario scenario;
    double transferGbps = 1.0; ///< sustained bandwidth assumed for moving the data
    GigabytesPerUnit gigabytesPerUnit; ///< storage units; empty counts managed disks only

    Micros workloadCost() const;
    Micros vmCost() const;
    QString currency() const { return resources.empty() ? QString() : resources.front().resource->currency; }
};

} // namespace cloudshift
