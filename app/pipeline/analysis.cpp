#include "analysis.h"

#include "billing/billingimporter.h"
#include "catalog/catalog.h"
#include "inventory/inventory.h"
#include "inventory/workloadgrouping.h"
#include "mapping/resourcepricer.h"
#include "pipeline/catalogregionalrates.h"
#include "pipeline/mappingoverridelookup.h"
#include "risk/planassessment.h"
#include "simulation/placementoptimiser.h"
#include "simulation/targetplanner.h"

#include <QHash>

namespace cloudshift {

QString demoExportPath()
{
    return QStringLiteral(":/demo/larkspur-ea-2025.csv");
}

namespace {

    // The horizon starts the month after the run-rate window, i.e. after the bill's last full month.
    void simulate(Analysis& analysis, const AnalysisRequest& request, const Inventory& inventory,
        const std::vector<WorkloadGrouping::Assignment>& assignments, const std::vector<TargetPricingPair>& pricing)
    {
        const RunRateBasis basis = chooseRunRateBasis(inventory, analysis.import.lastDate);
        SimulationInput& input = analysis.simulation;
        input.rates = computeWorkloadRates(inventory, assignments, pricing, basis);
        input.firstMonth = inventory.monthStart(basis.firstMonth + basis.months);
        input.currency = inventory.currency;
        input.runRateBasis = basis.description;
        input.regional = std::make_shared<CatalogRegionalRates>(
            analysis.inventory, assignments, request.mappingOverrides, basis, Catalog::embedded());
        analysis.scenario = request.scenario ? *request.scenario : optimisePlacement(input, request.assumptions);
        analysis.scenarioResult = simulateScenario(input, analysis.scenario);
    }

    std::vector<WorkloadGrouping::Assignment> assignWorkloads(const Inventory& inventory, const AnalysisRequest& request)
    {
        const WorkloadGrouping grouping(request.groupingSettings());
        std::vector<WorkloadGrouping::Assignment> assignments;
        assignments.reserve(inventory.resources.size());
        for (const Resource& resource : inventory.resources)
            assignments.push_back(grouping.assign(resource));
        return assignments;
    }

    // Latency and risk of the plan's workloads where analysis.scenario places them.
    void assess(Analysis& analysis, const AnalysisRequest& request,
        const std::vector<WorkloadGrouping::Assignment>& assignments, const Catalog& catalog)
    {
        PlanAssessmentOptions assessment = assessmentOptions(analysis.scenario);
        assessment.weights = request.riskWeights;
        assessment.dependencies = request.dependencies;
        for (const auto& [workload, populations] : request.userPopulations)
            assessment.scenarios[workload].populations = populations;
        assessPlan(analysis.plan, *analysis.inventory, assignments, catalog, assessment);
    }

} // namespace

Analysis withScenario(Analysis analysis, const AnalysisRequest& request, Scenario scenario, ScenarioResult result)
{
    analysis.scenario = std::move(scenario);
    analysis.scenarioResult = std::move(result);
    if (analysis.inventory && analysis.status == Analysis::Status::Ok)
        assess(analysis, request, assignWorkloads(*analysis.inventory, request), Catalog::embedded());
    return analysis;
}

Analysis importExports(const AnalysisRequest& request, const ProgressCallback& progress, const std::atomic_bool* cancel)
{
    Analysis analysis;
    BillingImporter importer(progress, cancel);
    importer.setColumnMappings(request.columnMappings);
    BillingData data = importer.importInputs(request.inputs);
    analysis.import = std::move(data.summary);
    if (importer.wasCancelled()) {
        analysis.status = Analysis::Status::Cancelled;
        analysis.error = QStringLiteral("cancelled");
        return analysis;
    }
    if (!importer.fatalError().isEmpty()) {
        analysis.status = Analysis::Status::Failed;
        analysis.error = importer.fatalError();
        return analysis;
    }
    const Catalog& catalog = Catalog::embedded();
    analysis.inventory = std::make_shared<const Inventory>(buildInventory(data, [&catalog](const QString& unit) -> std::optional<double> {
        const auto pricing = catalog.pricingUnit(unit);
        if (!pricing || !pricing->distinctUnits.contains(u"hour", Qt::CaseInsensitive))
            return std::nullopt;
        return pricing->blockSize;
    }));
    analysis.resourceCount = static_cast<int>(analysis.inventory->resources.size());
    return analysis;
}

Analysis analyseInventory(std::shared_ptr<const Inventory> inventoryPointer, ImportSummary import, const AnalysisRequest& request)
{
    Analysis analysis;
    analysis.import = std::move(import);
    analysis.inventory = std::move(inventoryPointer);
    const Inventory& inventory = *analysis.inventory;
    const Catalog& catalog = Catalog::embedded();
    const std::vector<WorkloadGrouping::Assignment> assignments = assignWorkloads(inventory, request);

    const ResourcePricer pricer(catalog);
    const MappingOverrideLookup overrides(request.mappingOverrides);
    std::vector<TargetPricingPair> pricing;
    pricing.reserve(inventory.resources.size());
    for (std::size_t r = 0; r < inventory.resources.size(); ++r) {
        const Resource& resource = inventory.resources[r];
        if (overrides.isEmpty()) {
            pricing.push_back({pricer.price(resource, Cloud::Aws), pricer.price(resource, Cloud::Gcp)});
            continue;
        }
        const QString& workload = assignments[r].workload;
        pricing.push_back({pricer.price(resource, Cloud::Aws, overrides.choice(resource, workload, 0)),
            pricer.price(resource, Cloud::Gcp, overrides.choice(resource, workload, 1))});
    }
    analysis.plan = planAllToTargets(inventory, assignments, pricing, catalog.catalogDate());
    for (std::size_t t = 0; t < kTargetClouds.size(); ++t) {
        analysis.mappingCoverage[t].cloud = kTargetClouds[t];
        for (std::size_t r = 0; r < inventory.resources.size(); ++r)
            MappingCoverage::add(analysis.mappingCoverage[t], inventory.resources[r], pricing[r][t]);
        MappingCoverage::finish(analysis.mappingCoverage[t]);
    }
    simulate(analysis, request, inventory, assignments, pricing);
    assess(analysis, request, assignments, catalog);
    if (analysis.import.totalsByCurrency.size() > 1)
        analysis.plan.notes << QStringLiteral("The exports are billed in %1 currencies; figures add them up unconverted "
                                              "and are shown in %2, the currency of most of the cost.")
                                   .arg(analysis.import.totalsByCurrency.size())
                                   .arg(analysis.plan.currency);
    analysis.resourceCount = static_cast<int>(inventory.resources.size());
    analysis.workloadCount = static_cast<int>(analysis.plan.workloads.size());
    return analysis;
}

Analysis runAnalysis(const AnalysisRequest& request, const ProgressCallback& progress, const std::atomic_bool* cancel)
{
    Analysis imported = importExports(request, progress, cancel);
    if (imported.status != Analysis::Status::Ok)
        return imported;
    return analyseInventory(std::move(imported.inventory), std::move(imported.import), request);
}

} // namespace cloudshift
