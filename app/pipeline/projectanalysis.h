#pragma once

#include "pipeline/analysis.h"
#include "scenario/project.h"

#include <optional>

namespace cloudshift {

// Plans made from a project file instead of exports. A project keeps the inventory and import summary
// the import produced, so its plan equals the plan of the original exports figure for figure.

/// The project's grouping, mapping overrides and assumptions as a request (no inputs, no scenario).
AnalysisRequest analysisRequestFor(const Project& project);

/// Plans from the project alone: the optimiser's placement, or `scenario` when given.
Analysis analyseProject(const Project& project, const std::optional<Scenario>& scenario = std::nullopt);

/// A new project from a finished import (importExports() or runAnalysis()) and the request that made it.
Project projectFromImport(const Analysis& imported, const AnalysisRequest& request);

} // namespace cloudshift
