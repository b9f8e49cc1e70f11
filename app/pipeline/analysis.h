#pragma once

#include "billing/columnmapping.h"
#include "billing/importresult.h"
#include "inventory/groupingsettings.h"
#include "inventory/inventory.h"
#include "latency/userpopulation.h"
#include "mapping/mappingcoverage.h"
#include "risk/dependencyflow.h"
#include "risk/riskweights.h"
#include "scenario/mappingoverride.h"
#include "scenario/scenario.h"
#include "simulation/planresult.h"
#include "simulation/scenarioresult.h"
#include "simulation/scenariosimulator.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace cloudshift {

/// What to analyse: export files/folders (":/demo/..." resource paths work too) and how to group
/// resources into workloads.
struct AnalysisRequest
{
    QStringList inputs;
    /// Tag keys tried in order to name a resource's workload; resources without any of them are
    /// grouped by resource group.
    QStringList workloadTagKeys{QStringLiteral("app"), QStringLiteral("workload"), QStringLiteral("application")};
    /// Column mappings the user confirmed for unrecognised headers, by header signature.
    ColumnMappings columnMappings;
    /// The scenario to simulate; without one, the optimiser's placement under `assumptions`.
    std::optional<Scenario> scenario;
    Assumptions assumptions;
    /// Grouping rules and manual moves; when set they replace workloadTagKeys.
    std::optional<GroupingSettings> grouping;
    /// The user's target region or VM type for resources or whole workloads.
    std::vector<MappingOverride> mappingOverrides;
    /// Weights of the risk factors, flows between workloads and user populations, for the risk and
    /// latency assessment.
    RiskWeights riskWeights;
    DependencyFlows dependencies;
    UserPopulations userPopulations;

    GroupingSettings groupingSettings() const { return grouping ? *grouping : GroupingSettings::fromTagKeys(workloadTagKeys); }
};

/// Reports progress in bytes read of all inputs (done, total).
using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

/// The whole path import → inventory → mapping → plan, as value types the UI and CLI present.
struct Analysis
{
    enum class Status { Ok, Failed, Cancelled };
    Status status = Status::Ok;
    QString error; ///< why it failed, naming file, line and column where there is one
    ImportSummary import;
    PlanResult plan;
    /// The bill's Azure cost by mapping confidence on AWS and on Google Cloud, and what is not mapped.
    std::array<TargetCoverage, 2> mappingCoverage;
    SimulationInput simulation; ///< the workloads' run rates: re-simulating a scenario needs only this
    Scenario scenario; ///< the scenario simulated (the request's, or the optimiser's placement)
    ScenarioResult scenarioResult;
    int resourceCount = 0;
    int workloadCount = 0;
    /// The imported inventory, shared and never changed: what a project saves and plans are made from.
    std::shared_ptr<const Inventory> inventory;
};

/// Runs the whole analysis. Safe to call from a worker thread; cancel is polled between chunks.
Analysis runAnalysis(const AnalysisRequest& request, const ProgressCallback& progress = {},
    const std::atomic_bool* cancel = nullptr);

/// The import alone: status, error, import summary and inventory (no plan). Same threading and
/// cancellation as runAnalysis().
Analysis importExports(const AnalysisRequest& request, const ProgressCallback& progress = {},
    const std::atomic_bool* cancel = nullptr);

/// Everything after the import — grouping, mapping, plan, scenario — from an inventory and its import
/// summary. runAnalysis() is importExports() followed by this; a project re-plans with this alone.
Analysis analyseInventory(std::shared_ptr<const Inventory> inventory, ImportSummary import, const AnalysisRequest& request);

/// The analysis with `scenario` and its simulated `result` in place of its own, the plan's latency and
/// risk re-assessed where that scenario places each workload: what charts and reports of a scenario other
/// than the analysed one show. `request` must be the one the analysis was made with.
Analysis withScenario(Analysis analysis, const AnalysisRequest& request, Scenario scenario, ScenarioResult result);

/// Path of the bundled demo export (a Qt resource inside the binary).
QString demoExportPath();

} // namespace cloudshift
