#pragma once

#include "billing/importresult.h"
#include "inventory/groupingsettings.h"
#include "inventory/inventory.h"
#include "latency/userpopulation.h"
#include "risk/dependencyflow.h"
#include "risk/riskweights.h"
#include "scenario/assumptions.h"
#include "scenario/mappingoverride.h"
#include "scenario/scenario.h"

#include <QString>

#include <memory>
#include <vector>

namespace cloudshift {

/// The document the architect saves and reopens (a `.cloudshift` file): everything a plan is made
/// from, so reopening never needs the original exports.
///
/// The inventory is what the import aggregated (resources × meters × months); the import summary keeps
/// the facts shown about the exports (files, totals, date range, issues). Grouping, mapping overrides and
/// scenarios are the architect's work on top. The inventory is shared and never changed after the
/// import, so copying a project (for an undo step or a save on another thread) is cheap.
struct Project
{
    ImportSummary import;
    std::shared_ptr<const Inventory> inventory = std::make_shared<const Inventory>();
    GroupingSettings grouping = GroupingSettings::fromTagKeys(
        {QStringLiteral("app"), QStringLiteral("workload"), QStringLiteral("application")});
    std::vector<MappingOverride> mappingOverrides;
    Assumptions assumptions; ///< what the optimised placement is simulated under
    std::vector<Scenario> scenarios; ///< the architect's scenarios, names unique
    RiskWeights riskWeights; ///< the architect's weights of the risk factors
    DependencyFlows dependencies; ///< flows between workloads (imported or entered)
    UserPopulations userPopulations; ///< where each workload's users are; unlisted: near its Azure region

    /// The scenario named `name` (exact match), or nullptr.
    const Scenario* scenario(const QString& name) const;
    QStringList scenarioNames() const;
};

} // namespace cloudshift
