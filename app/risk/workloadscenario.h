#pragma once

#include "catalog/cloud.h"
#include "latency/userpopulation.h"
#include "scenario/scenario.h"

#include <QString>

#include <optional>
#include <vector>

namespace cloudshift {

/// A flow between two workloads (documented CSV: from workload, to workload, GB/month, calls/s).
struct WorkloadDependency
{
    QString peer; ///< the other workload
    double gbPerMonth = 0.0;
    double callsPerSecond = 0.0;
    bool crossesClouds = true; ///< the two sit on different clouds during at least one wave
};

/// What the scenario says about one workload, as far as latency and risk need it: its placement
/// (assessmentOptions() reads it from a Scenario) and what scenarios do not hold yet (dependency lists,
/// user populations). Every field has a default that the risk evidence names.
struct WorkloadScenario
{
    std::optional<Cloud> target; ///< placement (Azure: stays); default: the cheaper target in the plan
    QString region; ///< target region chosen instead of the mapped one; empty: the mapped region
    std::optional<Strategy> strategy; ///< default: derived from the services the workload uses
    int waveStart = 0; ///< month of the scenario the move starts
    int waveMonths = 1; ///< months it takes; while it runs the workload is on both clouds
    std::optional<std::vector<WorkloadDependency>> dependencies; ///< nullopt: no dependency list known
    std::vector<UserPopulation> populations; ///< empty: users near the workload's current Azure regions
};

} // namespace cloudshift
