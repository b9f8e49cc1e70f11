#pragma once

#include "scenario/scenario.h"
#include "simulation/scenariosimulator.h"

#include <QHash>

#include <array>
#include <optional>

namespace cloudshift {

/// The user's limits on a placement: candidates beyond them are not chosen.
struct OptimiserLimits
{
    std::optional<double> maxRiskScore; ///< 0..100
    std::optional<double> maxLatencyIncreaseMs;
};

/// What is known of a workload on each target (index 0 = AWS, 1 = GCP); unknown values pass the limits.
struct PlacementMetrics
{
    std::array<std::optional<double>, 2> riskScore;
    std::array<std::optional<double>, 2> latencyIncreaseMs;
};

/// Per workload the cheapest of stay on Azure, AWS and GCP over the horizon — run cost plus one-time
/// costs — among the targets within the limits. Moves are rehosts on on-demand prices starting in the
/// first month over `waveMonths`; the user refines from there.
Scenario optimisePlacement(const SimulationInput& input, const Assumptions& assumptions, const OptimiserLimits& limits = {},
    const QHash<QString, PlacementMetrics>& metrics = {}, int waveMonths = 3);

} // namespace cloudshift
