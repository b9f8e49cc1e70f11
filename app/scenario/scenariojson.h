#pragma once

#include "scenario/scenario.h"

#include <nlohmann/json_fwd.hpp>

namespace cloudshift {

// JSON form of scenarios, used in project files and by `plan --scenario FILE`. Reading is strict about
// types and ids and says which key is wrong; unknown keys are ignored so newer files still open.

void to_json(nlohmann::json& json, const Assumptions& assumptions);
void to_json(nlohmann::json& json, const Placement& placement);
void to_json(nlohmann::json& json, const Scenario& scenario);

/// Reads a scenario; returns false and sets *error ("placements[2].target: 'mars' is not a target").
bool scenarioFromJson(const nlohmann::json& json, Scenario& scenario, QString* error);

} // namespace cloudshift
