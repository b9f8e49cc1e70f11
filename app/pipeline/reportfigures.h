#pragma once

#include "billing/money.h"
#include "catalog/cloud.h"
#include "mapping/confidence.h"
#include "scenario/scenario.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cloudshift {

struct Analysis;

/// A round trip as the charts show it: share-weighted over a workload's user populations, with the
/// share-weighted 80 % band of the modelled values (a measured value has low == high == ms).
struct LatencyBand
{
    double ms = 0.0;
    double lowMs = 0.0;
    double highMs = 0.0;
    bool measured = false; ///< every population's value comes from a measured table
};

/// One workload of the scenario with what the charts and the report say about it, joined from the
/// simulated scenario (placement, run rates, one-time cost) and the plan (mapping, risk, latency).
struct WorkloadOutlook
{
    QString name;
    Target target = Target::Azure;
    QString region;
    PricingModel pricing = PricingModel::OnDemand;
    Strategy strategy = Strategy::Rehost;
    int wave = 0; ///< number of its migration wave (1-based); 0 when it does not move
    int waveStart = 0; ///< horizon month index the move starts
    int waveMonths = 1;
    Micros baselineMonthly = 0; ///< its Azure run rate today
    Micros targetMonthly = 0; ///< its run rate once moved
    Micros monthlySaving = 0; ///< baselineMonthly − targetMonthly (positive = cheaper)
    double savingPercent = 0.0; ///< monthlySaving / baselineMonthly × 100
    Micros oneTime = 0;
    /// Weakest mapping confidence among its VMs on its target; nullopt when it stays on Azure or retires.
    std::optional<Confidence> confidence;
    bool riskAssessed = false;
    double riskScore = 0.0; ///< 0-100
    int dataConfidence = 0; ///< 1-5; 0 when not assessed
    bool latencyAssessed = false;
    LatencyBand before; ///< on Azure today
    LatencyBand after; ///< on its target
};

/// Workloads whose moves start in the same month and take as long: they are planned and cut over
/// together.
struct MigrationWave
{
    int number = 0; ///< 1-based, in start order
    int startMonth = 0; ///< horizon month index
    int months = 1;
    QStringList workloads;
    Micros oneTime = 0; ///< one-time cost of its workloads
    Micros monthlySaving = 0; ///< run-rate saving once its workloads have moved
};

/// What the imported period cost per FOCUS service category on Azure, and re-priced all to AWS and all
/// to Google Cloud.
struct CategoryCost
{
    QString category; ///< FOCUS ServiceCategory: "Compute", "Storage", "Databases"…
    Micros azure = 0;
    Micros aws = 0;
    Micros gcp = 0;
};

/// Azure cost that a target cloud has no price for, by category (carried over, never dropped).
struct NotMappedCost
{
    QString category; ///< Azure meter category
    Cloud cloud = Cloud::Aws; ///< the target lacking a price
    int resources = 0;
    Micros azure = 0;
};

/// One way forward over the horizon, for the executive summary: staying on Azure, the scenario, all to
/// AWS, all to Google Cloud.
struct OptionSummary
{
    QString name;
    Micros runRate = 0; ///< per month once every move is done
    Micros oneTime = 0;
    Micros tco = 0; ///< run + one-time over the horizon
    Micros tcoSaving = 0; ///< staying on Azure's TCO − this TCO (positive = cheaper)
    double tcoSavingPercent = 0.0;
    std::optional<int> breakEvenMonth;
};

/// Every figure the charts and the report pack present, computed from one analysis so the GUI, the
/// report and the command line show the same numbers.
///
/// The horizon series are the scenario's and, for comparison, the built-in "all to AWS" and "all to
/// Google Cloud" scenarios (every workload moved in a three-month wave from the first month, on-demand)
/// simulated under the same assumptions.
struct ReportFigures
{
    QString scenarioName;
    QString currency;
    QString catalogDate;
    QString runRateBasis;
    std::vector<QDate> months; ///< first day of each horizon month
    std::vector<Micros> baseline; ///< staying on Azure, per month
    std::vector<Micros> scenario; ///< the scenario's run cost, per month
    std::vector<Micros> allAws; ///< run cost of moving everything to AWS, per month
    std::vector<Micros> allGcp;
    std::vector<Micros> oneTime; ///< the scenario's one-time costs, per month
    std::vector<Micros> netSavings; ///< baseline − scenario − oneTime, per month
    std::vector<Micros> cumulativeSavings;
    std::optional<int> breakEvenMonth;

    Micros runRateNow = 0; ///< Azure per month today
    Micros runRateScenario = 0; ///< per month once every move of the scenario is done
    Micros runRateAws = 0; ///< per month with everything on AWS
    Micros runRateGcp = 0;
    Micros oneTimeTotal = 0;
    Micros tcoBaseline = 0;
    Micros tcoScenario = 0; ///< run + one-time over the horizon
    Micros tcoAws = 0;
    Micros tcoGcp = 0;
    double mappedCostShare = 0.0; ///< 0..1
    double riskScore = 0.0; ///< the plan's cost-weighted risk, 0-100
    double dataConfidence = 0.0; ///< cost-weighted data confidence, 1-5 (0 when not assessed)

    std::vector<OptionSummary> options; ///< stay on Azure, the scenario, all to AWS, all to Google Cloud
    std::vector<WorkloadOutlook> workloads; ///< in the scenario's order
    std::vector<MigrationWave> waves;
    std::vector<CategoryCost> categories; ///< costliest on Azure first
    std::vector<NotMappedCost> notMapped; ///< costliest first
};

/// Computes the figures of an analysis (a completed one; an empty analysis gives empty figures).
ReportFigures computeReportFigures(const Analysis& analysis);

/// The built-in scenario moving every workload to `target` in a three-month wave from the first month,
/// on-demand, under `assumptions`: what "all to AWS" and "all to Google Cloud" mean over a horizon.
Scenario everythingToTarget(const Analysis& analysis, Target target, const QString& name);

} // namespace cloudshift
