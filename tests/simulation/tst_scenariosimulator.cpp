#include "simulation/placementoptimiser.h"
#include "simulation/scenariosimulator.h"

#include <QTest>

using namespace cloudshift;

namespace {

constexpr Micros units(double value)
{
    return static_cast<Micros>(value * 1'000'000 + (value < 0 ? -0.5 : 0.5));
}

// One workload: 1,000 a month on Azure (600 of it compute); on AWS 900 (500 compute, 100 carried over
// unpriced), on GCP 800 (400 compute); 2 resources, 8 vCPUs, 1,000 GB stored.
SimulationInput shop()
{
    WorkloadRates w;
    w.workload = QStringLiteral("shop");
    w.resources = 2;
    w.vms = 1;
    w.vcpus = 8;
    w.azure = units(1000);
    w.azureCompute = units(600);
    w.target = {units(900), units(800)};
    w.targetCompute = {units(500), units(400)};
    w.targetCarried = {units(100), 0};
    w.mappedAzure = {units(900), units(1000)};
    w.region = {QStringLiteral("eu-west-1"), QStringLiteral("europe-west4")};
    w.storedGb = 1000;
    return {{w}, QDate(2026, 1, 1), QStringLiteral("USD"), QStringLiteral("the last full month (2025-12)")};
}

Scenario moveShop(Target target, int horizon = 12)
{
    Scenario s;
    s.name = QStringLiteral("test");
    s.assumptions.horizonMonths = horizon;
    Placement p{QStringLiteral("shop"), target};
    p.waveStart = 2;
    p.waveMonths = 2;
    s.placements = {p};
    return s;
}

} // namespace

class TestScenarioSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The hand-computed case: half moved in month 2, all from month 3, labour over the wave, one month
    // of parallel running after it.
    void waveMonthByMonth()
    {
        const ScenarioResult r = simulateScenario(shop(), moveShop(Target::Aws));
        QCOMPARE(r.months.size(), std::size_t(12));
        QCOMPARE(r.months[0].month, QDate(2026, 1, 1));
        const std::vector<double> scenario{1000, 1000, 950, 900, 900, 900, 900, 900, 900, 900, 900, 900};
        const std::vector<double> oneTime{0, 0, 1700, 1700, 1000, 0, 0, 0, 0, 0, 0, 0};
        const std::vector<double> cumulative{0, 0, -1650, -3250, -4150, -4050, -3950, -3850, -3750, -3650, -3550, -3450};
        for (std::size_t m = 0; m < 12; ++m) {
            QCOMPARE(r.months[m].baseline, units(1000));
            QCOMPARE(r.months[m].scenario, units(scenario[m]));
            QCOMPARE(r.months[m].oneTime, units(oneTime[m]));
            QCOMPARE(r.months[m].cumulativeSavings, units(cumulative[m]));
        }
        QCOMPARE(r.breakEvenMonth, std::optional<int>());
        QCOMPARE(r.tcoBaseline, units(12000));
        QCOMPARE(r.tcoScenario, units(15450));
        QCOMPARE(r.oneTimeTotal, units(4400));
        QCOMPARE(r.byCloud, (std::array<Micros, 3>{units(2500), units(8550), 0}));
        QCOMPARE(r.mappedCostShare, 0.9);
        const ScenarioWorkload& w = r.workloads.at(0);
        QCOMPARE(w.region, QStringLiteral("eu-west-1"));
        QCOMPARE(w.labour, units(3400)); // rehost 1,500 × 2 resources + 50 × 8 vCPU
        QCOMPARE(w.parallelRun, units(1000));
        QCOMPARE(w.egress, 0);
        QCOMPARE(w.targetMonthly, units(900));
    }

    void breakEvenWithinLongerHorizon()
    {
        const ScenarioResult r = simulateScenario(shop(), moveShop(Target::Aws, 60));
        QCOMPARE(r.breakEvenMonth, std::optional<int>(46));
        QCOMPARE(r.months[45].cumulativeSavings, units(-50));
        QCOMPARE(r.months[46].cumulativeSavings, units(50));
    }

    void assumptionsMoveTheSeries_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("month");
        QTest::addColumn<double>("scenario");
        QTest::addColumn<double>("oneTime");
        QTest::newRow("reserved 1y: compute 500 × (1 − 0.38)") << 0 << 5 << 710.0 << 0.0;
        QTest::newRow("spot share 0.5: compute 250 + 250 × 0.44") << 1 << 5 << 760.0 << 0.0;
        QTest::newRow("exchange rate 2: priced 800 × 2 + carried 100") << 2 << 5 << 1700.0 << 0.0;
        QTest::newRow("egress paid: 1,000 GB × 0.087 in the wave's first month") << 3 << 2 << 950.0 << 1787.0;
        QTest::newRow("two months of parallel running") << 4 << 5 << 900.0 << 1000.0;
        QTest::newRow("retire: nothing after the wave, labour 200 × 2 + 50 × 8") << 5 << 2 << 500.0 << 400.0;
        QTest::newRow("stay on Azure, reserved 3y: 1000 − 600 × 0.62") << 6 << 0 << 628.0 << 0.0;
    }

    void assumptionsMoveTheSeries()
    {
        QFETCH(int, change);
        QFETCH(int, month);
        QFETCH(double, scenario);
        QFETCH(double, oneTime);
        Scenario s = moveShop(Target::Aws);
        Placement& p = s.placements[0];
        switch (change) {
        case 0: p.pricing = PricingModel::Reserved1y; break;
        case 1: p.spotShare = 0.5; break;
        case 2: s.assumptions.usdToCurrency = 2.0; break;
        case 3: s.assumptions.exitEgressWaived = false; break;
        case 4: s.assumptions.parallelRunMonths = 2; break;
        case 5: p.target = Target::Retire; p.strategy = Strategy::Retire; break;
        case 6: p.target = Target::Azure; p.pricing = PricingModel::Reserved3y; p.waveStart = 0; p.waveMonths = 1; break;
        }
        const ScenarioResult r = simulateScenario(shop(), s);
        QCOMPARE(r.months[static_cast<std::size_t>(month)].scenario, units(scenario));
        QCOMPARE(r.months[static_cast<std::size_t>(month)].oneTime, units(oneTime));
    }

    void growthAppliesToEveryCloud()
    {
        Scenario s = moveShop(Target::Aws, 24);
        s.assumptions.growthPerYear = 0.10;
        const ScenarioResult r = simulateScenario(shop(), s);
        QCOMPARE(r.months[12].baseline, units(1100));
        QCOMPARE(r.months[12].scenario, units(990));
    }

    void workloadWithoutPlacementStays()
    {
        Scenario s;
        s.assumptions.horizonMonths = 12;
        const ScenarioResult r = simulateScenario(shop(), s);
        QCOMPARE(r.tcoScenario, r.tcoBaseline);
        QCOMPARE(r.breakEvenMonth, std::optional<int>(0));
        QCOMPARE(r.workloads.at(0).target, Target::Azure);
    }

    // Cheapest over the horizon: GCP (800 a month) — unless its risk is over the limit, then AWS.
    void optimiserPicksCheapestWithinLimits()
    {
        Assumptions a;
        a.horizonMonths = 36;
        QCOMPARE(optimisePlacement(shop(), a).placements.at(0).target, Target::Gcp);

        a.horizonMonths = 60; // long enough for AWS too to beat staying
        QHash<QString, PlacementMetrics> metrics;
        metrics[QStringLiteral("shop")].riskScore = {30.0, 80.0};
        OptimiserLimits limits;
        limits.maxRiskScore = 50.0;
        QCOMPARE(optimisePlacement(shop(), a, limits, metrics).placements.at(0).target, Target::Aws);

        a.horizonMonths = 12; // too short to pay back the move
        QCOMPARE(optimisePlacement(shop(), a).placements.at(0).target, Target::Azure);
    }
};

QTEST_APPLESS_MAIN(TestScenarioSimulator)
#include "tst_scenariosimulator.moc"
