#pragma once

#include "catalog/cloud.h"
#include "latency/latencyestimate.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cloudshift {

/// Round trip of one user population to the workload before (Azure) and after the move.
struct PopulationLatency
{
    QString population;
    double share = 0.0; ///< normalised: the shares of a workload add up to 1
    LatencyEstimate before; ///< to the Azure region serving them today
    LatencyEstimate after; ///< to the target region that replaces it
};

/// What moving a workload does to its users' round-trip times, population by population and
/// share-weighted, with how many of the figures are measured rather than modelled.
struct WorkloadLatency
{
    bool assessed = false; ///< false when no population could be placed (no known region)
    Cloud target = Cloud::Aws;
    double beforeMs = 0.0; ///< share-weighted over the populations
    double afterMs = 0.0;
    std::vector<PopulationLatency> populations;
    int measuredValues = 0; ///< before and after values taken from a measured table
    int modelledValues = 0;
    QStringList notes; ///< assumptions (default populations) and what could not be assessed

    double increaseMs() const { return afterMs - beforeMs; }
    /// Share of the before/after values that are measured, 0..1 (0 when nothing was assessed).
    double measuredShare() const
    {
        const int all = measuredValues + modelledValues;
        return all == 0 ? 0.0 : static_cast<double>(measuredValues) / all;
    }
};

} // namespace cloudshift
