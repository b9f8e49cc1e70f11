#pragma once

#include "pipeline/analysis.h"

#include <nlohmann/json_fwd.hpp>

namespace cloudshift {

/// `cloudshift plan --json`: the scenario simulated over the horizon (months, break-even, TCO, cost by
/// cloud, coverage, workloads), with the re-priced bill months under "history". Documented in the README.
nlohmann::json planToJson(const Analysis& analysis, bool details);

void to_json(nlohmann::json& json, const ScenarioMonth& month);
void to_json(nlohmann::json& json, const ScenarioWorkload& workload);

} // namespace cloudshift
