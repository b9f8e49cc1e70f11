#include "placementoptimiser.h"

namespace cloudshift {

namespace {

    bool withinLimits(const OptimiserLimits& limits, const PlacementMetrics* metrics, std::size_t t)
    {
        if (!metrics)
            return true;
        const auto& risk = metrics->riskScore[t];
        const auto& latency = metrics->latencyIncreaseMs[t];
        if (limits.maxRiskScore && risk && *risk > *limits.maxRiskScore)
            return false;
        if (limits.maxLatencyIncreaseMs && latency && *latency > *limits.maxLatencyIncreaseMs)
            return false;
        return true;
    }

} // namespace

Scenario optimisePlacement(const SimulationInput& input, const Assumptions& assumptions, const OptimiserLimits& limits,
    const QHash<QString, PlacementMetrics>& metrics, int waveMonths)
{
    Scenario best;
    best.name = QStringLiteral("Optimised placement");
    best.assumptions = assumptions;
    // Workloads do not interact in cost, so each is decided on its own one-workload simulation.
    SimulationInput single = input;
    for (const WorkloadRates& w : input.rates) {
        single.rates = {w};
        const auto found = metrics.constFind(w.workload);
        const PlacementMetrics* m = found == metrics.constEnd() ? nullptr : &*found;
        Placement choice{w.workload, Target::Azure};
        Micros cheapest = 0;
        bool first = true;
        for (Target target : {Target::Azure, Target::Aws, Target::Gcp}) {
            if (target != Target::Azure && !withinLimits(limits, m, target == Target::Aws ? 0 : 1))
                continue;
            Scenario candidate;
            candidate.assumptions = assumptions;
            Placement p{w.workload, target};
            p.waveMonths = target == Target::Azure ? 1 : waveMonths;
            candidate.placements = {p};
            const Micros cost = simulateScenario(single, candidate).tcoScenario;
            if (first || cost < cheapest) {
                cheapest = cost;
                choice = p;
                first = false;
            }
        }
        best.placements.push_back(choice);
    }
    return best;
}

} // namespace cloudshift
