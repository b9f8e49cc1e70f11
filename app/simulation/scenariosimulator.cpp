#include "scenariosimulator.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cloudshift {

namespace {

    Micros scaled(Micros value, double factor) { return static_cast<Micros>(std::llround(static_cast<double>(value) * factor)); }

    int cloudIndex(Target target)
    {
        switch (target) {
        case Target::Aws:
            return 1;
        case Target::Gcp:
            return 2;
        default:
            return 0;
        }
    }

    // Target run rate once moved: on-demand, with the pricing model and spot share cutting compute, and
    // USD-priced lines converted to the display currency.
    Micros movedRate(const WorkloadRates& w, const Placement& p, const Assumptions& a)
    {
        if (p.target == Target::Retire)
            return 0;
        if (p.target == Target::Azure) {
            const double discount = computeDiscount(a, Target::Azure, p.pricing);
            return w.azure - scaled(w.azureCompute, discount);
        }
        const std::size_t t = p.target == Target::Aws ? 0 : 1;
        const Micros compute = w.targetCompute[t];
        const double spot = std::clamp(p.spotShare, 0.0, 1.0);
        const double discount = computeDiscount(a, p.target, p.pricing);
        const Micros discountedCompute = scaled(compute, (1.0 - spot) * (1.0 - discount) + spot * (1.0 - a.spotDiscount));
        const Micros priced = w.target[t] - w.targetCarried[t] - compute + discountedCompute;
        return scaled(priced, a.usdToCurrency) + w.targetCarried[t];
    }

    Micros labourFor(const WorkloadRates& w, const Placement& p, const Assumptions& a)
    {
        const double perResource = a.labourPerResource[static_cast<std::size_t>(p.strategy)];
        return microsFromDouble((perResource * w.resources + a.labourPerVcpu * w.vcpus) * a.usdToCurrency);
    }

} // namespace

double computeDiscount(const Assumptions& a, Target target, PricingModel pricing)
{
    switch (pricing) {
    case PricingModel::OnDemand:
        return 0.0;
    case PricingModel::Reserved1y:
        return target == Target::Aws ? a.awsReserved1y : target == Target::Azure ? a.azureReserved1y : a.gcpCommitted1y;
    case PricingModel::Reserved3y:
        return target == Target::Aws ? a.awsReserved3y : target == Target::Azure ? a.azureReserved3y : a.gcpCommitted3y;
    case PricingModel::SavingsPlan1y:
        return target == Target::Aws ? a.awsSavingsPlan1y : target == Target::Azure ? a.azureReserved1y : a.gcpCommitted1y;
    case PricingModel::SavingsPlan3y:
        return target == Target::Aws ? a.awsSavingsPlan3y : target == Target::Azure ? a.azureReserved3y : a.gcpCommitted3y;
    case PricingModel::Committed1y:
        return target == Target::Gcp ? a.gcpCommitted1y : target == Target::Aws ? a.awsReserved1y : a.azureReserved1y;
    case PricingModel::Committed3y:
        return target == Target::Gcp ? a.gcpCommitted3y : target == Target::Aws ? a.awsReserved3y : a.azureReserved3y;
    }
    return 0.0;
}

