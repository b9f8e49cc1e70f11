#pragma once

#include "scenario/scenario.h"
#include "simulation/regionalrates.h"
#include "simulation/scenarioresult.h"
#include "simulation/workloadrates.h"

#include <QDate>

#include <functional>
#include <memory>
#include <vector>

namespace cloudshift {

/// What a simulation runs on: the workloads' run rates and the month the horizon starts.
struct SimulationInput
{
    std::vector<WorkloadRates> rates;
    QDate firstMonth; ///< the month after the bill's last full month
    QString currency;
    QString runRateBasis;
    /// Re-prices a workload in a region a scenario chooses; without it a chosen region is a label only.
    std::shared_ptr<const RegionalRates> regional;
};

/// One workload's costs in one month of the horizon: the month's totals are the sums of these.
struct WorkloadMonthCost
{
    Micros staying = 0; ///< Azure run cost of the part not moved yet
    Micros moved = 0; ///< run cost of the moved part on its target (pricing model applied)
    Micros labour = 0;
    Micros egress = 0;
    Micros parallelRun = 0; ///< the Azure side kept running after the wave

    Micros oneTime() const { return labour + egress + parallelRun; }
};

/// Called for every workload (index into SimulationInput::rates) and month the simulation books, with
/// the exact amounts it adds to that month: projections that need the per-workload detail (the FOCUS
/// export) read it here instead of re-deriving it.
using WorkloadMonthVisitor = std::function<void(std::size_t workload, int month, const WorkloadMonthCost& cost)>;

/// Simulates a scenario month by month. Cost is O(workloads × months) and allocation-light, so a
/// scenario edit re-simulates at once even for tens of thousands of resources.
///
/// A workload moves in equal shares over its wave; once moved it costs its target run rate with the
/// pricing model's compute discount. Labour is spread over the wave, egress (unless waived) is booked in
/// the wave's first month, and the Azure side keeps running parallelRunMonths after the wave.
ScenarioResult simulateScenario(
    const SimulationInput& input, const Scenario& scenario, const WorkloadMonthVisitor& visit = {});

/// The compute discount of a pricing model on a target, from the assumptions (0 for on-demand).
double computeDiscount(const Assumptions& assumptions, Target target, PricingModel pricing);

} // namespace cloudshift
