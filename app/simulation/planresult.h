#pragma once

#include "billing/money.h"
#include "catalog/cloud.h"
#include "latency/workloadlatency.h"
#include "mapping/offer.h"
#include "risk/crosscloudflow.h"
#include "risk/workloadrisk.h"

#include <QDate>
#include <QString>

#include <vector>

namespace cloudshift {

/// One monthly cost series of a plan: what the same workloads cost per month on one cloud.
struct CostSeries
{
    QString name; ///< "Azure (baseline)", "All to AWS", "All to Google Cloud"
    Cloud cloud = Cloud::Azure;
    std::vector<Micros> monthly; ///< one value per PlanResult::months entry
    Micros total = 0;
    Micros savingVsBaseline = 0; ///< baseline total - this total (positive = cheaper)
    double savingPercent = 0.0; ///< savingVsBaseline / baseline total × 100
};

/// Per-workload comparison over the whole imported period.
struct WorkloadPlanRow
{
    QString workload;
    QString groupedBy; ///< "tag:app", "resource group", ...
    int resources = 0;
    int vms = 0;
    int vmsMappedAws = 0;
    int vmsMappedGcp = 0;
    Micros azure = 0;
    Micros aws = 0;
    Micros gcp = 0;
    Micros awsSaving = 0; ///< azure - aws
    Micros gcpSaving = 0; ///< azure - gcp
    double awsSavingPercent = 0.0;
    double gcpSavingPercent = 0.0;
    Confidence awsConfidence = Confidence::None; ///< weakest mapping confidence among its VMs
    Confidence gcpConfidence = Confidence::None;
    WorkloadLatency latency; ///< users' round trips before and after, on the workload's target (assessPlan)
    WorkloadRisk risk; ///< migration risk on the same target (assessPlan)
};

/// Per-resource pricing on both target clouds (the traceable detail behind the workload rows).
struct ResourcePlanRow
{
    QString resourceId;
    QString resourceName;
    QString workload;
    QString serviceCategory; ///< Azure MeterCategory, e.g. "Virtual Machines"
    QString azureSku; ///< VM size when known
    QString azureRegion;
    double usageHours = 0.0; ///< VM hours over the period (0 for non-VM resources)
    Micros azure = 0;
    Offer awsOffer; ///< confidence None when not priced: the Azure cost is carried over
    Offer gcpOffer;
    Micros aws = 0;
    Micros gcp = 0;
};

/// Baseline vs "all to AWS" vs "all to GCP", month by month over the imported period.
///
/// Only VMs are re-priced on the target clouds so far; every other line keeps its Azure cost on the
/// targets (like for like) and is counted in carriedOver, never dropped.
struct PlanResult
{
    QString currency; ///< billing currency of the baseline
    std::vector<QDate> months; ///< first day of each month
    CostSeries baseline;
    CostSeries aws;
    CostSeries gcp;
    std::vector<WorkloadPlanRow> workloads;
    std::vector<ResourcePlanRow> resources;
    Micros carriedOverAws = 0; ///< Azure cost kept on AWS because nothing was priced for it
    Micros carriedOverGcp = 0;
    QString catalogDate;
    QStringList notes; ///< assumptions and caveats to show next to the figures
    PlanRisk risk; ///< cost-weighted risk of the workloads (assessPlan)
    /// Listed flows between workloads that cross clouds in some month of the scenario (assessPlan).
    std::vector<CrossCloudFlow> crossCloudFlows;
};

} // namespace cloudshift
