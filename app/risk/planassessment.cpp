#include "planassessment.h"

#include "latency/latencyestimator.h"
#include "latency/latencyplanner.h"
#include "mapping/regionmapper.h"
#include "risk/crossclouddependency.h"
#include "risk/dataconfidence.h"
#include "risk/riskformat.h"
#include "risk/riskmodel.h"
#include "risk/workloadcourse.h"

#include <algorithm>
#include <map>
#include <utility>

namespace cloudshift {

namespace {

// Where a resource's Azure region lands on the target. Resources billed without a physical region
// ("global", a geography, or no location) come back with an empty azureRegion.
class RegionCache
{
public:
    explicit RegionCache(const Catalog& catalog)
        : m_catalog(catalog)
        , m_mapper(catalog)
    {
    }

    std::pair<RegionMatch, QString> map(const QString& location, Cloud target, const QString& chosen)
    {
        const QString key = location + QLatin1Char('|') + cloudId(target) + QLatin1Char('|') + chosen;
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        RegionMatch match = m_mapper.map(location, target, chosen);
        QString caveat;
        if (!match.azureRegion.isEmpty()) {
            const auto row = m_catalog.regionEquivalence(match.azureRegion);
            if (!match.isValid() && !row && !m_catalog.azureRegionCoordinate(match.azureRegion))
                match = {};
            else if (row && chosen.isEmpty() && row->note.startsWith(target == Cloud::Aws ? u"AWS" : u"GCP"))
                caveat = row->note;
        }
        return *m_cache.insert(key, { match, caveat });
    }

private:
    const Catalog& m_catalog;
    RegionMapper m_mapper;
    QHash<QString, std::pair<RegionMatch, QString>> m_cache;
};

const ResourcePlanRow* planRow(const PlanResult& plan, const QHash<QString, std::size_t>& byId,
    const Resource& resource, std::size_t index)
{
    // planAllToTargets writes one row per inventory resource, in inventory order.
    if (index < plan.resources.size() && plan.resources[index].resourceId == resource.id)
        return &plan.resources[index];
    const auto it = byId.constFind(resource.id);
    return it == byId.cend() ? nullptr : &plan.resources[*it];
}

// The placement: the scenario's, else the cheaper target for the workload. Azure means it stays.
void place(WorkloadRiskInput& input, const WorkloadPlanRow& row, const QString& currency,
    const std::optional<Cloud>& unplaced)
{
    WorkloadScenario& scenario = input.scenario;
    if (!scenario.target)
        scenario.target = unplaced;
    if (scenario.target == Cloud::Azure) {
        input.target = Cloud::Azure;
        input.targetReason = scenario.strategy == Strategy::Retire
            ? QStringLiteral("retired in the scenario: nothing moves")
            : QStringLiteral("stays on Azure in the scenario: nothing moves");
    } else if (scenario.target) {
        input.target = *scenario.target;
        input.targetReason = QStringLiteral("placement set in the scenario");
    } else {
        input.target = row.aws <= row.gcp ? Cloud::Aws : Cloud::Gcp;
        input.targetReason
            = QStringLiteral("the cheaper target for this workload (AWS %1, Google Cloud %2)")
                  .arg(riskformat::money(row.aws, currency), riskformat::money(row.gcp, currency));
    }
}

// A workload that does not move: no rubric applies, and the evidence says why.
WorkloadRisk stays(const WorkloadRiskInput& input, const RiskWeights& weights)
{
    WorkloadRisk risk;
    risk.assessed = true;
    risk.target = Cloud::Azure;
    risk.targetReason = input.targetReason;
    for (const RiskFactorInfo& info : riskFactorInfos())
        risk.factors.push_back({ info.factor, 0, weights.weight(info.factor), 0.0, input.targetReason });
    DataConfidence confidence = rateDataConfidence(input);
    // Its cost is the bill's own, not a mapped price: as certain as a mapping can get.
    confidence.evidence.front()
        = QStringLiteral("stays on Azure: the cost is the bill's own, nothing is mapped: +2");
    risk.confidence = confidence.rating;
    risk.confidenceEvidence = confidence.evidence;
    return risk;
}

WorkloadCourse courseOf(const WorkloadRiskInput& input)
{
    const WorkloadScenario& s = input.scenario;
    return { input.target, s.strategy == Strategy::Retire && input.target == Cloud::Azure, s.waveStart,
        s.waveMonths };
}

// The listed flows of each workload, marked as crossing clouds when the two ends run on different clouds
// in some month of the scenario. Without a list every workload's stays unknown.
void attachDependencies(std::vector<WorkloadRiskInput>& inputs, const PlanAssessmentOptions& options)
{
    if (options.dependencies.empty())
        return;
    QHash<QString, std::size_t> byName;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        byName.insert(inputs[i].workload, i);
        inputs[i].scenario.dependencies.emplace();
    }
    for (const DependencyFlow& flow : options.dependencies) {
        // A flow to a workload the plan does not have (renamed, regrouped) is left out rather than guessed.
        const auto from = byName.constFind(flow.from);
        const auto to = byName.constFind(flow.to);
        if (from == byName.cend() || to == byName.cend() || flow.from == flow.to)
            continue;
        const bool crosses
            = crossCloudMonths(courseOf(inputs[*from]), courseOf(inputs[*to]), options.horizonMonths) > 0;
        inputs[*from].scenario.dependencies->push_back(
            { flow.to, flow.gbPerMonth, flow.callsPerSecond, crosses });
        inputs[*to].scenario.dependencies->push_back(
            { flow.from, flow.gbPerMonth, flow.callsPerSecond, crosses });
    }
}

} // namespace

