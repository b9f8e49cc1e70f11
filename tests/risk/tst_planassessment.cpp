// Latency and risk wired into the plan: the bundled demo analysed end to end, and scenario inputs.
#include "latency/latencyjson.h"
#include "mapping/regionmapper.h"
#include "pipeline/analysis.h"
#include "pipeline/analysisjson.h"
#include "risk/planassessment.h"

#include <QTest>

#include <cmath>
#include <nlohmann/json.hpp>

using namespace cloudshift;

namespace {

const Analysis& demo()
{
    static const Analysis analysis = runAnalysis({ { demoExportPath() } });
    return analysis;
}

} // namespace

class TestPlanAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWorkloadAssessedOnItsPlacement()
    {
        const Analysis& analysis = demo();
        QCOMPARE(analysis.status, Analysis::Status::Ok);
        QVERIFY(!analysis.plan.workloads.empty());
        int moving = 0;
        for (const WorkloadPlanRow& w : analysis.plan.workloads) {
            QVERIFY2(w.latency.assessed, qPrintable(w.workload));
            QVERIFY2(w.risk.assessed, qPrintable(w.workload));
            const Placement* placement = analysis.scenario.placementFor(w.workload);
            const Target target = placement ? placement->target : Target::Azure;
            const Cloud expected = target == Target::Aws ? Cloud::Aws
                : target == Target::Gcp                  ? Cloud::Gcp
                                                         : Cloud::Azure;
            QCOMPARE(w.risk.target, expected);
            QCOMPARE(w.latency.target, expected);
            QVERIFY(w.risk.confidence >= 1 && w.risk.confidence <= 5);
            long long sum = 0;
            for (const RiskContribution& c : w.risk.factors)
                sum += std::llround(c.contribution * 10.0);
            QCOMPARE(sum, std::llround(w.risk.score * 10.0));
            // The demo bills 12 months; its users sit near the Azure regions it runs in.
            const QString history = w.risk.confidenceEvidence.last();
            const int months = history.section(QLatin1Char(' '), 0, 0).toInt();
            QVERIFY2(months >= 1 && months <= 12 && history.contains(u" months of billing history: +"),
                qPrintable(history));
            QVERIFY(w.latency.populations.front().population.startsWith(u"users near azure:"));
            if (expected == Cloud::Azure) {
                // Nothing moves: same round trips, no risk, and every factor says why.
                QCOMPARE(w.latency.afterMs, w.latency.beforeMs);
                QCOMPARE(w.risk.score, 0.0);
                QVERIFY(w.risk.confidenceEvidence.front().startsWith(
                    u"stays on Azure: the cost is the bill's own"));
                for (const RiskContribution& c : w.risk.factors)
                    QVERIFY2(c.evidence.endsWith(u"nothing moves"), qPrintable(c.evidence));
            } else {
                ++moving;
                QCOMPARE(w.risk.targetReason, QStringLiteral("placement set in the scenario"));
                if (!placement->region.isEmpty())
                    QCOMPARE(
                        w.latency.populations.front().after.to, cloudId(expected) + u':' + placement->region);
            }
        }
        QVERIFY(moving > 0);
        QCOMPARE(analysis.plan.risk.workloads, static_cast<int>(analysis.plan.workloads.size()));
        QVERIFY(analysis.plan.risk.score > 0.0);
    }

    void cosmosDbWorkloadIsLockedIn()
    {
        // Everything to AWS: the workloads with a Cosmos DB account score lock-in 3.
        Scenario everything;
        for (const WorkloadPlanRow& w : demo().plan.workloads)
            everything.placements.push_back({ w.workload, Target::Aws });
        AnalysisRequest request { { demoExportPath() } };
        request.scenario = everything;
        const Analysis analysis = runAnalysis(request);
        int found = 0;
        for (const WorkloadPlanRow& w : analysis.plan.workloads) {
            QCOMPARE(w.risk.target, Cloud::Aws);
            QVERIFY(w.risk.score > 0.0);
            const RiskContribution& lockIn = w.risk.factors[int(RiskFactor::PaasLockIn)];
            if (!lockIn.evidence.contains(u"Azure Cosmos DB"))
                continue;
            ++found;
            QCOMPARE(lockIn.score, 3);
            QCOMPARE(w.risk.factors[int(RiskFactor::StrategyComplexity)].evidence,
                QStringLiteral("rehost, as set in the scenario"));
            QVERIFY(w.risk.factors[int(RiskFactor::DataGravity)].score >= 1); // a managed database
        }
        QVERIFY(found >= 1);
    }

    void scenarioPlacementsBecomeOptions()
    {
        Scenario scenario;
        scenario.placements = { { QStringLiteral("a"), Target::Gcp, QStringLiteral("europe-west3") },
            { QStringLiteral("b"), Target::Retire }, { QStringLiteral("c"), Target::Azure } };
        scenario.placements[0].strategy = Strategy::Replatform;
        const PlanAssessmentOptions options = assessmentOptions(scenario);
        QCOMPARE(options.unplacedTarget, std::optional<Cloud>(Cloud::Azure));
        QCOMPARE(options.scenarios.size(), 3);
        QCOMPARE(options.scenarios[QStringLiteral("a")].target, std::optional<Cloud>(Cloud::Gcp));
        QCOMPARE(options.scenarios[QStringLiteral("a")].region, QStringLiteral("europe-west3"));
        QCOMPARE(
            options.scenarios[QStringLiteral("a")].strategy, std::optional<Strategy>(Strategy::Replatform));
        QCOMPARE(options.scenarios[QStringLiteral("b")].target, std::optional<Cloud>(Cloud::Azure));
        QCOMPARE(options.scenarios[QStringLiteral("b")].strategy, std::optional<Strategy>(Strategy::Retire));
        QCOMPARE(options.scenarios[QStringLiteral("c")].target, std::optional<Cloud>(Cloud::Azure));
        QVERIFY(options.weights.isDefault());
    }

    void planJsonCarriesLatencyAndRisk()
    {
        const nlohmann::json plan = demo().plan;
        for (const auto& w : plan.at("workloads")) {
            const auto& latency = w.at("latency");
            QVERIFY(latency.at("before_ms").is_number());
            QVERIFY(latency.at("after_ms").is_number());
            const auto& risk = w.at("risk");
            QVERIFY(risk.at("score").is_number());
            QVERIFY(risk.at("confidence").is_number_integer());
            double sum = 0.0;
            for (const auto& factor : risk.at("factors")) {
                for (const char* key : { "name", "score", "weight", "contribution", "evidence" })
                    QVERIFY2(factor.contains(key), key);
                sum += factor.at("contribution").get<double>();
            }
            QVERIFY(std::abs(sum - risk.at("score").get<double>()) < 1e-6);
        }
        QVERIFY(plan.at("risk").at("score").is_number());
        QCOMPARE(plan.at("risk").at("factors").size(), std::size_t(10));
    }

    void scenarioInputsAndWeights()
    {
        // A crafted two-workload plan, as planAllToTargets lays it out: one row per inventory resource.
        Inventory inventory;
        inventory.monthCount = 2;
        inventory.currency = QStringLiteral("EUR");
        const auto resource = [&inventory](
                                  const char* id, const char* category, const char* location, double cost) {
            Resource& r = inventory.resources.emplace_back();
            r.id = r.name = QString::fromLatin1(id);
            r.location = QString::fromLatin1(location);
            r.currency = QStringLiteral("EUR");
            r.monthlyCost = { microsFromDouble(cost / 2), microsFromDouble(cost / 2) };
            r.totalCost = microsFromDouble(cost);
            MeterUsage usage;
            usage.meter
                = { QString::fromLatin1(category), {}, QStringLiteral("meter"), QStringLiteral("1 Hour") };
            usage.cost = r.monthlyCost;
            usage.quantity = { 730, 730 };
            r.meters.push_back(usage);
            return &r;
        };
        resource("vm-shop", "Virtual Machines", "West Europe", 1000)->vmSize
            = QStringLiteral("Standard_D4s_v5");
        resource("cosmos-shop", "Azure Cosmos DB", "westeurope", 500);
        resource("vm-batch", "Virtual Machines", "eastus2", 3000)->vmSize = QStringLiteral("Standard_D4s_v5");
        const std::vector<WorkloadGrouping::Assignment> assignments { { QStringLiteral("shop"),
                                                                          QStringLiteral("tag:app") },
            { QStringLiteral("shop"), QStringLiteral("tag:app") },
            { QStringLiteral("batch"), QStringLiteral("tag:app") } };

        PlanResult plan;
        plan.currency = QStringLiteral("EUR");
        plan.baseline.total = microsFromDouble(4500);
        for (const Resource& r : inventory.resources) {
            ResourcePlanRow row;
            row.resourceId = r.id;
            row.awsOffer.confidence = r.isVm() ? Confidence::Exact : Confidence::None;
            row.gcpOffer.confidence = r.isVm() ? Confidence::Approximate : Confidence::None;
            plan.resources.push_back(row);
        }
        WorkloadPlanRow shop, batch;
        shop.workload = QStringLiteral("shop");
        shop.azure = microsFromDouble(1500);
        shop.aws = microsFromDouble(1400);
        shop.gcp = microsFromDouble(1300); // Google Cloud is cheaper for shop, AWS for batch
        batch.workload = QStringLiteral("batch");
        batch.azure = microsFromDouble(3000);
        batch.aws = microsFromDouble(2000);
        batch.gcp = microsFromDouble(2500);
        plan.workloads = { batch, shop };

        assessPlan(plan, inventory, assignments, Catalog::embedded());
        const WorkloadPlanRow& b = plan.workloads[0];
        const WorkloadPlanRow& s = plan.workloads[1];
        QCOMPARE(b.risk.target, Cloud::Aws);
        QCOMPARE(s.risk.target, Cloud::Gcp);
        QVERIFY2(s.risk.targetReason.contains(u"AWS 1400.00 EUR, Google Cloud 1300.00 EUR"),
            qPrintable(s.risk.targetReason));
        const RegionMapper mapper(Catalog::embedded());
        QCOMPARE(s.latency.populations.front().after.to,
            QStringLiteral("gcp:") + mapper.map(QStringLiteral("westeurope"), Cloud::Gcp).region);
        QCOMPARE(b.latency.populations.front().after.to,
            QStringLiteral("aws:") + mapper.map(QStringLiteral("eastus2"), Cloud::Aws).region);
        QCOMPARE(s.risk.factors[int(RiskFactor::PaasLockIn)].score, 3);
        QCOMPARE(s.risk.factors[int(RiskFactor::ServiceEquivalence)].score, 2); // approximate on GCP
        QCOMPARE(b.risk.factors[int(RiskFactor::ServiceEquivalence)].score, 0);
        QCOMPARE(b.risk.factors[int(RiskFactor::CrossCloudChattiness)].score, 1); // no dependency list
        QCOMPARE(plan.risk.workloads, 2);
        QVERIFY(plan.risk.weights.isDefault());

        // The scenario places shop on AWS as a refactor with a chatty dependency and users in Sydney;
        // strategy is left out of the score.
        PlanAssessmentOptions options;
        WorkloadScenario& scenario = options.scenarios[QStringLiteral("shop")];
        scenario.target = Cloud::Aws;
        scenario.strategy = Strategy::Refactor;
        scenario.dependencies
            = std::vector<WorkloadDependency> { { QStringLiteral("batch"), 2000, 5, true } };
        scenario.populations
            = { { QStringLiteral("Sydney office"), {}, GeoCoordinate { -33.87, 151.21 }, 1.0 } };
        options.weights.setWeight(RiskFactor::StrategyComplexity, 0.0);
        options.transferGbps = 10.0;
        assessPlan(plan, inventory, assignments, Catalog::embedded(), options);
        const WorkloadPlanRow& placed = plan.workloads[1];
        QCOMPARE(placed.risk.target, Cloud::Aws);
        QCOMPARE(placed.risk.targetReason, QStringLiteral("placement set in the scenario"));
        QCOMPARE(placed.latency.populations.size(), std::size_t(1));
        QCOMPARE(placed.latency.populations.front().population, QStringLiteral("Sydney office"));
        QCOMPARE(placed.latency.populations.front().after.to,
            QStringLiteral("aws:") + mapper.map(QStringLiteral("westeurope"), Cloud::Aws).region);
        const RiskContribution& strategy = placed.risk.factors[int(RiskFactor::StrategyComplexity)];
        QCOMPARE(strategy.score, 3);
        QCOMPARE(strategy.evidence, QStringLiteral("refactor, as set in the scenario"));
        QCOMPARE(strategy.contribution, 0.0);
        QCOMPARE(placed.risk.factors[int(RiskFactor::CrossCloudChattiness)].score, 3);
        QVERIFY(placed.risk.factors[int(RiskFactor::DataGravity)].evidence.contains(u"at 10.0 Gbit/s"));
        QCOMPARE(plan.risk.weights.weight(RiskFactor::StrategyComplexity), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPlanAssessment)
#include "tst_planassessment.moc"
