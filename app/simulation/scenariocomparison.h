#pragma once

#include "billing/money.h"
#include "simulation/scenarioresult.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace cloudshift {

/// One scenario's headline figures next to staying on Azure, with the differences already taken.
///
/// Each scenario is compared with the stay-on-Azure baseline simulated under its own assumptions
/// (same horizon, growth and currency), so a delta never mixes a 36-month TCO with a 60-month one.
struct ScenarioComparisonRow
{
    QString name;
    QString currency;
    int horizonMonths = 0;
    QDate firstMonth; ///< the horizon's month 0
    Micros runRate = 0; ///< monthly run cost once every move is done (first-month prices)
    Micros oneTime = 0; ///< labour, egress and parallel running over the horizon
    std::optional<int> breakEvenMonth; ///< month index from which cumulative savings stay ≥ 0
    Micros tco = 0; ///< run cost + one-time costs over the horizon
    double mappedCostShare = 0.0; ///< 0..1

    Micros baselineRunRate = 0; ///< Azure today, under the same assumptions
    Micros baselineTco = 0;
    Micros runRateDelta = 0; ///< runRate − baselineRunRate (negative = cheaper)
    Micros tcoDelta = 0; ///< tco − baselineTco (negative = cheaper)
    double tcoDeltaPercent = 0.0; ///< tcoDelta / baselineTco × 100; 0 when the baseline is 0
    Micros oneTimeDelta = 0; ///< oneTime − the baseline scenario's one-time cost

    bool operator==(const ScenarioComparisonRow&) const = default;
};

/// The scenarios of a project side by side; rows in the order of the results given.
struct ScenarioComparison
{
    std::vector<ScenarioComparisonRow> rows;
    int baselineRow = -1; ///< the row of the stay-on-Azure scenario, -1 when none was named

    bool operator==(const ScenarioComparison&) const = default;
};

/// The headline figures of one simulated scenario against its own stay-on-Azure baseline.
ScenarioComparisonRow compareWithBaseline(const ScenarioResult& result);

/// Compares every result with staying on Azure; baselineRow names the stay-on-Azure scenario among
/// them (its one-time cost is what oneTimeDelta is measured from), or -1.
ScenarioComparison compareScenarios(const std::vector<ScenarioResult>& results, int baselineRow);

} // namespace cloudshift
