// The scenario page's and compare page's models: structure checked by QAbstractItemModelTester through
// every kind of change, cells equal to the engine's figures, edits through setData() as undo commands.
#include "commands/addscenariocommand.h"
#include "commands/removescenariocommand.h"
#include "commands/renamescenariocommand.h"
#include "commands/scenarioset.h"
#include "commands/setplacementscommand.h"
#include "guitestmain.h"
#include "models/comparisontablemodel.h"
#include "models/displaytext.h"
#include "models/scenariolistmodel.h"
#include "models/scenarioplacementmodel.h"
#include "models/workloadsortfilterproxy.h"
#include "samplescenarios.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace cloudshift;

class TestScenarioModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void placementModelShowsEngineFigures();
    void placementModelEditsAreUndoable();
    void builtInScenarioIsReadOnly();
    void listModelFollowsScenarios();
    void comparisonRowsEqualEngine();

private:
    void analyse();

    ScenarioSet* m_set = nullptr;
    QUndoStack* m_stack = nullptr;
};

void TestScenarioModels::init()
{
    m_set = new ScenarioSet;
    m_stack = new QUndoStack;
}

void TestScenarioModels::cleanup()
{
    delete m_stack;
    delete m_set;
}

void TestScenarioModels::analyse()
{
    const SimulationInput input = sampleSimulationInput();
    const Scenario optimised = optimisePlacement(input, Assumptions {});
    m_set->setAnalysis(input, optimised, simulateScenario(input, optimised));
}

void TestScenarioModels::placementModelShowsEngineFigures()
{
    ScenarioPlacementModel model(m_set, m_stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WorkloadSortFilterProxy proxy(ScenarioPlacementModel::Workload);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 11);

    analyse();
    QCOMPARE(model.rowCount(), 4);
    const ScenarioResult& result = m_set->result(m_set->currentIndex());
    for (int row = 0; row < model.rowCount(); ++row) {
        const ScenarioWorkload& w = result.workloads[static_cast<std::size_t>(row)];
        QCOMPARE(model.index(row, ScenarioPlacementModel::Workload).data().toString(), w.name);
        QCOMPARE(model.index(row, ScenarioPlacementModel::BaselineMonthly).data().toString(),
            groupedMoney(w.baselineMonthly));
        QCOMPARE(model.index(row, ScenarioPlacementModel::TargetMonthly)
                     .data(ScenarioPlacementModel::SortRole)
                     .toLongLong(),
            w.targetMonthly);
        QCOMPARE(
            model.index(row, ScenarioPlacementModel::OneTime).data().toString(), groupedMoney(w.oneTime));
        QCOMPARE(model.index(row, ScenarioPlacementModel::Target).data(Qt::EditRole).toInt(),
            static_cast<int>(w.target));
    }
    QCOMPARE(model.headerData(ScenarioPlacementModel::TargetMonthly, Qt::Horizontal).toString(),
        QStringLiteral("Target/mo (EUR)"));
    QCOMPARE(model.index(0, ScenarioPlacementModel::BaselineMonthly).data().toString(),
        QStringLiteral("12,000.00"));
    QCOMPARE(model.index(0, ScenarioPlacementModel::WaveStart).data().toString(), QStringLiteral("Jan 2026"));

    // Another scenario in view: same rows, other figures.
    m_set->setCurrentIndex(0);
    QCOMPARE(model.index(0, ScenarioPlacementModel::Target).data().toString(), QStringLiteral("Azure"));
    QCOMPARE(model.index(0, ScenarioPlacementModel::Region).data().toString(), QStringLiteral("–"));
    m_set->clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestScenarioModels::placementModelEditsAreUndoable()
{
    analyse();
    Scenario mine;
    mine.name = QStringLiteral("Mine");
    m_stack->push(new AddScenarioCommand(m_set, mine, QStringLiteral("New")));
    ScenarioPlacementModel model(m_set, m_stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isEditable());
    const QModelIndex target = model.index(2, ScenarioPlacementModel::Target);
    QVERIFY(model.flags(target) & Qt::ItemIsEditable);
    // Staying on Azure: no region, no spot share, no strategy to choose.
    QVERIFY(!(model.flags(model.index(2, ScenarioPlacementModel::Region)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(2, ScenarioPlacementModel::SpotShare)) & Qt::ItemIsEditable));
    const QString before = model.index(2, ScenarioPlacementModel::TargetMonthly).data().toString();

    QVERIFY(model.setData(target, static_cast<int>(Target::Aws)));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Set target of web"));
    QCOMPARE(target.data().toString(), QStringLiteral("AWS"));
    QCOMPARE(model.index(2, ScenarioPlacementModel::Region).data().toString(), QStringLiteral("eu-west-1"));
    QVERIFY(model.flags(model.index(2, ScenarioPlacementModel::SpotShare)) & Qt::ItemIsEditable);
    const ScenarioWorkload& web = m_set->result(m_set->currentIndex()).workloads[2];
    QCOMPARE(model.index(2, ScenarioPlacementModel::TargetMonthly).data().toString(),
        groupedMoney(web.targetMonthly));
    QVERIFY(model.index(2, ScenarioPlacementModel::Region)
                .data(ScenarioPlacementModel::ChoiceValuesRole)
                .toList()
                .size()
        > 1);

    QVERIFY(model.setData(model.index(2, ScenarioPlacementModel::SpotShare), 0.5));
    QCOMPARE(model.index(2, ScenarioPlacementModel::SpotShare).data().toString(), QStringLiteral("50.0 %"));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(target.data().toString(), QStringLiteral("Azure"));
    QCOMPARE(model.index(2, ScenarioPlacementModel::TargetMonthly).data().toString(), before);

    model.applyEdit({ 0, 1, 3 }, [] {
        PlacementEdit edit;
        edit.target = Target::Gcp;
        return edit;
    }());
    QCOMPARE(m_stack->count(), 2);
    for (int row : { 0, 1, 3 })
        QCOMPARE(model.index(row, ScenarioPlacementModel::Target).data().toString(),
            QStringLiteral("Google Cloud"));
}

void TestScenarioModels::builtInScenarioIsReadOnly()
{
    analyse();
    ScenarioPlacementModel model(m_set, m_stack);
    QCOMPARE(m_set->kind(m_set->currentIndex()), ScenarioSet::Kind::Optimised);
    QVERIFY(!model.isEditable());
    QVERIFY(!(model.flags(model.index(0, ScenarioPlacementModel::Target)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, ScenarioPlacementModel::Target), static_cast<int>(Target::Retire)));
    model.applyEdit({ 0 }, PlacementEdit {});
    QCOMPARE(m_stack->count(), 0);
}

void TestScenarioModels::listModelFollowsScenarios()
{
    ScenarioListModel model(m_set);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    analyse();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Stay on Azure"));
    QVERIFY(model.index(1).data(ScenarioListModel::BuiltInRole).toBool());
    Scenario mine;
    mine.name = QStringLiteral("Mine");
    auto* add = new AddScenarioCommand(m_set, mine, QStringLiteral("New"));
    m_stack->push(add);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2).data(ScenarioListModel::IdRole).toInt(), add->scenarioId());
    m_stack->push(new RenameScenarioCommand(m_set, add->scenarioId(), QStringLiteral("Ours")));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("Ours"));
    m_stack->push(new RemoveScenarioCommand(m_set, add->scenarioId()));
    QCOMPARE(model.rowCount(), 2);
    m_stack->undo();
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("Ours"));
}

