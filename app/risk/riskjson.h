#pragma once

#include "risk/crosscloudflow.h"
#include "risk/riskweights.h"
#include "risk/workloadrisk.h"

#include <nlohmann/json_fwd.hpp>

namespace cloudshift {

// JSON forms of the risk results inside `plan --json`. Stable: fields are added, never renamed or removed.

/// {"target","target_reason","score","confidence","confidence_evidence":[...],
///  "factors":[{"name","label","score","weight","contribution","evidence"}]}; contributions add up to score.
void to_json(nlohmann::json& json, const WorkloadRisk& risk);
/// {"score","confidence","workloads","factors":[{"name","label","weight","measures","rubric":[4]}]}
void to_json(nlohmann::json& json, const PlanRisk& risk);
/// [{"name","label","weight","measures","rubric":["0: ...","1: ...",...]}]
void to_json(nlohmann::json& json, const RiskWeights& weights);
/// {"from","to","gb_per_month","calls_per_second","egress_total","notes":[...],
///  "months":[{"month","share","rtt_ms","egress"}]}; months count from the scenario's first (0), money in
///  the plan's currency.
void to_json(nlohmann::json& json, const CrossCloudFlow& flow);

} // namespace cloudshift
