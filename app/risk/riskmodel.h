#pragma once

#include "risk/riskinput.h"
#include "risk/riskweights.h"
#include "risk/workloadrisk.h"

#include <vector>

namespace cloudshift {

/// The weighted factor model: each factor's 0-3 score times its weight, scaled so that every factor at 3
/// gives 100. A factor's contribution is its share of those points; contributions are rounded to 0.1 so
/// that they add up exactly to the score (largest remainder).
class RiskModel
{
public:
    explicit RiskModel(RiskWeights weights = {});

    const RiskWeights& weights() const { return m_weights; }
    void setWeights(const RiskWeights& weights) { m_weights = weights; }

    WorkloadRisk assess(const WorkloadRiskInput& input) const;

    /// Cost-weighted score and confidence over assessed workloads; costs[i] belongs to risks[i].
    static PlanRisk summarise(const std::vector<WorkloadRisk>& risks, const std::vector<Micros>& costs);

private:
    RiskWeights m_weights;
};

} // namespace cloudshift
