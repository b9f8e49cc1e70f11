#include "pipeline/analysis.h"
#include "simulation/scenariosimulator.h"

#include <QTest>

using namespace cloudshift;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CLOUDSHIFT_TEST_DATA "/exports/") + QLatin1String(name);
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The whole path on the bundled demo: 12 months, every VM priced on both targets, nothing dropped.
    void demo()
    {
        const Analysis analysis = runAnalysis({{demoExportPath()}});
        QCOMPARE(analysis.status, Analysis::Status::Ok);
        const PlanResult& plan = analysis.plan;
        QCOMPARE(plan.months.size(), std::size_t(12));
        QCOMPARE(plan.months.front(), QDate(2025, 1, 1));
        QCOMPARE(plan.currency, QStringLiteral("USD"));
        // The import total is the exact sum rounded once; the plan adds each billing line after
        // rounding it to a micro-dollar, so the two may differ by at most half a micro per line.
        const Micros invoiced = analysis.import.totalsByCurrency.at(QStringLiteral("USD"));
        QCOMPARE(invoiced, Micros { 780'074'829'884 });
        QCOMPARE(plan.baseline.total, Micros { 780'074'829'890 });
        QVERIFY(2 * qAbs(plan.baseline.total - invoiced) <= analysis.import.rows);
        QCOMPARE(plan.resources.size(), std::size_t(analysis.resourceCount));
        QVERIFY(!plan.catalogDate.isEmpty());

        int vms = 0;
        for (const ResourcePlanRow& row : plan.resources) {
            if (row.azureSku.isEmpty())
                continue;
            ++vms;
            QVERIFY2(row.awsOffer.isMapped(), qPrintable(row.azureSku + QStringLiteral(": ") + row.awsOffer.reason));
            QVERIFY2(row.gcpOffer.isMapped(), qPrintable(row.azureSku + QStringLiteral(": ") + row.gcpOffer.reason));
            QVERIFY(row.usageHours > 0);
        }
        QVERIFY(vms >= 30);
        // Workload figures add up to the series totals.
        Micros azure = 0, aws = 0, gcp = 0;
        for (const WorkloadPlanRow& w : plan.workloads) {
            azure += w.azure;
            aws += w.aws;
            gcp += w.gcp;
        }
        QCOMPARE(azure, plan.baseline.total);
        QCOMPARE(aws, plan.aws.total);
        QCOMPARE(gcp, plan.gcp.total);
        QVERIFY(plan.aws.total != plan.baseline.total);
        QVERIFY(plan.gcp.total != plan.baseline.total);
    }

    // Another scenario of the same analysis is assessed where it places the workloads: moving nothing
    // risks nothing; moving everything to AWS scores every moved workload; the costs are the given ones.
    void withScenarioReassessesRisk()
    {
        const AnalysisRequest request { { demoExportPath() } };
        const Analysis analysis = runAnalysis(request);
        QVERIFY(analysis.plan.risk.score > 0);

        Scenario stay;
        stay.name = QStringLiteral("Stay put");
        stay.assumptions = analysis.scenario.assumptions;
        const ScenarioResult stayResult = simulateScenario(analysis.simulation, stay);
        const Analysis stayed = withScenario(analysis, request, stay, stayResult);
        QCOMPARE(stayed.scenario.name, QStringLiteral("Stay put"));
        QCOMPARE(stayed.scenarioResult.tcoScenario, stayResult.tcoScenario);
        QCOMPARE(stayed.plan.risk.score, 0.0);
        for (const WorkloadPlanRow& row : stayed.plan.workloads)
            QCOMPARE(row.risk.score, 0.0);

        Scenario aws = stay;
        aws.name = QStringLiteral("All to AWS");
        for (const WorkloadPlanRow& row : analysis.plan.workloads) {
            Placement p;
            p.workload = row.workload;
            p.target = Target::Aws;
            aws.placements.push_back(p);
        }
        const Analysis moved = withScenario(analysis, request, aws, simulateScenario(analysis.simulation, aws));
        QVERIFY(moved.plan.risk.score > analysis.plan.risk.score);
        for (const WorkloadPlanRow& row : moved.plan.workloads)
            QVERIFY2(row.risk.score > 0, qPrintable(row.workload));
        // The plan's costs are the analysis' own: only the assessment follows the scenario.
        QCOMPARE(moved.plan.aws.total, analysis.plan.aws.total);
    }

    void quirksFixture()
    {
        const Analysis analysis = runAnalysis({{fixture("ea_quirks.csv")}});
        QCOMPARE(analysis.status, Analysis::Status::Ok);
        QCOMPARE(analysis.resourceCount, 3);
        QCOMPARE(analysis.plan.months.size(), std::size_t(8));
        const ResourcePlanRow& vm = analysis.plan.resources[0];
        QCOMPARE(vm.azureSku, QStringLiteral("Standard_D2s_v5"));
        QCOMPARE(vm.usageHours, 10.5);
        QCOMPARE(vm.awsOffer.sku, QStringLiteral("m6i.large"));
        QVERIFY(analysis.plan.notes.join(QLatin1Char('\n')).contains(QStringLiteral("billed in 2 currencies")));
    }

    void missingFileFails()
    {
        const Analysis analysis = runAnalysis({{fixture("absent.csv")}});
        QCOMPARE(analysis.status, Analysis::Status::Failed);
        QVERIFY2(analysis.error.startsWith(fixture("absent.csv") + QStringLiteral(": cannot open:")), qPrintable(analysis.error));
    }

    void cancelled()
    {
        std::atomic_bool cancel{true};
        const Analysis analysis = runAnalysis({{demoExportPath()}}, {}, &cancel);
        QCOMPARE(analysis.status, Analysis::Status::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
