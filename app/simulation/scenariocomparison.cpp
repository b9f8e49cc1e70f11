#include "scenariocomparison.h"

namespace cloudshift {

ScenarioComparisonRow compareWithBaseline(const ScenarioResult& result)
{
    ScenarioComparisonRow row;
    row.name = result.name;
    row.currency = result.currency;
    row.horizonMonths = static_cast<int>(result.months.size());
    if (!result.months.empty())
        row.firstMonth = result.months.front().month;
    // The run rate after the last wave is the sum of every workload's rate once moved; the baseline's
    // is what the same workloads cost on Azure in the first month.
    for (const ScenarioWorkload& w : result.workloads) {
        row.runRate += w.targetMonthly;
        row.baselineRunRate += w.baselineMonthly;
    }
    row.oneTime = result.oneTimeTotal;
    row.breakEvenMonth = result.breakEvenMonth;
    row.tco = result.tcoScenario;
    row.baselineTco = result.tcoBaseline;
    row.mappedCostShare = result.mappedCostShare;
    row.runRateDelta = row.runRate - row.baselineRunRate;
    row.tcoDelta = row.tco - row.baselineTco;
    row.tcoDeltaPercent = row.baselineTco == 0
        ? 0.0
        : static_cast<double>(row.tcoDelta) * 100.0 / static_cast<double>(row.baselineTco);
    row.oneTimeDelta = row.oneTime;
    return row;
}

ScenarioComparison compareScenarios(const std::vector<ScenarioResult>& results, int baselineRow)
{
    ScenarioComparison comparison;
    comparison.rows.reserve(results.size());
    for (const ScenarioResult& result : results)
        comparison.rows.push_back(compareWithBaseline(result));
    if (baselineRow >= 0 && baselineRow < static_cast<int>(results.size())) {
        comparison.baselineRow = baselineRow;
        const Micros baselineOneTime = comparison.rows[static_cast<std::size_t>(baselineRow)].oneTime;
        for (ScenarioComparisonRow& row : comparison.rows)
            row.oneTimeDelta = row.oneTime - baselineOneTime;
    }
    return comparison;
}

} // namespace cloudshift
