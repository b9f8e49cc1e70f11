#pragma once

#include "pipeline/analysis.h"

#include <QString>

#include <optional>

namespace cloudshift {

/// Resolves `--scenario VALUE`: a scenario JSON file, or a built-in scenario over the analysis's
/// workloads — "optimised" (the default), "stay-on-azure", "all-aws", "all-gcp".
/// Returns nullopt and sets *error when the file cannot be read or the name is unknown.
std::optional<Scenario> resolveScenarioOption(const QString& value, const Analysis& analysis, QString* error);

} // namespace cloudshift
