#include "planjson.h"

#include "pipeline/analysisjson.h"
#include "risk/riskjson.h"
#include "scenario/scenariojson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace cloudshift {

namespace {

    std::string str(const QString& text) { return text.toStdString(); }
    double money(Micros value) { return microsToDouble(value); }

    double share(double value) { return std::round(value * 10000.0) / 10000.0; }

    // The scenario's priced share, and the bill's cost by mapping confidence on each target.
    nlohmann::json coverageToJson(const ScenarioResult& r, const std::array<TargetCoverage, 2>& mapping)
    {
        nlohmann::json json = {{"mapped_cost_share", share(r.mappedCostShare)}};
        for (const TargetCoverage& c : mapping) {
            const std::string cloud = str(cloudId(c.cloud));
            nlohmann::json byConfidence;
            for (Confidence level : {Confidence::Exact, Confidence::Close, Confidence::Approximate, Confidence::None})
                byConfidence[str(confidenceId(level))] = share(c.share(level));
            json["by_confidence"][cloud] = byConfidence;
            json["close_or_better"][cloud] = share(c.shareAtLeast(Confidence::Close));
        }
        return json;
    }

} // namespace

void to_json(nlohmann::json& json, const ScenarioMonth& m)
{
    json = {{"month", str(m.month.toString(QStringLiteral("yyyy-MM")))}, {"baseline", money(m.baseline)},
        {"scenario", money(m.scenario)}, {"one_time", money(m.oneTime)},
        {"cumulative_savings", money(m.cumulativeSavings)},
        {"by_cloud", {{"azure", money(m.byCloud[0])}, {"aws", money(m.byCloud[1])}, {"gcp", money(m.byCloud[2])}}}};
}

void to_json(nlohmann::json& json, const ScenarioWorkload& w)
{
    json = {{"name", str(w.name)}, {"target", str(targetId(w.target))}, {"region", str(w.region)},
        {"pricing", str(pricingModelId(w.pricing))}, {"strategy", str(strategyId(w.strategy))},
        {"wave_start", w.waveStart}, {"wave_months", w.waveMonths}, {"baseline_monthly", money(w.baselineMonthly)},
        {"target_monthly", money(w.targetMonthly)}, {"one_time", money(w.oneTime)}, {"labour", money(w.labour)},
        {"egress", money(w.egress)}, {"parallel_run", money(w.parallelRun)}};
}

nlohmann::json planToJson(const Analysis& analysis, bool details)
{
    const ScenarioResult& r = analysis.scenarioResult;
    nlohmann::json json = {{"scenario", str(r.name)}, {"currency", str(r.currency)},
        {"horizon_months", r.months.size()}, {"run_rate_basis", str(r.runRateBasis)}, {"months", r.months},
        {"break_even_month", r.breakEvenMonth ? nlohmann::json(*r.breakEvenMonth) : nlohmann::json(nullptr)},
        {"tco", {{"baseline", money(r.tcoBaseline)}, {"scenario", money(r.tcoScenario)}}},
        {"one_time", money(r.oneTimeTotal)},
        {"by_cloud", {{"azure", money(r.byCloud[0])}, {"aws", money(r.byCloud[1])}, {"gcp", money(r.byCloud[2])}}},
        {"coverage", coverageToJson(r, analysis.mappingCoverage)},
        {"workloads", r.workloads}, {"assumptions", analysis.scenario.assumptions}};
    json["history"] = analysis.plan;
    json["cross_cloud_flows"] = analysis.plan.crossCloudFlows;
    if (details)
        json["history"]["resources"] = planResourcesToJson(analysis.plan);
    // Per-workload findings of the bill's analysis (latency, risk) travel with the scenario's workloads.
    const nlohmann::json& history = json["history"]["workloads"];
    for (auto& w : json["workloads"]) {
        for (const auto& h : history) {
            if (h.value("name", std::string()) != w["name"].get<std::string>())
                continue;
            for (const char* key : {"latency", "risk"}) {
                if (h.contains(key))
                    w[key] = h[key];
            }
        }
    }
    return json;
}

} // namespace cloudshift
