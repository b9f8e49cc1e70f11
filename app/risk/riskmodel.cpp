#include "riskmodel.h"

#include "risk/dataconfidence.h"
#include "risk/riskrubrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace cloudshift {

RiskModel::RiskModel(RiskWeights weights)
    : m_weights(std::move(weights))
{
}

WorkloadRisk RiskModel::assess(const WorkloadRiskInput& input) const
{
    WorkloadRisk risk;
    risk.assessed = true;
    risk.target = input.target;
    risk.targetReason = input.targetReason;

    const double total = m_weights.total();
    std::vector<double> raw;
    for (const RiskFactorInfo& info : riskFactorInfos()) {
        const FactorScore scored = scoreFactor(info.factor, input);
        RiskContribution c;
        c.factor = info.factor;
        c.score = std::clamp(scored.score, 0, kMaxFactorScore);
        c.weight = m_weights.weight(info.factor);
        c.evidence = scored.evidence;
        raw.push_back(total > 0.0 ? 100.0 * c.weight * c.score / (kMaxFactorScore * total) : 0.0);
        risk.factors.push_back(std::move(c));
    }

    // Round in tenths: floor every contribution, then hand the tenths the floors lost to the largest
    // remainders, so the rounded contributions add up to the rounded score exactly.
    const auto scoreTenths
        = static_cast<long long>(std::llround(std::accumulate(raw.begin(), raw.end(), 0.0) * 10.0));
    std::vector<long long> tenths(raw.size());
    std::vector<std::size_t> order(raw.size());
    long long assigned = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        tenths[i] = static_cast<long long>(std::floor(raw[i] * 10.0 + 1e-9));
        assigned += tenths[i];
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return raw[a] * 10.0 - static_cast<double>(tenths[a])
            > raw[b] * 10.0 - static_cast<double>(tenths[b]);
    });
    for (std::size_t k = 0; assigned < scoreTenths && k < order.size(); ++k, ++assigned)
        ++tenths[order[k]];
    for (std::size_t k = order.size(); assigned > scoreTenths && k > 0; --k) {
        if (tenths[order[k - 1]] > 0) {
            --tenths[order[k - 1]];
            --assigned;
        }
    }
    for (std::size_t i = 0; i < raw.size(); ++i)
        risk.factors[i].contribution = static_cast<double>(tenths[i]) / 10.0;
    risk.score = static_cast<double>(scoreTenths) / 10.0;

    const DataConfidence confidence = rateDataConfidence(input);
    risk.confidence = confidence.rating;
    risk.confidenceEvidence = confidence.evidence;
    return risk;
}

PlanRisk RiskModel::summarise(const std::vector<WorkloadRisk>& risks, const std::vector<Micros>& costs)
{
    PlanRisk plan;
    double weight = 0.0;
    double score = 0.0;
    double confidence = 0.0;
    for (std::size_t i = 0; i < risks.size() && i < costs.size(); ++i) {
        if (!risks[i].assessed)
            continue;
        ++plan.workloads;
        // Workloads with no (or negative) cost still count a little, so a free workload is not ignored.
        const double w = std::max(1.0, static_cast<double>(costs[i]));
        weight += w;
        score += w * risks[i].score;
        confidence += w * risks[i].confidence;
    }
    if (weight > 0.0) {
        plan.score = std::round(score / weight * 10.0) / 10.0;
        plan.confidence = std::round(confidence / weight * 10.0) / 10.0;
    }
    return plan;
}

} // namespace cloudshift
