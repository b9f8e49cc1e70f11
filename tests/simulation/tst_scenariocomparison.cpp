// The comparison of scenarios with staying on Azure: hand-checked figures for one workload, and the
// deltas of several scenarios against the baseline scenario.
#include "simulation/scenariocomparison.h"
#include "simulation/scenariosimulator.h"

#include <QTest>

using namespace cloudshift;

namespace {

// One workload of 1,000 a month on Azure; 600 on AWS, 700 on GCP; 3 resources, 4 vCPUs, all mapped.
SimulationInput single()
{
    SimulationInput input;
    WorkloadRates w;
    w.workload = QStringLiteral("app");
    w.resources = 3;
    w.vms = 1;
    w.vcpus = 4;
    w.azure = 1'000'000'000;
    w.target = { 600'000'000, 700'000'000 };
    w.mappedAzure = { 1'000'000'000, 1'000'000'000 };
    input.rates = { w };
    input.firstMonth = QDate(2026, 1, 1);
    input.currency = QStringLiteral("USD");
    return input;
}

Scenario moveTo(Target target, int horizon)
{
    Scenario s;
    s.name = targetId(target);
    s.assumptions.horizonMonths = horizon;
    s.placements = { Placement { QStringLiteral("app"), target } };
    return s;
}

} // namespace

class TestScenarioComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handChecked();
    void breaksEvenOverALongerHorizon();
    void deltasAgainstBaselineScenario();
};

void TestScenarioComparison::handChecked()
{
    // Moved whole in month 0: 600 a month from then on; one-time = labour 1,500 × 3 + 50 × 4 vCPU, plus
    // one month of parallel running (1,000). Over 12 months the 400 a month saved do not pay it back.
    const ScenarioComparisonRow row
        = compareWithBaseline(simulateScenario(single(), moveTo(Target::Aws, 12)));
    QCOMPARE(row.name, QStringLiteral("aws"));
    QCOMPARE(row.currency, QStringLiteral("USD"));
    QCOMPARE(row.horizonMonths, 12);
    QCOMPARE(row.firstMonth, QDate(2026, 1, 1));
    QCOMPARE(row.runRate, Micros { 600'000'000 });
    QCOMPARE(row.baselineRunRate, Micros { 1'000'000'000 });
    QCOMPARE(row.runRateDelta, Micros { -400'000'000 });
    QCOMPARE(row.oneTime, Micros { 5'700'000'000 });
    QCOMPARE(row.tco, Micros { (12 * 600 + 5'700) * 1'000'000LL });
    QCOMPARE(row.baselineTco, Micros { 12'000'000'000 });
    QCOMPARE(row.tcoDelta, Micros { 900'000'000 });
    QCOMPARE(row.tcoDeltaPercent, 7.5);
    QCOMPARE(row.mappedCostShare, 1.0);
    QVERIFY(!row.breakEvenMonth);
    QCOMPARE(row.oneTimeDelta, row.oneTime); // alone, it is measured from nothing
}

void TestScenarioComparison::breaksEvenOverALongerHorizon()
{
    // Cumulative savings: −4,300 after month 0 (labour), −4,900 after month 1 (parallel running), then
    // +400 a month: −100 after month 13, +300 after month 14.
    const ScenarioComparisonRow row
        = compareWithBaseline(simulateScenario(single(), moveTo(Target::Aws, 36)));
    QCOMPARE(row.breakEvenMonth.value_or(-1), 14);
    QCOMPARE(row.tcoDelta, Micros { (36 * 600 + 5'700 - 36'000) * 1'000'000LL });
}

void TestScenarioComparison::deltasAgainstBaselineScenario()
{
    const SimulationInput input = single();
    Scenario stay;
    stay.name = QStringLiteral("Stay on Azure");
    const std::vector<ScenarioResult> results { simulateScenario(input, stay),
        simulateScenario(input, moveTo(Target::Aws, 36)), simulateScenario(input, moveTo(Target::Gcp, 36)) };
    const ScenarioComparison comparison = compareScenarios(results, 0);
    QCOMPARE(comparison.baselineRow, 0);
    QCOMPARE(comparison.rows.size(), std::size_t { 3 });
    const ScenarioComparisonRow& baseline = comparison.rows[0];
    QCOMPARE(baseline.tco, baseline.baselineTco);
    QCOMPARE(baseline.tcoDelta, Micros { 0 });
    QCOMPARE(baseline.oneTime, Micros { 0 });
    QCOMPARE(comparison.rows[2].runRateDelta, Micros { -300'000'000 });
    for (std::size_t i = 0; i < 3; ++i)
        QCOMPARE(comparison.rows[i], compareWithBaseline(results[i]));
    // No baseline named: the rows stand alone.
    QCOMPARE(compareScenarios(results, -1).baselineRow, -1);
    QCOMPARE(compareScenarios(results, 7).baselineRow, -1);
}

QTEST_APPLESS_MAIN(TestScenarioComparison)
#include "tst_scenariocomparison.moc"
