#pragma once

#include "billing/importresult.h"
#include "simulation/planresult.h"

#include <nlohmann/json_fwd.hpp>

namespace cloudshift {

// JSON forms of the engine's results, as printed by `cloudshift import --json` and `plan --json`.
// The shapes are documented in the README and stable: fields are added, never renamed or removed.
// Money is written as a number in currency units with micro-unit precision.

void to_json(nlohmann::json& json, const ImportDiagnostic& diagnostic);
void to_json(nlohmann::json& json, const ImportedFile& file);
void to_json(nlohmann::json& json, const ImportSummary& summary);
void to_json(nlohmann::json& json, const Offer& offer);
void to_json(nlohmann::json& json, const CostSeries& series);
void to_json(nlohmann::json& json, const WorkloadPlanRow& row);
void to_json(nlohmann::json& json, const ResourcePlanRow& row);
/// The plan without its per-resource rows (see planResourcesToJson).
void to_json(nlohmann::json& json, const PlanResult& plan);
nlohmann::json planResourcesToJson(const PlanResult& plan);

} // namespace cloudshift
