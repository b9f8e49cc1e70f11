#pragma once

#include "catalog/catalog.h"
#include "latency/latencyestimator.h"
#include "latency/userpopulation.h"
#include "latency/workloadlatency.h"
#include "mapping/regionmapper.h"

#include <QString>

#include <optional>
#include <vector>

namespace cloudshift {

/// Before/after round trips of a workload's users when it moves from Azure to a target cloud.
///
/// Each Azure region is replaced by the target region the mapping uses (RegionMapper). Without explicit
/// populations, the users are near each Azure region the workload runs in, weighted by its cost there:
/// "before" is then the intra-region round trip and "after" the trip from that Azure region to its
/// replacement. Explicit populations are served by the workload's main region (most cost).
class LatencyPlanner
{
public:
    /// An Azure region a workload runs in, weighted (normally by its cost there).
    struct ServedRegion
    {
        QString azureRegion; ///< ARM id or any billing spelling
        double weight = 0.0;
    };

    /// Both must outlive the planner.
    LatencyPlanner(const LatencyEstimator& estimator, const Catalog& catalog);

    /// targetRegion: a region chosen on the target instead of the mapped one (empty: the mapping's).
    WorkloadLatency assess(const std::vector<ServedRegion>& regions, Cloud target,
        const std::vector<UserPopulation>& populations = {}, const QString& targetRegion = {}) const;

private:
    std::optional<LatencyEstimate> trip(
        const UserPopulation& users, const QString& endpoint, QString* error) const;

    const LatencyEstimator& m_estimator;
    const Catalog& m_catalog;
    RegionMapper m_regions;
};

} // namespace cloudshift
