#pragma once

#include "scenario/scenario.h"
#include "simulation/scenarioresult.h"
#include "simulation/workloadrates.h"

#include <QDate>

#include <vector>

namespace cloudshift {

/// What a simulation runs on: the workloads' run rates and the month the horizon starts.
struct SimulationInput
{
    std::vector<WorkloadRates> rates;
    QDate firstMonth; ///< the month after the bill's last full month
    QString currency;
    QString runRateBasis;
};

/// Simulates a scenario month by month. Cost is O(workloads × months) and allocation-light, so a
/// scenario edit re-simulates at once even for tens of thousands of resources.
///
/// A workload moves in equal shares over its wave; once moved it costs its target run rate with the
/// pricing model's compute discount. Labour is spread over the wave, egress (unless waived) is booked in
/// the wave's first month, and the Azure side keeps running parallelRunMonths after the wave.
ScenarioResult simulateScenario(const SimulationInput& input, const Scenario& scenario);

/// The compute discount of a pricing model on a target, from the assumptions (0 for on-demand).
double computeDiscount(const Assumptions& assumptions, Target target, PricingModel pricing);

} // namespace cloudshift
