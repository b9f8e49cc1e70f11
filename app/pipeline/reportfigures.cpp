#include "reportfigures.h"

#include "pipeline/analysis.h"
#include "pipeline/focusservicecategory.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace cloudshift {

namespace {

LatencyBand band(const WorkloadLatency& latency, bool after)
{
    LatencyBand out;
    out.ms = after ? latency.afterMs : latency.beforeMs;
    out.measured = !latency.populations.empty();
    for (const PopulationLatency& population : latency.populations) {
        const LatencyEstimate& estimate = after ? population.after : population.before;
        out.lowMs += population.share * estimate.lowMs;
        out.highMs += population.share * estimate.highMs;
        out.measured = out.measured && estimate.isMeasured();
    }
    if (latency.populations.empty())
        out.lowMs = out.highMs = out.ms;
    return out;
}

std::optional<Confidence> confidenceOn(const WorkloadPlanRow& row, Target target)
{
    if (target == Target::Aws)
        return row.awsConfidence;
    if (target == Target::Gcp)
        return row.gcpConfidence;
    return std::nullopt;
}

std::vector<Micros> runCost(const ScenarioResult& result)
{
    std::vector<Micros> out;
    out.reserve(result.months.size());
    for (const ScenarioMonth& month : result.months)
        out.push_back(month.scenario);
    return out;
}

Micros settledRunRate(const ScenarioResult& result)
{
    Micros sum = 0;
    for (const ScenarioWorkload& w : result.workloads)
        sum += w.targetMonthly;
    return sum;
}

bool moves(const ScenarioWorkload& w)
{
    return w.target != Target::Azure || w.pricing != PricingModel::OnDemand;
}

void addWorkloads(ReportFigures& figures, const Analysis& analysis)
{
    QHash<QString, const WorkloadPlanRow*> planRows;
    for (const WorkloadPlanRow& row : analysis.plan.workloads)
        planRows.insert(row.workload, &row);

    // A wave is a (start, length) pair; numbered in start order, shorter first on a tie.
    std::map<std::pair<int, int>, std::size_t> waveIndex;
    const int horizon = static_cast<int>(figures.months.size());
    for (const ScenarioWorkload& w : analysis.scenarioResult.workloads) {
        if (moves(w) && w.waveStart < horizon)
            waveIndex.emplace(std::make_pair(w.waveStart, w.waveMonths), 0);
    }
    for (auto& [key, index] : waveIndex) {
        index = figures.waves.size();
        MigrationWave wave;
        wave.number = static_cast<int>(figures.waves.size()) + 1;
        wave.startMonth = key.first;
        wave.months = key.second;
        figures.waves.push_back(wave);
    }

    for (const ScenarioWorkload& w : analysis.scenarioResult.workloads) {
        WorkloadOutlook out;
        out.name = w.name;
        out.target = w.target;
        out.region = w.region;
        out.pricing = w.pricing;
        out.strategy = w.strategy;
        out.waveStart = w.waveStart;
        out.waveMonths = w.waveMonths;
        out.baselineMonthly = w.baselineMonthly;
        out.targetMonthly = w.targetMonthly;
        out.monthlySaving = w.baselineMonthly - w.targetMonthly;
        out.savingPercent = w.baselineMonthly == 0
            ? 0.0
            : static_cast<double>(out.monthlySaving) * 100.0 / static_cast<double>(w.baselineMonthly);
        out.oneTime = w.oneTime;
        if (const auto wave = waveIndex.find({ w.waveStart, w.waveMonths });
            moves(w) && wave != waveIndex.end()) {
            MigrationWave& target = figures.waves[wave->second];
            out.wave = target.number;
            target.workloads << w.name;
            target.oneTime += w.oneTime;
            target.monthlySaving += out.monthlySaving;
        }
        if (const WorkloadPlanRow* row = planRows.value(w.name)) {
            out.confidence = confidenceOn(*row, w.target);
            out.riskAssessed = row->risk.assessed;
            out.riskScore = row->risk.score;
            out.dataConfidence = row->risk.assessed ? row->risk.confidence : 0;
            out.latencyAssessed = row->latency.assessed;
            if (row->latency.assessed) {
                out.before = band(row->latency, false);
                out.after = band(row->latency, true);
            }
        }
        figures.workloads.push_back(out);
    }
}

void addCategories(ReportFigures& figures, const PlanResult& plan)
{
    std::map<QString, CategoryCost> byCategory;
    std::map<std::pair<QString, int>, NotMappedCost> notMapped;
    for (const ResourcePlanRow& resource : plan.resources) {
        const QString category = focusServiceCategory(resource.serviceCategory);
        CategoryCost& cost = byCategory[category];
        cost.category = category;
        cost.azure += resource.azure;
        cost.aws += resource.aws;
        cost.gcp += resource.gcp;
        for (const Offer* offer : { &resource.awsOffer, &resource.gcpOffer }) {
            if (offer->isMapped())
                continue;
            NotMappedCost& line = notMapped[{ resource.serviceCategory, static_cast<int>(offer->cloud) }];
            line.category = resource.serviceCategory;
            line.cloud = offer->cloud;
            ++line.resources;
            line.azure += resource.azure;
        }
    }
    for (auto& [name, cost] : byCategory)
        figures.categories.push_back(cost);
    std::stable_sort(figures.categories.begin(), figures.categories.end(),
        [](const CategoryCost& a, const CategoryCost& b) { return a.azure > b.azure; });
    for (auto& [key, line] : notMapped)
        figures.notMapped.push_back(line);
    std::stable_sort(figures.notMapped.begin(), figures.notMapped.end(),
        [](const NotMappedCost& a, const NotMappedCost& b) { return a.azure > b.azure; });
}

OptionSummary option(const QString& name, Micros runRate, const ScenarioResult& result, Micros baselineTco)
{
    OptionSummary out;
    out.name = name;
    out.runRate = runRate;
    out.oneTime = result.oneTimeTotal;
    out.tco = result.tcoScenario;
    out.tcoSaving = baselineTco - result.tcoScenario;
    out.tcoSavingPercent = baselineTco == 0
        ? 0.0
        : static_cast<double>(out.tcoSaving) * 100.0 / static_cast<double>(baselineTco);
    out.breakEvenMonth = result.breakEvenMonth;
    return out;
}

} // namespace

