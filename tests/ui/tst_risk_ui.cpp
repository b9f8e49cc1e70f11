// The Risk page: its workload and factor models under QAbstractItemModelTester with exact cells, weight
// edits as undo commands that the engine re-scores (undo and redo give back the exact scores of before
// and after), and the page keeping the selected workload across re-analyses.
#include "commands/projectdocument.h"
#include "commands/setriskinputscommand.h"
#include "guitestmain.h"
#include "models/populationlistmodel.h"
#include "models/riskfactormodel.h"
#include "models/riskworkloadmodel.h"
#include "pages/riskpage.h"
#include "pipeline/analysis.h"
#include "simulation/scenariosimulator.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace cloudshift;

namespace {

PlanResult craftedPlan()
{
    PlanResult plan;
    WorkloadPlanRow billing;
    billing.workload = QStringLiteral("billing");
    billing.risk.assessed = true;
    billing.risk.target = Cloud::Aws;
    billing.risk.targetReason = QStringLiteral("placement set in the scenario");
    billing.risk.score = 42.5;
    billing.risk.confidence = 4;
    billing.risk.confidenceEvidence
        = { QStringLiteral("92 % of the cost mapped closely: +2"), QStringLiteral("12 months: +1") };
    for (const RiskFactorInfo& info : riskFactorInfos())
        billing.risk.factors.push_back(
            { info.factor, 0, info.defaultWeight, 0.0, QStringLiteral("nothing found") });
    billing.risk.factors[1]
        = { RiskFactor::PaasLockIn, 3, 3.0, 17.3, QStringLiteral("Cosmos DB (2 resources)") };
    billing.latency.assessed = true;
    billing.latency.beforeMs = 1.2;
    billing.latency.afterMs = 15.7;
    billing.latency.notes = { QStringLiteral("users assumed near the Azure region the workload runs in") };
    WorkloadPlanRow idle;
    idle.workload = QStringLiteral("idle"); // no resources: not assessed, not listed
    plan.workloads = { billing, idle };
    return plan;
}

std::map<QString, double> scores(const PlanResult& plan)
{
    std::map<QString, double> out;
    for (const WorkloadPlanRow& row : plan.workloads)
        out[row.workload] = row.risk.score;
    return out;
}

} // namespace

class TestRiskUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workloadModel()
    {
        RiskWorkloadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(craftedPlan());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int { RiskWorkloadModel::ColumnCount });
        const auto cell
            = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(cell(RiskWorkloadModel::Workload).toString(), QStringLiteral("billing"));
        QCOMPARE(cell(RiskWorkloadModel::Target).toString(), QStringLiteral("AWS"));
        QCOMPARE(cell(RiskWorkloadModel::Target, Qt::ToolTipRole).toString(),
            QStringLiteral("placement set in the scenario"));
        QCOMPARE(cell(RiskWorkloadModel::Score).toString(), QStringLiteral("42.5"));
        QCOMPARE(cell(RiskWorkloadModel::Score, RiskWorkloadModel::SortRole).toDouble(), 42.5);
        QCOMPARE(cell(RiskWorkloadModel::Confidence).toString(), QStringLiteral("4 of 5"));
        QCOMPARE(cell(RiskWorkloadModel::Confidence, Qt::ToolTipRole).toString(),
            QStringLiteral("92 % of the cost mapped closely: +2\n12 months: +1"));
        QCOMPARE(cell(RiskWorkloadModel::BeforeMs).toString(), QStringLiteral("1.2 ms"));
        QCOMPARE(cell(RiskWorkloadModel::AfterMs).toString(), QStringLiteral("15.7 ms"));
        QCOMPARE(cell(RiskWorkloadModel::AfterMs, RiskWorkloadModel::SortRole).toDouble(), 15.7);
        QCOMPARE(cell(RiskWorkloadModel::Score, RiskWorkloadModel::WorkloadRole).toString(),
            QStringLiteral("billing"));
        QCOMPARE(model.rowOf(QStringLiteral("billing")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("idle")), -1);
        QCOMPARE(model.headerData(RiskWorkloadModel::Score, Qt::Horizontal).toString(),
            QStringLiteral("Risk (0-100)"));
        model.setResults({});
        QCOMPARE(model.rowCount(), 0);
    }

    void factorModel()
    {
        RiskFactorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RiskWeights weights;
        weights.setWeight(RiskFactor::Licensing, 0.5);
        model.setResults(weights, std::nullopt);
        // Before a workload is chosen: every factor with its weight and rubric, no score.
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), 5);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(1, RiskFactorModel::Factor).toString(), QStringLiteral("PaaS lock-in"));
        QCOMPARE(cell(1, RiskFactorModel::Factor, RiskFactorModel::FactorIdRole).toString(),
            QStringLiteral("paas_lock_in"));
        QCOMPARE(cell(1, RiskFactorModel::Weight).toString(), QStringLiteral("3"));
        QCOMPARE(cell(3, RiskFactorModel::Weight).toString(), QStringLiteral("0.5"));
        QCOMPARE(cell(3, RiskFactorModel::Weight, Qt::EditRole).toDouble(), 0.5);
        QCOMPARE(cell(1, RiskFactorModel::Score).toString(), QString());
        QCOMPARE(cell(1, RiskFactorModel::Contribution).toString(), QString());
        const QStringList rubric
            = cell(1, RiskFactorModel::Score, Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
        QCOMPARE(rubric.size(), 5);
        QCOMPARE(rubric[0], QStringLiteral("The most Azure-specific managed service the workload uses."));
        QCOMPARE(rubric[4],
            QStringLiteral("3: Azure-specific services with no drop-in counterpart (Cosmos DB, Logic Apps, "
                           "Service Bus, Event Grid, Synapse, Azure OpenAI)"));
        // Without a document the weights are read-only.
        QVERIFY(!(model.flags(model.index(1, RiskFactorModel::Weight)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(1, RiskFactorModel::Weight), 1.0));

        model.setResults(weights, craftedPlan().workloads.front().risk);
        QCOMPARE(cell(1, RiskFactorModel::Score).toString(), QStringLiteral("3 of 3"));
        QCOMPARE(cell(1, RiskFactorModel::Score, RiskFactorModel::SortRole).toInt(), 3);
        QCOMPARE(cell(1, RiskFactorModel::Weight).toString(), QStringLiteral("3"));
        QCOMPARE(cell(1, RiskFactorModel::Contribution).toString(), QStringLiteral("17.3"));
        QCOMPARE(cell(1, RiskFactorModel::Evidence).toString(), QStringLiteral("Cosmos DB (2 resources)"));
        QCOMPARE(cell(1, RiskFactorModel::Evidence, Qt::ToolTipRole).toString(),
            QStringLiteral("Cosmos DB (2 resources)"));
        QCOMPARE(cell(0, RiskFactorModel::Score).toString(), QStringLiteral("0 of 3"));
        // The weight the workload was scored with (the default 2), not the one set since.
        QCOMPARE(cell(3, RiskFactorModel::Weight).toString(), QStringLiteral("2"));
    }

    void weightEditIsUndoable()
    {
        ProjectDocument document;
        QSignalSpy changed(&document, &ProjectDocument::analysisChanged);
        QSignalSpy failed(&document, &ProjectDocument::analysisFailed);
        document.openInputs({ demoExportPath() });
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
        const std::map<QString, double> before = scores(document.analysis().plan);
        QCOMPARE(document.analysis().plan.risk.weights, RiskWeights());

        RiskFactorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(&document);
        model.setResults(document.analysis().plan.risk.weights, std::nullopt);
        const QModelIndex lockIn
            = model.index(static_cast<int>(RiskFactor::PaasLockIn), RiskFactorModel::Weight);
        QVERIFY(model.flags(lockIn) & Qt::ItemIsEditable);
        QVERIFY(!model.setData(lockIn, 3.0)); // the weight it has: no history
        QVERIFY(!model.setData(lockIn, -1.0));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(model.setData(lockIn, 0.0));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), QStringLiteral("Weigh PaaS lock-in at 0"));
        QCOMPARE(document.riskWeights().weight(RiskFactor::PaasLockIn), 0.0);
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 2);

        // The engine re-scored: the same scores as a plan made with these weights from the start.
        RiskWeights edited;
        edited.setWeight(RiskFactor::PaasLockIn, 0.0);
        AnalysisRequest request { { demoExportPath() } };
        request.riskWeights = edited;
        const Analysis expected = runAnalysis(request);
        const std::map<QString, double> after = scores(document.analysis().plan);
        QCOMPARE(after, scores(expected.plan));
        QCOMPARE(document.analysis().plan.risk.weights, edited);
        QCOMPARE(document.project().riskWeights, edited);
        // Leaving lock-in out moves a moving workload's score towards the mean level of its other factors:
        // down where lock-in was above that mean, up where it was below. Each new score is the weighted mean
        // of the other factors' levels.
        int moved = 0;
        for (const WorkloadPlanRow& row : document.analysis().plan.workloads) {
            if (!row.risk.assessed)
                continue;
            double points = 0.0;
            for (const RiskContribution& c : row.risk.factors)
                points += c.weight * c.score;
            QCOMPARE(row.risk.score, std::round(1000.0 * points / (3.0 * edited.total())) / 10.0);
            const RiskContribution& c = row.risk.factors[static_cast<std::size_t>(RiskFactor::PaasLockIn)];
            QCOMPARE(c.contribution, 0.0);
            if (row.risk.target == Cloud::Azure)
                continue;
            const double othersMean = points / edited.total();
            if (c.score > othersMean + 0.1) {
                QVERIFY2(after.at(row.workload) < before.at(row.workload), qPrintable(row.workload));
                ++moved;
            } else if (c.score < othersMean - 0.1) {
                QVERIFY2(after.at(row.workload) > before.at(row.workload), qPrintable(row.workload));
                ++moved;
            }
        }
        QVERIFY(moved > 0);

        document.undoStack()->undo();
        QCOMPARE(document.riskWeights(), RiskWeights());
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 3);
        QCOMPARE(scores(document.analysis().plan), before);
        document.undoStack()->redo();
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 4);
        QCOMPARE(scores(document.analysis().plan), after);
    }

    void pageFollowsTheDocument()
    {
        ProjectDocument document;
        QSignalSpy changed(&document, &ProjectDocument::analysisChanged);
        QSignalSpy failed(&document, &ProjectDocument::analysisFailed);
        RiskPage page(&document);
        QAbstractItemModelTester tester(
            page.workloadModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.summary()->text(), QStringLiteral("No workload assessed yet."));
        document.openInputs({ demoExportPath() });
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);

        const PlanResult& plan = document.analysis().plan;
        int assessed = 0;
        for (const WorkloadPlanRow& row : plan.workloads)
            assessed += row.risk.assessed ? 1 : 0;
        QCOMPARE(page.workloadView()->model()->rowCount(), assessed);
        QVERIFY(page.summary()->text().startsWith(
            QStringLiteral("Scenario “%1”: ").arg(document.analysis().scenario.name)
            + QStringLiteral("Plan risk %1 of 100, data confidence %2 of 5, over %3 workloads")
                .arg(QLocale().toString(plan.risk.score, 'f', 1),
                    QLocale().toString(plan.risk.confidence, 'f', 1))
                .arg(plan.risk.workloads)));
        QVERIFY(!page.resetButton()->isEnabled());
        // Sorted by score, highest first.
        const QAbstractItemModel* shown = page.workloadView()->model();
        QVERIFY(shown->index(0, RiskWorkloadModel::Score).data(RiskWorkloadModel::SortRole).toDouble()
            >= shown->index(1, RiskWorkloadModel::Score).data(RiskWorkloadModel::SortRole).toDouble());

        QVERIFY(page.selectWorkload(QStringLiteral("booking")));
        QVERIFY(!page.selectWorkload(QStringLiteral("no such workload")));
        const WorkloadRisk* booking = nullptr;
        for (const WorkloadPlanRow& row : plan.workloads)
            booking = row.workload == u"booking" ? &row.risk : booking;
        QVERIFY(booking);
        const auto factorCell = [&](RiskFactor f, int column) {
            return page.factorModel()->index(static_cast<int>(f), column).data().toString();
        };
        QCOMPARE(factorCell(RiskFactor::PaasLockIn, RiskFactorModel::Evidence),
            booking->factors[static_cast<std::size_t>(RiskFactor::PaasLockIn)].evidence);

        // A weight edit re-scores; the page keeps booking selected and offers the reset.
        page.factorModel()->setData(
            page.factorModel()->index(static_cast<int>(RiskFactor::SizeShare), RiskFactorModel::Weight), 6.0);
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 2);
        QCOMPARE(factorCell(RiskFactor::SizeShare, RiskFactorModel::Weight), QStringLiteral("6"));
        QCOMPARE(page.workloadView()->currentIndex().data(RiskWorkloadModel::WorkloadRole).toString(),
            QStringLiteral("booking"));
        QVERIFY(page.resetButton()->isEnabled());
        page.resetButton()->click();
        QCOMPARE(document.undoStack()->count(), 2);
        QCOMPARE(document.undoStack()->text(1), QStringLiteral("Reset the risk weights"));
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 3);
        QCOMPARE(factorCell(RiskFactor::SizeShare, RiskFactorModel::Weight), QStringLiteral("1"));
        QVERIFY(!page.resetButton()->isEnabled());

        // Another scenario's assessment replaces the shown scores: staying on Azure risks nothing.
        Scenario stay;
        stay.name = QStringLiteral("Stay put");
        const Analysis& analysed = document.analysis();
        const Analysis stayed = withScenario(
            analysed, document.request(), stay, simulateScenario(analysed.simulation, stay));
        page.showPlan(stayed.plan, stay.name);
        QVERIFY2(page.summary()->text().startsWith(QStringLiteral("Scenario “Stay put”: Plan risk %1 of 100")
                                                       .arg(QLocale().toString(0.0, 'f', 1))),
            qPrintable(page.summary()->text()));
        QCOMPARE(page.workloadView()->currentIndex().data(RiskWorkloadModel::WorkloadRole).toString(),
            QStringLiteral("booking"));
        QCOMPARE(page.factorModel()->index(static_cast<int>(RiskFactor::PaasLockIn), RiskFactorModel::Score)
                     .data()
                     .toString(),
            QStringLiteral("0 of 3"));
    }

    void populationModel()
    {
        PopulationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPopulations(
            { { QStringLiteral("Hamburg depot"), QString(), GeoCoordinate { 53.55, 9.99 }, 3.0 } });
        model.addPopulation(QStringLiteral("azure:westeurope"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PopulationListModel::Where).data().toString(), QStringLiteral("53.55, 9.99"));
        QCOMPARE(model.index(0, PopulationListModel::Share).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(1, PopulationListModel::Name).data().toString(),
            QStringLiteral("users near azure:westeurope"));
        QCOMPARE(
            model.index(1, PopulationListModel::Where).data().toString(), QStringLiteral("azure:westeurope"));

        const QModelIndex where = model.index(1, PopulationListModel::Where);
        QVERIFY(model.setData(where, QStringLiteral(" aws:us-east-1 ")));
        QCOMPARE(model.populations()[1].region, QStringLiteral("aws:us-east-1"));
        QVERIFY(model.setData(where, QStringLiteral("-33.87,151.21")));
        QCOMPARE(model.populations()[1].region, QString());
        QCOMPARE(
            model.populations()[1].location, std::optional<GeoCoordinate>(GeoCoordinate { -33.87, 151.21 }));
        for (const char* bad : { "Hamburg", "aws:", "95, 10", "10, 200", "ibm:us-south" })
            QVERIFY2(!model.setData(where, QString::fromLatin1(bad)), bad);
        QVERIFY(!model.setData(model.index(0, PopulationListModel::Share), -1.0));
        QVERIFY(model.setData(model.index(0, PopulationListModel::Share), 0.5));
        QCOMPARE(model.populations()[0].share, 0.5);
        QVERIFY(!model.setData(model.index(0, PopulationListModel::Name), QStringLiteral("  ")));
        model.removePopulation(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.populations()[0].share, 1.0);
    }

    void dependenciesAndUsersAreUndoable()
    {
        ProjectDocument document;
        QSignalSpy changed(&document, &ProjectDocument::analysisChanged);
        QSignalSpy failed(&document, &ProjectDocument::analysisFailed);
        RiskPage page(&document);
        document.openInputs({ demoExportPath() });
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
        // A workload the optimiser moves, and another one for it to call.
        QString mover;
        QString peer;
        for (const WorkloadPlanRow& row : document.analysis().plan.workloads) {
            if (mover.isEmpty() && row.risk.assessed && row.risk.target != Cloud::Azure)
                mover = row.workload;
            else if (peer.isEmpty() && row.risk.assessed)
                peer = row.workload;
        }
        QVERIFY(!mover.isEmpty() && !peer.isEmpty());
        const auto moverRow = [&document, &mover]() -> const WorkloadPlanRow& {
            for (const WorkloadPlanRow& row : document.analysis().plan.workloads) {
                if (row.workload == mover)
                    return row;
            }
            return document.analysis().plan.workloads.front();
        };
        const auto chattiness = [&moverRow] {
            return moverRow()
                .risk.factors[static_cast<std::size_t>(RiskFactor::CrossCloudChattiness)]
                .evidence;
        };
        QVERIFY2(chattiness().startsWith(QStringLiteral("no dependency list")), qPrintable(chattiness()));
        const QString defaultUsers = moverRow().latency.populations.front().population;
        QVERIFY(defaultUsers.startsWith(QStringLiteral("users near azure:")));

        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        const QString good = dir.filePath(QStringLiteral("deps.csv"));
        const QByteArray flowsCsv = "from,to,gb_per_month,calls_per_second\n" + mover.toUtf8() + ','
            + peer.toUtf8() + ",300,12.5\nedi,customs,1,0\n";
        for (const auto& [path, text] :
            { std::pair { bad, QByteArray("from,to,gb_per_month,calls_per_second\nbooking,platform,x,1\n") },
                std::pair { good, flowsCsv } }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        QString error;
        QVERIFY(!page.importDependencies(bad, &error));
        QCOMPARE(error, bad + QStringLiteral(":2:3: 'x' is not a number (gb_per_month)"));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY2(page.importDependencies(good, &error), qPrintable(error));
        QCOMPARE(document.undoStack()->text(0), QStringLiteral("Import 2 dependencies"));
        const DependencyFlows flows { { mover, peer, 300.0, 12.5 },
            { QStringLiteral("edi"), QStringLiteral("customs"), 1.0, 0.0 } };
        QCOMPARE(document.dependencies(), flows);
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 2);
        QVERIFY2(!chattiness().startsWith(QStringLiteral("no dependency list")), qPrintable(chattiness()));
        QVERIFY2(chattiness().contains(peer)
                || chattiness().startsWith(QStringLiteral("1 dependencies, none across")),
            qPrintable(chattiness()));

        const std::vector<UserPopulation> hamburg { { QStringLiteral("Hamburg depot"), QString(),
            GeoCoordinate { 53.55, 9.99 }, 1.0 } };
        document.undoStack()->push(new SetRiskInputsCommand(&document, mover, hamburg));
        QCOMPARE(document.undoStack()->text(1), QStringLiteral("Set the users of ") + mover);
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 3);
        QCOMPARE(moverRow().latency.populations.size(), std::size_t(1));
        QCOMPARE(moverRow().latency.populations.front().population, QStringLiteral("Hamburg depot"));
        const Project project = document.project();
        QCOMPARE(project.dependencies, flows);
        QCOMPARE(project.userPopulations.at(mover), hamburg);

        document.undoStack()->undo();
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 4);
        QCOMPARE(moverRow().latency.populations.front().population, defaultUsers);
        QVERIFY(document.userPopulations().empty());
        document.undoStack()->undo();
        QVERIFY(document.dependencies().empty());
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 5);
        QVERIFY2(chattiness().startsWith(QStringLiteral("no dependency list")), qPrintable(chattiness()));
    }
};

CLOUDSHIFT_GUI_TEST_MAIN(TestRiskUi)
#include "tst_risk_ui.moc"