void TestScenarioModels::comparisonRowsEqualEngine()
{
    analyse();
    Scenario allAws;
    allAws.name = QStringLiteral("All AWS");
    for (const WorkloadRates& w : sampleSimulationInput().rates)
        allAws.placements.push_back(Placement { w.workload, Target::Aws });
    m_stack->push(new AddScenarioCommand(m_set, allAws, QStringLiteral("New")));

    ComparisonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(m_set->comparison());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 9);
    std::vector<ScenarioResult> results;
    for (int i = 0; i < m_set->count(); ++i)
        results.push_back(simulateScenario(sampleSimulationInput(), m_set->scenario(i)));
    const ScenarioComparison engine = compareScenarios(results, 0);
    QCOMPARE(model.results(), engine);
    for (int row = 0; row < model.rowCount(); ++row) {
        const ScenarioComparisonRow& e = engine.rows[static_cast<std::size_t>(row)];
        const auto cell
            = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(ComparisonTableModel::Scenario).toString(), e.name);
        QCOMPARE(cell(ComparisonTableModel::RunRate, ComparisonTableModel::SortRole).toLongLong(), e.runRate);
        QCOMPARE(cell(ComparisonTableModel::OneTime, ComparisonTableModel::SortRole).toLongLong(), e.oneTime);
        QCOMPARE(cell(ComparisonTableModel::Tco).toString(), groupedMoney(e.tco, 0));
        QCOMPARE(
            cell(ComparisonTableModel::TcoDelta, ComparisonTableModel::SortRole).toLongLong(), e.tcoDelta);
        QCOMPARE(cell(ComparisonTableModel::BreakEven, ComparisonTableModel::SortRole).toInt(),
            e.breakEvenMonth.value_or(-1));
        QCOMPARE(cell(ComparisonTableModel::MappedShare, ComparisonTableModel::SortRole).toDouble(),
            e.mappedCostShare);
    }
    QCOMPARE(model.headerData(ComparisonTableModel::Tco, Qt::Horizontal).toString(),
        QStringLiteral("TCO 36 months (EUR)"));
    QCOMPARE(model.index(0, ComparisonTableModel::TcoDelta).data().toString(), QStringLiteral("–"));
    model.setCurrentRow(2);
    QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold());
}

CLOUDSHIFT_GUI_TEST_MAIN(TestScenarioModels)
#include "tst_scenariomodels.moc"
