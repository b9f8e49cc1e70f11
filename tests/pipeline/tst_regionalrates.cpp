#include "pipeline/analysis.h"

#include <QTest>

using namespace cloudshift;

namespace {

const Analysis& demo()
{
    static const Analysis analysis = runAnalysis({ { demoExportPath() } });
    return analysis;
}

const WorkloadRates& ratesOf(const QString& workload)
{
    for (const WorkloadRates& rates : demo().simulation.rates) {
        if (rates.workload == workload)
            return rates;
    }
    qFatal("no workload %s in the demo", qPrintable(workload));
}

// "booking" moved to AWS on demand at once, in the given region (empty: the mapped one).
ScenarioWorkload bookingOnAws(const QString& region)
{
    Scenario scenario;
    scenario.name = QStringLiteral("booking to AWS");
    Placement placement;
    placement.workload = QStringLiteral("booking");
    placement.target = Target::Aws;
    placement.region = region;
    scenario.placements.push_back(placement);
    const ScenarioResult result = simulateScenario(demo().simulation, scenario);
    for (const ScenarioWorkload& w : result.workloads) {
        if (w.name == placement.workload)
            return w;
    }
    qFatal("booking missing from the result");
}

} // namespace

// A region chosen in a scenario is priced there, not just shown.
class TestRegionalRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(demo().status, Analysis::Status::Ok); }

    // Re-pricing in the region the resources already map to reproduces the analysis' own rates exactly.
    void mappedRegionReproducesTheRates()
    {
        const WorkloadRates& rates = ratesOf(QStringLiteral("booking"));
        QVERIFY(!rates.region[0].isEmpty());
        const auto again = demo().simulation.regional->ratesIn(rates.workload, 0, rates.region[0]);
        QVERIFY(again.has_value());
        QCOMPARE(again->azure, rates.azure);
        QCOMPARE(again->target[0], rates.target[0]);
        QCOMPARE(again->targetCompute[0], rates.targetCompute[0]);
        QCOMPARE(again->mappedAzure[0], rates.mappedAzure[0]);
        QCOMPARE(again->resources, rates.resources);
    }

    void unknownWorkload()
    {
        QVERIFY(!demo().simulation.regional->ratesIn(QStringLiteral("no-such-workload"), 0, QStringLiteral("us-east-1")));
    }

    // Naming the mapped region changes nothing; São Paulo costs more than North Virginia for the same
    // instances, as in the price tables; the Azure side and the label follow the choice.
    void regionChangesTheRunRate()
    {
        const WorkloadRates& rates = ratesOf(QStringLiteral("booking"));
        const ScenarioWorkload mapped = bookingOnAws(QString());
        const ScenarioWorkload named = bookingOnAws(rates.region[0]);
        QCOMPARE(named.targetMonthly, mapped.targetMonthly);
        QCOMPARE(mapped.targetMonthly, rates.target[0]);

        const ScenarioWorkload virginia = bookingOnAws(QStringLiteral("us-east-1"));
        const ScenarioWorkload saoPaulo = bookingOnAws(QStringLiteral("sa-east-1"));
        QCOMPARE(virginia.region, QStringLiteral("us-east-1"));
        QCOMPARE(saoPaulo.region, QStringLiteral("sa-east-1"));
        QVERIFY2(saoPaulo.targetMonthly > virginia.targetMonthly,
            qPrintable(QStringLiteral("%1 vs %2").arg(saoPaulo.targetMonthly).arg(virginia.targetMonthly)));
        QCOMPARE(virginia.baselineMonthly, rates.azure);
        QCOMPARE(saoPaulo.baselineMonthly, rates.azure);

        const auto virginiaRates = demo().simulation.regional->ratesIn(rates.workload, 0, QStringLiteral("us-east-1"));
        QVERIFY(virginiaRates.has_value());
        QCOMPARE(virginia.targetMonthly, virginiaRates->target[0]);
    }

    // A region the price tables do not hold has nothing to re-price with: the mapped rates stand.
    void unknownRegionKeepsTheMappedRates()
    {
        QVERIFY(!demo().simulation.regional->ratesIn(QStringLiteral("booking"), 0, QStringLiteral("xx-nowhere-1")));
        const ScenarioWorkload nowhere = bookingOnAws(QStringLiteral("xx-nowhere-1"));
        QCOMPARE(nowhere.targetMonthly, ratesOf(QStringLiteral("booking")).target[0]);
    }
};

QTEST_GUILESS_MAIN(TestRegionalRates)
#include "tst_regionalrates.moc"