Scenario everythingToTarget(const Analysis& analysis, Target target, const QString& name)
{
    Scenario scenario;
    scenario.name = name;
    scenario.assumptions = analysis.scenario.assumptions;
    for (const WorkloadRates& w : analysis.simulation.rates) {
        Placement p { w.workload, target };
        p.waveMonths = 3;
        scenario.placements.push_back(p);
    }
    return scenario;
}

ReportFigures computeReportFigures(const Analysis& analysis)
{
    ReportFigures figures;
    const ScenarioResult& result = analysis.scenarioResult;
    figures.scenarioName = result.name;
    figures.currency = result.currency.isEmpty() ? analysis.plan.currency : result.currency;
    figures.catalogDate = analysis.plan.catalogDate;
    figures.runRateBasis = result.runRateBasis;
    for (const ScenarioMonth& month : result.months) {
        figures.months.push_back(month.month);
        figures.baseline.push_back(month.baseline);
        figures.scenario.push_back(month.scenario);
        figures.oneTime.push_back(month.oneTime);
        figures.netSavings.push_back(month.baseline - month.scenario - month.oneTime);
        figures.cumulativeSavings.push_back(month.cumulativeSavings);
    }
    figures.breakEvenMonth = result.breakEvenMonth;
    figures.oneTimeTotal = result.oneTimeTotal;
    figures.tcoBaseline = result.tcoBaseline;
    figures.tcoScenario = result.tcoScenario;
    figures.mappedCostShare = result.mappedCostShare;
    figures.riskScore = analysis.plan.risk.score;
    figures.dataConfidence = analysis.plan.risk.confidence;
    for (const ScenarioWorkload& w : result.workloads)
        figures.runRateNow += w.baselineMonthly;
    figures.runRateScenario = settledRunRate(result);

    if (!analysis.simulation.rates.empty() && !result.months.empty()) {
        const ScenarioResult aws = simulateScenario(
            analysis.simulation, everythingToTarget(analysis, Target::Aws, QStringLiteral("All to AWS")));
        const ScenarioResult gcp = simulateScenario(analysis.simulation,
            everythingToTarget(analysis, Target::Gcp, QStringLiteral("All to Google Cloud")));
        figures.allAws = runCost(aws);
        figures.allGcp = runCost(gcp);
        figures.runRateAws = settledRunRate(aws);
        figures.runRateGcp = settledRunRate(gcp);
        figures.tcoAws = aws.tcoScenario;
        figures.tcoGcp = gcp.tcoScenario;
        OptionSummary stay;
        stay.name = QStringLiteral("Stay on Azure");
        stay.runRate = figures.runRateNow;
        stay.tco = result.tcoBaseline;
        figures.options.push_back(stay);
        figures.options.push_back(option(result.name, figures.runRateScenario, result, result.tcoBaseline));
        figures.options.push_back(option(aws.name, figures.runRateAws, aws, result.tcoBaseline));
        figures.options.push_back(option(gcp.name, figures.runRateGcp, gcp, result.tcoBaseline));
    } else {
        figures.allAws.assign(figures.months.size(), 0);
        figures.allGcp.assign(figures.months.size(), 0);
    }
    addWorkloads(figures, analysis);
    addCategories(figures, analysis.plan);
    return figures;
}

} // namespace cloudshift
