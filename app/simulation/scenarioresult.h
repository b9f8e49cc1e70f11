#pragma once

#include "billing/money.h"
#include "scenario/scenario.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace cloudshift {

/// One month of the horizon.
struct ScenarioMonth
{
    QDate month;
    Micros baseline = 0; ///< everything stays on Azure
    Micros scenario = 0; ///< run cost of the scenario, one-time costs excluded
    Micros oneTime = 0; ///< labour, egress and parallel running booked this month
    Micros cumulativeSavings = 0; ///< running sum of baseline − scenario − oneTime
    std::array<Micros, 3> byCloud{}; ///< the scenario's run cost on Azure, AWS, GCP
};

/// One workload in the scenario.
struct ScenarioWorkload
{
    QString name;
    Target target = Target::Azure;
    QString region;
    PricingModel pricing = PricingModel::OnDemand;
    Strategy strategy = Strategy::Rehost;
    int waveStart = 0;
    int waveMonths = 1;
    Micros baselineMonthly = 0; ///< its Azure run rate in the first month of the horizon
    Micros targetMonthly = 0; ///< its run rate once moved (first-month prices, pricing model applied)
    Micros oneTime = 0; ///< labour + egress + parallel running
    Micros labour = 0;
    Micros egress = 0;
    Micros parallelRun = 0;
};

/// A scenario simulated month by month over the horizon against the stay-on-Azure baseline.
struct ScenarioResult
{
    QString name;
    QString currency;
    QString runRateBasis; ///< how the monthly run rates were taken from the bill
    std::vector<ScenarioMonth> months;
    std::optional<int> breakEvenMonth; ///< first month index from which cumulative savings stay ≥ 0
    Micros tcoBaseline = 0;
    Micros tcoScenario = 0; ///< run cost + one-time costs over the horizon
    std::array<Micros, 3> byCloud{}; ///< run cost over the horizon on Azure, AWS, GCP
    Micros oneTimeTotal = 0;
    double mappedCostShare = 0.0; ///< share of baseline run cost with a priced target for its placement
    std::vector<ScenarioWorkload> workloads;
};

} // namespace cloudshift
