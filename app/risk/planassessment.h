#pragma once

#include "catalog/catalog.h"
#include "inventory/inventory.h"
#include "inventory/workloadgrouping.h"
#include "latency/latencydata.h"
#include "risk/dependencyflow.h"
#include "risk/riskweights.h"
#include "risk/workloadscenario.h"
#include "scenario/scenario.h"
#include "simulation/planresult.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace cloudshift {

/// What the latency and risk assessment of a plan takes besides the plan itself.
struct PlanAssessmentOptions
{
    RiskWeights weights;
    double transferGbps = 1.0; ///< sustained bandwidth assumed for moving stored data
    QHash<QString, WorkloadScenario> scenarios; ///< by workload name; others get the defaults
    /// Target of the workloads the scenarios do not place; nullopt: the cheaper of AWS and Google Cloud.
    std::optional<Cloud> unplacedTarget;
    /// Flows between workloads; empty: no dependency list known (the chattiness factor says so).
    DependencyFlows dependencies;
    int horizonMonths = 36; ///< months of the scenario in which the waves run
    double azureEgressUsdPerGb = 0.087; ///< data leaving Azure for another cloud
    double usdToCurrency = 1.0; ///< converts catalog (USD) egress prices to the bill's currency
};

/// The placements of a scenario as assessment inputs: target cloud (Azure for workloads that stay or are
/// retired, and for those without a placement), target region override and strategy. Weights and
/// bandwidth keep their defaults.
PlanAssessmentOptions assessmentOptions(const Scenario& scenario);

/// Assesses every workload of a plan on its target cloud (the scenario's placement, else the cheaper of
/// AWS and Google Cloud for that workload): users' round trips before and after (WorkloadPlanRow::latency),
/// the factor risk score with data confidence (WorkloadPlanRow::risk), and the cost-weighted plan score
/// (PlanResult::risk). A workload that stays on Azure keeps its round trips and scores 0 on every factor.
/// The plan must come from planAllToTargets over the same inventory and assignments.
void assessPlan(PlanResult& plan, const Inventory& inventory,
    const std::vector<WorkloadGrouping::Assignment>& assignments, const Catalog& catalog,
    const PlanAssessmentOptions& options = {}, const LatencyData& latencyData = LatencyData::embedded());

} // namespace cloudshift
