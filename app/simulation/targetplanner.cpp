#include "targetplanner.h"

#include <QHash>

#include <algorithm>

namespace cloudshift {

namespace {

    double percentOf(Micros part, Micros whole)
    {
        return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
    }

    void finishSeries(CostSeries& series, const CostSeries& baseline)
    {
        series.total = 0;
        for (Micros value : series.monthly)
            series.total += value;
        series.savingVsBaseline = baseline.total - series.total;
        series.savingPercent = percentOf(series.savingVsBaseline, baseline.total);
    }

} // namespace

PlanResult planAllToTargets(const Inventory& inventory, const std::vector<WorkloadGrouping::Assignment>& workloads,
    const std::vector<TargetPricingPair>& pricing, const QString& catalogDate)
{
    PlanResult plan;
    plan.currency = inventory.currency;
    plan.catalogDate = catalogDate;
    const auto months = static_cast<std::size_t>(inventory.monthCount);
    for (int m = 0; m < inventory.monthCount; ++m)
        plan.months.push_back(inventory.monthStart(m));
    plan.baseline = {QStringLiteral("Azure (baseline)"), Cloud::Azure, std::vector<Micros>(months, 0)};
    plan.aws = {QStringLiteral("All to AWS"), Cloud::Aws, std::vector<Micros>(months, 0)};
    plan.gcp = {QStringLiteral("All to Google Cloud"), Cloud::Gcp, std::vector<Micros>(months, 0)};

    QHash<QString, std::size_t> workloadRow;
    for (std::size_t r = 0; r < inventory.resources.size(); ++r) {
        const Resource& resource = inventory.resources[r];
        const auto& assignment = workloads[r];
        const TargetPricing& aws = pricing[r][0];
        const TargetPricing& gcp = pricing[r][1];
        for (std::size_t m = 0; m < months; ++m) {
            plan.baseline.monthly[m] += resource.monthlyCost[m];
            plan.aws.monthly[m] += aws.monthly[m];
            plan.gcp.monthly[m] += gcp.monthly[m];
        }
        plan.carriedOverAws += aws.carriedOver;
        plan.carriedOverGcp += gcp.carriedOver;

        ResourcePlanRow row;
        row.resourceId = resource.id;
        row.resourceName = resource.name;
        row.workload = assignment.workload;
        row.serviceCategory = resource.serviceCategory;
        row.azureSku = resource.vmSize;
        row.azureRegion = resource.location;
        for (double hours : resource.vmHours)
            row.usageHours += hours;
        row.azure = resource.totalCost;
        row.awsOffer = aws.offer;
        row.gcpOffer = gcp.offer;
        row.aws = aws.total;
        row.gcp = gcp.total;
        plan.resources.push_back(row);

        auto it = workloadRow.find(assignment.workload);
        if (it == workloadRow.end()) {
            it = workloadRow.insert(assignment.workload, plan.workloads.size());
            WorkloadPlanRow fresh;
            fresh.workload = assignment.workload;
            fresh.groupedBy = assignment.groupedBy;
            fresh.awsConfidence = Confidence::Exact;
            fresh.gcpConfidence = Confidence::Exact;
            plan.workloads.push_back(fresh);
        }
        WorkloadPlanRow& w = plan.workloads[it.value()];
        ++w.resources;
        w.azure += resource.totalCost;
        w.aws += aws.total;
        w.gcp += gcp.total;
        if (resource.isVm()) {
            ++w.vms;
            w.vmsMappedAws += aws.offer.isMapped() ? 1 : 0;
            w.vmsMappedGcp += gcp.offer.isMapped() ? 1 : 0;
            w.awsConfidence = weakerConfidence(w.awsConfidence, aws.offer.confidence);
            w.gcpConfidence = weakerConfidence(w.gcpConfidence, gcp.offer.confidence);
        }
    }
    for (WorkloadPlanRow& w : plan.workloads) {
        if (w.vms == 0) {
            // Nothing of it was re-priced: its figures on the targets are its Azure cost carried over.
            w.awsConfidence = Confidence::None;
            w.gcpConfidence = Confidence::None;
        }
        w.awsSaving = w.azure - w.aws;
        w.gcpSaving = w.azure - w.gcp;
        w.awsSavingPercent = percentOf(w.awsSaving, w.azure);
        w.gcpSavingPercent = percentOf(w.gcpSaving, w.azure);
    }
    std::stable_sort(plan.workloads.begin(), plan.workloads.end(),
        [](const WorkloadPlanRow& a, const WorkloadPlanRow& b) { return a.azure > b.azure; });

    finishSeries(plan.baseline, plan.baseline);
    finishSeries(plan.aws, plan.baseline);
    finishSeries(plan.gcp, plan.baseline);

    plan.notes << QStringLiteral("Target prices are on-demand list prices; a cost line without a target price is "
                                 "carried over at its Azure cost.");
    if (!plan.currency.isEmpty() && plan.currency.compare(u"USD", Qt::CaseInsensitive) != 0)
        plan.notes << QStringLiteral("Target prices are USD list prices; the baseline is in %1 and no exchange rate "
                                     "is applied.")
                          .arg(plan.currency);
    return plan;
}

} // namespace cloudshift
