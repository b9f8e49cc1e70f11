#pragma once

#include "pipeline/analysis.h"
#include "scenario/project.h"

#include <QString>

#include <optional>

namespace cloudshift {

/// Resolves `--scenario VALUE`: a scenario JSON file, or a built-in scenario over the analysis's
/// workloads — "optimised" (the default), "stay-on-azure", "all-aws", "all-gcp".
/// Returns nullopt and sets *error when the file cannot be read or the name is unknown.
std::optional<Scenario> resolveScenarioOption(const QString& value, const Analysis& analysis, QString* error);

/// As resolveScenarioOption() for a plan made from a project: a scenario of the project by name first,
/// then the built-in names and scenario files. An unknown name is an error that lists the project's
/// scenarios.
std::optional<Scenario> resolveProjectScenarioOption(const QString& value, const Project& project,
    const QString& projectPath, const Analysis& analysis, QString* error);

} // namespace cloudshift
