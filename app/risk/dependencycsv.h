#pragma once

#include "risk/dependencyflow.h"

#include <QString>

#include <optional>

namespace cloudshift {

/// Reads a dependency list: a CSV file whose header names the columns from, to, gb_per_month and
/// calls_per_second (any order, case-insensitive, other columns ignored), then one flow a row: the calling
/// workload, the called workload, GB a month between them and calls a second. Numbers use a decimal point
/// and are 0 or more. Blank lines are skipped. gzip files are read too.
///
/// On a bad file returns nullopt with *error naming the file, line and column (the 1-based field):
/// "deps.csv:3:4: 'many' is not a number (calls_per_second)".
std::optional<DependencyFlows> readDependencyCsv(const QString& path, QString* error);

} // namespace cloudshift
