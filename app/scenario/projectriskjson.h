#pragma once

#include "scenario/jsonfieldreader.h"
#include "scenario/project.h"

#include <nlohmann/json_fwd.hpp>

namespace cloudshift {

// The project's "risk" object: the architect's factor weights, the flows between workloads and the user
// populations per workload. Files written before it existed have none and open with the defaults.
//
// {"weights": {"service_equivalence": 3, ...},
//  "dependencies": [{"from", "to", "gb_per_month", "calls_per_second"}],
//  "user_populations": [{"workload", "users": [{"name", "region", "latitude", "longitude", "share"}]}]}
// A population has a "region" ("aws:eu-west-1") or a "latitude" and "longitude".

nlohmann::json projectRiskToJson(const Project& project);
/// Reads into `project`; a factor the file does not name keeps its default weight.
void projectRiskFromJson(
    const nlohmann::json& json, Project& project, JsonFieldReader& reader, const QString& path);

} // namespace cloudshift
