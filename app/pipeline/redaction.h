#pragma once

#include "pipeline/analysis.h"
#include "scenario/project.h"

namespace cloudshift {

// Redaction for sharing a report or a project outside the organisation. Every name that identifies the
// organisation's estate is replaced by an alias, numbered in the order the inventory first meets it, so
// the same original always gets the same alias within one output and the same input always gives the
// same output:
//
//   subscription ids       subscription-1, subscription-2, …
//   subscription names     subscription-name-1, …
//   resource groups        group-1, …
//   resources              resource-1, … (the name; the id becomes
//                          /subscriptions/subscription-1/resourceGroups/group-1/providers/<type>/resource-1)
//   tag values             <key>-1, <key>-2, … per tag key (app-1, env-1); keys are kept
//   workloads              workload-1, … (they are named after tags, groups or resources)
//   export files           export-1.csv, manifest-1.json; import issues are counted, not listed (they
//                          quote cells)
//   user populations       population-1, …
//
// Costs, meters, regions, resource types and VM sizes are kept, so a redacted plan has the same figures.
// Scenario names are the architect's own words and are kept. Workloads keep their members: the redacted
// project groups by a manual move of every resource, as the original grouping placed it.

/// The project with every identifying name replaced by its alias (see above).
Project redactProject(const Project& project);

/// The analysis planned again from the redacted project made of `analysis` and the `request` that
/// produced it, with its scenario (redacted): the same figures, no original name.
Analysis redactAnalysis(const Analysis& analysis, const AnalysisRequest& request);

} // namespace cloudshift