ScenarioResult simulateScenario(const SimulationInput& input, const Scenario& scenario, const WorkloadMonthVisitor& visit)
{
    const Assumptions& a = scenario.assumptions;
    const int horizon = std::clamp(a.horizonMonths, 1, 120);
    ScenarioResult result;
    result.name = scenario.name;
    result.currency = a.currency.isEmpty() ? input.currency : a.currency;
    result.runRateBasis = input.runRateBasis;
    result.months.resize(static_cast<std::size_t>(horizon));
    std::vector<double> growth(static_cast<std::size_t>(horizon));
    for (int m = 0; m < horizon; ++m) {
        result.months[static_cast<std::size_t>(m)].month = input.firstMonth.addMonths(m);
        growth[static_cast<std::size_t>(m)] = std::pow(1.0 + a.growthPerYear, m / 12.0);
    }

    Micros baselineFirst = 0;
    Micros mappedFirst = 0;
    const Placement stay{};
    // Placements indexed once: a scan per workload made re-simulating thousands of workloads quadratic.
    // Inserted last to first so that, as in Scenario::placementFor(), the first of duplicates wins.
    QHash<QString, const Placement*> placements;
    placements.reserve(static_cast<qsizetype>(scenario.placements.size()));
    for (auto it = scenario.placements.crbegin(); it != scenario.placements.crend(); ++it)
        placements.insert(it->workload, &*it);
    for (const WorkloadRates& defaultRates : input.rates) {
        const Placement* found = placements.value(defaultRates.workload);
        Placement p = found ? *found : stay;
        p.workload = defaultRates.workload;
        // A region other than the one the workload's resources map to is priced there.
        std::optional<WorkloadRates> regional;
        if (input.regional && !p.region.isEmpty() && (p.target == Target::Aws || p.target == Target::Gcp)) {
            const std::size_t t = p.target == Target::Aws ? 0 : 1;
            if (p.region != defaultRates.region[t]) {
                regional = input.regional->ratesIn(defaultRates.workload, t, p.region);
                if (regional)
                    regional->region[t] = p.region;
            }
        }
        const WorkloadRates& w = regional ? *regional : defaultRates;
        const int start = std::clamp(p.waveStart, 0, horizon);
        const int duration = std::max(1, p.waveMonths);
        const Micros moved = movedRate(w, p, a);
        const int cloud = cloudIndex(p.target);

        ScenarioWorkload out{w.workload, p.target, p.region, p.pricing, p.strategy, start, duration, w.azure, moved};
        if (out.region.isEmpty() && (p.target == Target::Aws || p.target == Target::Gcp))
            out.region = w.region[p.target == Target::Aws ? 0 : 1];
        // Relocating to AWS or GCP costs labour, egress and parallel running; retiring costs labour;
        // staying on Azure on another pricing model only changes the run rate.
        const bool relocates = p.target == Target::Aws || p.target == Target::Gcp;
        const bool changes = relocates || p.target == Target::Retire || p.pricing != PricingModel::OnDemand;
        out.labour = relocates || p.target == Target::Retire ? labourFor(w, p, a) : 0;
        out.egress = relocates && !a.exitEgressWaived
            ? microsFromDouble(w.storedGb * a.azureEgressUsdPerGb * a.usdToCurrency)
            : 0;
        if (start >= horizon)
            out.labour = out.egress = 0; // the move falls after the horizon

        baselineFirst += w.azure;
        if (p.target == Target::Azure || p.target == Target::Retire)
            mappedFirst += w.azure;
        else
            mappedFirst += w.mappedAzure[p.target == Target::Aws ? 0 : 1];

        // Labour is split in whole micro-units; the remainder is booked in the wave's last month.
        const bool oneTimeCosts = relocates || p.target == Target::Retire;
        const int lastLabourMonth = std::min(start + duration, horizon) - 1;
        const Micros labourRemainder = out.labour - (out.labour / duration) * duration;
        for (int m = 0; m < horizon; ++m) {
            ScenarioMonth& month = result.months[static_cast<std::size_t>(m)];
            const double g = growth[static_cast<std::size_t>(m)];
            const Micros azureNow = scaled(w.azure, g);
            month.baseline += azureNow;
            double share = 0.0; // of the workload already moved
            if (changes && m >= start)
                share = std::min(1.0, static_cast<double>(m - start + 1) / duration);
            WorkloadMonthCost cost;
            cost.moved = scaled(moved, g * share);
            cost.staying = scaled(azureNow, 1.0 - share);
            if (oneTimeCosts && m >= start && m < start + duration) {
                cost.labour = out.labour / duration + (m == lastLabourMonth ? labourRemainder : 0);
                cost.egress = m == start ? out.egress : 0;
            }
            if (relocates && m >= start + duration && m < start + duration + a.parallelRunMonths)
                cost.parallelRun = azureNow;
            month.scenario += cost.moved + cost.staying;
            month.byCloud[0] += cost.staying;
            month.byCloud[static_cast<std::size_t>(cloud)] += cost.moved;
            month.oneTime += cost.oneTime();
            out.parallelRun += cost.parallelRun;
            if (visit)
                visit(result.workloads.size(), m, cost);
        }
        out.oneTime = out.labour + out.egress + out.parallelRun;
        result.workloads.push_back(out);
    }

    Micros cumulative = 0;
    for (int m = 0; m < horizon; ++m) {
        ScenarioMonth& month = result.months[static_cast<std::size_t>(m)];
        cumulative += month.baseline - month.scenario - month.oneTime;
        month.cumulativeSavings = cumulative;
        result.tcoBaseline += month.baseline;
        result.tcoScenario += month.scenario + month.oneTime;
        result.oneTimeTotal += month.oneTime;
        for (std::size_t c = 0; c < 3; ++c)
            result.byCloud[c] += month.byCloud[c];
    }
    for (int m = horizon - 1; m >= 0 && result.months[static_cast<std::size_t>(m)].cumulativeSavings >= 0; --m)
        result.breakEvenMonth = m;
    result.mappedCostShare = baselineFirst == 0 ? 0.0 : static_cast<double>(mappedFirst) / static_cast<double>(baselineFirst);
    return result;
}

} // namespace cloudshift
