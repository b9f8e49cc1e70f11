// Before/after round trips of a workload's users: default populations near its Azure regions, explicit
// populations, and what cannot be assessed.
#include "latency/latencyjson.h"
#include "latency/latencyplanner.h"
#include "mapping/regionmapper.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace cloudshift;

namespace {

// The target region the mapping picks for an Azure region: the planner must follow it, whatever it is.
QString mapped(const char* azure, Cloud target)
{
    return cloudId(target) + QLatin1Char(':')
        + RegionMapper(Catalog::embedded()).map(QLatin1String(azure), target).region;
}

} // namespace

class TestLatencyPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPopulationsNearEachRegion()
    {
        const LatencyEstimator estimator;
        const LatencyPlanner planner(estimator, Catalog::embedded());
        // Billing spellings, merged by region: West Europe carries 3/4 of the cost.
        const WorkloadLatency result = planner.assess(
            { { QStringLiteral("WestEurope"), 200.0 }, { QStringLiteral("East US 2"), 100.0 },
                { QStringLiteral("westeurope"), 100.0 } },
            Cloud::Aws);
        QVERIFY(result.assessed);
        QCOMPARE(result.target, Cloud::Aws);
        QCOMPARE(result.populations.size(), std::size_t(2));
        const PopulationLatency& europe = result.populations[0];
        QCOMPARE(europe.population, QStringLiteral("users near azure:westeurope"));
        QCOMPARE(europe.share, 0.75);
        QCOMPARE(result.populations[1].share, 0.25);

        // Both trips come from the estimator as they are, to the region the mapping uses.
        QCOMPARE(europe.after.to, mapped("westeurope", Cloud::Aws));
        const auto before
            = estimator.estimate(QStringLiteral("azure:westeurope"), QStringLiteral("azure:westeurope"));
        const auto after = estimator.estimate(QStringLiteral("azure:westeurope"), europe.after.to);
        QCOMPARE(europe.before.rttMs, before->rttMs);
        QCOMPARE(europe.after.rttMs, after->rttMs);
        QCOMPARE(result.populations[1].after.to, mapped("eastus2", Cloud::Aws));

        const double expectedBefore = 0.75 * europe.before.rttMs + 0.25 * result.populations[1].before.rttMs;
        const double expectedAfter = 0.75 * europe.after.rttMs + 0.25 * result.populations[1].after.rttMs;
        QCOMPARE(result.beforeMs, expectedBefore);
        QCOMPARE(result.afterMs, expectedAfter);
        QCOMPARE(result.measuredValues + result.modelledValues, 4);
        QVERIFY(result.notes.join(u'\n').contains(u"users assumed near the Azure regions"));
    }

    void explicitPopulationsUseTheMainRegion()
    {
        const LatencyEstimator estimator;
        const LatencyPlanner planner(estimator, Catalog::embedded());
        std::vector<UserPopulation> users {
            { QStringLiteral("Sydney office"), {}, GeoCoordinate { -33.87, 151.21 }, 1.0 },
            { QStringLiteral("near Frankfurt"), QStringLiteral("aws:eu-central-1"), std::nullopt, 3.0 },
        };
        const WorkloadLatency result = planner.assess(
            { { QStringLiteral("uksouth"), 10.0 }, { QStringLiteral("eastus"), 1.0 } }, Cloud::Gcp, users);
        QVERIFY(result.assessed);
        QCOMPARE(result.populations.size(), std::size_t(2));
        QCOMPARE(result.populations[0].share, 0.25);
        QCOMPARE(result.populations[1].share, 0.75);
        QCOMPARE(result.populations[0].before.to, QStringLiteral("azure:uksouth"));
        QCOMPARE(result.populations[0].after.to, mapped("uksouth", Cloud::Gcp));
        QCOMPARE(result.populations[0].before.source, LatencySource::Model);
        QVERIFY(result.populations[0].before.rttMs > 200.0);
        QVERIFY(result.notes.join(u'\n').contains(u"served from azure:uksouth"));
    }

    void unknownRegionsAreNotAssessed()
    {
        const LatencyEstimator estimator;
        const LatencyPlanner planner(estimator, Catalog::embedded());
        const WorkloadLatency result
            = planner.assess({ { QStringLiteral("Atlantis North"), 5.0 } }, Cloud::Aws);
        QVERIFY(!result.assessed);
        QCOMPARE(result.measuredShare(), 0.0);
        QVERIFY(result.notes.join(u'\n').contains(u"unknown Azure region 'Atlantis North'"));
        const nlohmann::json json = result;
        QVERIFY(json.at("before_ms").is_null());
        QCOMPARE(json.at("target").get<std::string>(), std::string("aws"));
    }

    void jsonRoundsAndNamesTheSource()
    {
        const LatencyEstimator estimator;
        const LatencyPlanner planner(estimator, Catalog::embedded());
        const WorkloadLatency result = planner.assess({ { QStringLiteral("westeurope"), 1.0 } }, Cloud::Aws);
        const nlohmann::json json = result;
        QCOMPARE(json.at("before_ms").get<double>(), std::round(result.beforeMs * 10) / 10);
        QCOMPARE(json.at("after_ms").get<double>(), std::round(result.afterMs * 10) / 10);
        QCOMPARE(json.at("populations").size(), std::size_t(1));
        const auto& after = json.at("populations")[0].at("after");
        QCOMPARE(QString::fromStdString(after.at("to").get<std::string>()), mapped("westeurope", Cloud::Aws));
        QVERIFY(after.at("source") == "measured" || after.at("source") == "model");
    }
};

QTEST_GUILESS_MAIN(TestLatencyPlanner)
#include "tst_latencyplanner.moc"