PlanAssessmentOptions assessmentOptions(const Scenario& scenario)
{
    PlanAssessmentOptions options;
    options.unplacedTarget = Cloud::Azure; // a scenario leaves workloads it does not place on Azure
    for (const Placement& p : scenario.placements) {
        WorkloadScenario& w = options.scenarios[p.workload];
        w.target = p.target == Target::Aws ? Cloud::Aws : p.target == Target::Gcp ? Cloud::Gcp : Cloud::Azure;
        w.region = p.region;
        w.strategy = p.target == Target::Retire ? Strategy::Retire : p.strategy;
        w.waveStart = p.waveStart;
        w.waveMonths = p.waveMonths;
    }
    options.horizonMonths = scenario.assumptions.horizonMonths;
    options.azureEgressUsdPerGb = scenario.assumptions.azureEgressUsdPerGb;
    options.usdToCurrency = scenario.assumptions.usdToCurrency;
    return options;
}

void assessPlan(PlanResult& plan, const Inventory& inventory,
    const std::vector<WorkloadGrouping::Assignment>& assignments, const Catalog& catalog,
    const PlanAssessmentOptions& options, const LatencyData& latencyData)
{
    const LatencyEstimator estimator(latencyData, &catalog);
    const LatencyPlanner latencyPlanner(estimator, catalog);
    const RiskModel model(options.weights);
    const GigabytesPerUnit gigabytes = catalogGigabytesPerUnit(catalog);
    RegionCache regions(catalog);

    QHash<QString, std::size_t> rowById;
    for (std::size_t i = 0; i < plan.resources.size(); ++i)
        rowById.insert(plan.resources[i].resourceId, i);
    std::map<QString, std::vector<std::size_t>> members; // workload → inventory indices
    for (std::size_t i = 0; i < inventory.resources.size() && i < assignments.size(); ++i)
        members[assignments[i].workload].push_back(i);

    // Every workload's placement first: whether a flow crosses clouds depends on both of its ends.
    std::vector<WorkloadRiskInput> inputs;
    inputs.reserve(plan.workloads.size());
    QHash<QString, FlowEndpoint> endpoints;
    for (WorkloadPlanRow& row : plan.workloads) {
        WorkloadRiskInput input;
        input.workload = row.workload;
        input.scenario = options.scenarios.value(row.workload);
        input.transferGbps = options.transferGbps;
        input.gigabytesPerUnit = gigabytes;
        input.estateCost = plan.baseline.total;
        place(input, row, plan.currency, options.unplacedTarget);
        const bool staying = input.target == Cloud::Azure;
        std::vector<Micros> monthly(static_cast<std::size_t>(std::max(0, inventory.monthCount)), 0);
        std::map<QString, double> served; // ARM id → Azure cost there
        for (const std::size_t i : members[row.workload]) {
            const Resource& resource = inventory.resources[i];
            const ResourcePlanRow* planned = planRow(plan, rowById, resource, i);
            RiskResource r;
            r.resource = &resource;
            if (staying)
                r.offer.confidence = Confidence::Exact; // the same service, unchanged
            else if (planned)
                r.offer = input.target == Cloud::Aws ? planned->awsOffer : planned->gcpOffer;
            std::tie(r.region, r.regionCaveat)
                = regions.map(resource.location, input.target, input.scenario.region);
            r.sizeKnown = !resource.isVm() || catalog.azureVmSize(resource.vmSize).has_value();
            input.resources.push_back(r);
            if (!r.region.azureRegion.isEmpty())
                served[r.region.azureRegion] += static_cast<double>(std::max<Micros>(resource.totalCost, 0));
            for (std::size_t m = 0; m < monthly.size() && m < resource.monthlyCost.size(); ++m)
                monthly[m] += resource.monthlyCost[m];
        }
        for (const Micros value : monthly)
            input.historyMonths += value != 0 ? 1 : 0;

        std::vector<LatencyPlanner::ServedRegion> servedRegions;
        for (const auto& [region, cost] : served)
            servedRegions.push_back({ region, cost });
        input.latency = latencyPlanner.assess(servedRegions, input.target, input.scenario.populations,
            staying ? QString() : input.scenario.region);

        row.latency = input.latency;
        if (!served.empty()) {
            // Calls between workloads leave from the region with most of the cost.
            const auto busiest = std::max_element(served.begin(), served.end(),
                [](const auto& a, const auto& b) { return a.second < b.second; });
            FlowEndpoint& end = endpoints[row.workload];
            end.course = courseOf(input);
            end.azureRegion = QStringLiteral("azure:") + busiest->first;
            const RegionMatch target = regions.map(busiest->first, input.target, input.scenario.region).first;
            if (!staying && target.isValid())
                end.targetRegion = cloudId(input.target) + QLatin1Char(':') + target.region;
        }
        inputs.push_back(std::move(input));
    }
    attachDependencies(inputs, options);
    plan.crossCloudFlows = assessCrossCloudFlows(options.dependencies, endpoints, options.horizonMonths,
        estimator, catalog, { options.azureEgressUsdPerGb, options.usdToCurrency });

    std::vector<WorkloadRisk> risks;
    std::vector<Micros> costs;
    for (std::size_t w = 0; w < inputs.size(); ++w) {
        const WorkloadRiskInput& input = inputs[w];
        WorkloadPlanRow& row = plan.workloads[w];
        if (input.resources.empty())
            row.risk = {};
        else
            row.risk = input.target == Cloud::Azure ? stays(input, options.weights) : model.assess(input);
        risks.push_back(row.risk);
        costs.push_back(row.azure);
    }
    plan.risk = RiskModel::summarise(risks, costs);
    plan.risk.weights = options.weights;
}

} // namespace cloudshift
