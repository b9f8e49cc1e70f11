#include "analysis.h"

#include "billing/billingimporter.h"
#include "catalog/catalog.h"
#include "inventory/inventory.h"
#include "inventory/workloadgrouping.h"
#include "mapping/resourcepricer.h"
#include "risk/planassessment.h"
#include "simulation/placementoptimiser.h"
#include "simulation/targetplanner.h"

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
        analysis.scenario = request.scenario ? *request.scenario : optimisePlacement(input, request.assumptions);
        analysis.scenarioResult = simulateScenario(input, analysis.scenario);
    }

} // namespace

Analysis runAnalysis(const AnalysisRequest& request, const ProgressCallback& progress, const std::atomic_bool* cancel)
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
    const Inventory inventory = buildInventory(data, [&catalog](const QString& unit) -> std::optional<double> {
        const auto pricing = catalog.pricingUnit(unit);
        if (!pricing || !pricing->distinctUnits.contains(u"hour", Qt::CaseInsensitive))
            return std::nullopt;
        return pricing->blockSize;
    });
    const WorkloadGrouping grouping(request.workloadTagKeys);
    std::vector<WorkloadGrouping::Assignment> assignments;
    assignments.reserve(inventory.resources.size());
    for (const Resource& resource : inventory.resources)
        assignments.push_back(grouping.assign(resource));

    const ResourcePricer pricer(catalog);
    std::vector<TargetPricingPair> pricing;
    pricing.reserve(inventory.resources.size());
    for (const Resource& resource : inventory.resources)
        pricing.push_back({pricer.price(resource, Cloud::Aws), pricer.price(resource, Cloud::Gcp)});
    analysis.plan = planAllToTargets(inventory, assignments, pricing, catalog.catalogDate());
    simulate(analysis, request, inventory, assignments, pricing);
    assessPlan(analysis.plan, inventory, assignments, catalog, assessmentOptions(analysis.scenario));
    if (analysis.import.totalsByCurrency.size() > 1)
        analysis.plan.notes << QStringLiteral("The exports are billed in %1 currencies; figures add them up unconverted "
                                              "and are shown in %2, the currency of most of the cost.")
                                   .arg(analysis.import.totalsByCurrency.size())
                                   .arg(analysis.plan.currency);
    analysis.resourceCount = static_cast<int>(inventory.resources.size());
    analysis.workloadCount = static_cast<int>(analysis.plan.workloads.size());
    return analysis;
}

} // namespace cloudshift
