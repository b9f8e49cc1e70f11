#pragma once

#include "billing/importresult.h"
#include "inventory/groupingsettings.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/mappingoverride.h"
#include "scenario/scenario.h"

#include <nlohmann/json_fwd.hpp>

namespace cloudshift {

// JSON form of the parts of a project beside its inventory (see projectfile.h for the file). Totals
// are integer micro-units, as the import summed them.

nlohmann::json importSummaryToJson(const ImportSummary& summary);
ImportSummary importSummaryFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path);

nlohmann::json groupingToJson(const GroupingSettings& grouping);
GroupingSettings groupingFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path);

nlohmann::json mappingOverrideToJson(const MappingOverride& override);
MappingOverride mappingOverrideFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path);

/// A scenario (the form of scenariojson.h), read strictly: a project's scenarios must have a name.
Scenario projectScenarioFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path);
/// Assumptions alone (the "assumptions" object of a scenario).
Assumptions assumptionsFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path);

} // namespace cloudshift
