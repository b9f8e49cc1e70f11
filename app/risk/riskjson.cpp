#include "riskjson.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace cloudshift {

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

} // namespace

void to_json(nlohmann::json& json, const WorkloadRisk& risk)
{
    nlohmann::json factors = nlohmann::json::array();
    for (const RiskContribution& c : risk.factors) {
        const RiskFactorInfo& info = riskFactorInfo(c.factor);
        factors.push_back({ { "name", str(info.id) }, { "label", str(info.name) }, { "score", c.score },
            { "weight", c.weight }, { "contribution", c.contribution }, { "evidence", str(c.evidence) } });
    }
    nlohmann::json evidence = nlohmann::json::array();
    for (const QString& line : risk.confidenceEvidence)
        evidence.push_back(str(line));
    json = { { "target", str(cloudId(risk.target)) }, { "target_reason", str(risk.targetReason) },
        { "score", risk.assessed ? nlohmann::json(risk.score) : nlohmann::json() },
        { "confidence", risk.assessed ? nlohmann::json(risk.confidence) : nlohmann::json() },
        { "confidence_evidence", evidence }, { "factors", factors } };
}

void to_json(nlohmann::json& json, const RiskWeights& weights)
{
    json = nlohmann::json::array();
    for (const RiskFactorInfo& info : riskFactorInfos()) {
        nlohmann::json rubric = nlohmann::json::array();
        for (std::size_t level = 0; level < info.rubric.size(); ++level)
            rubric.push_back(std::to_string(level) + ": " + str(info.rubric[level]));
        json.push_back({ { "name", str(info.id) }, { "label", str(info.name) },
            { "weight", weights.weight(info.factor) }, { "measures", str(info.measures) },
            { "rubric", rubric } });
    }
}

void to_json(nlohmann::json& json, const CrossCloudFlow& flow)
{
    nlohmann::json months = nlohmann::json::array();
    for (const CrossCloudMonth& m : flow.months)
        months.push_back({ { "month", m.month }, { "share", m.share },
            { "rtt_ms", std::round(m.rttMs * 10.0) / 10.0 }, { "egress", microsToDouble(m.egress) } });
    nlohmann::json notes = nlohmann::json::array();
    for (const QString& note : flow.notes)
        notes.push_back(str(note));
    json = { { "from", str(flow.flow.from) }, { "to", str(flow.flow.to) },
        { "gb_per_month", flow.flow.gbPerMonth }, { "calls_per_second", flow.flow.callsPerSecond },
        { "egress_total", microsToDouble(flow.egressTotal) }, { "notes", notes }, { "months", months } };
}

void to_json(nlohmann::json& json, const PlanRisk& risk)
{
    json = { { "score", risk.score }, { "confidence", risk.confidence }, { "workloads", risk.workloads },
        { "factors", risk.weights } };
}

} // namespace cloudshift
