// Scenario edits go through undo commands: each kind of edit changes the engine's figures, and undo
// puts back every figure exactly; a bulk edit is one step; slider-like edits merge.
#include "commands/addscenariocommand.h"
#include "commands/removescenariocommand.h"
#include "commands/renamescenariocommand.h"
#include "commands/scenarioset.h"
#include "commands/setassumptionscommand.h"
#include "commands/setplacementscommand.h"
#include "guitestmain.h"
#include "samplescenarios.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <functional>

using namespace cloudshift;

Q_DECLARE_METATYPE(std::function<QUndoCommand*(ScenarioSet*, int)>)

namespace {

using CommandFactory = std::function<QUndoCommand*(ScenarioSet*, int)>;

// A set on the sample run rates with one user scenario (a copy of the optimised placement), current.
struct Fixture
{
    ScenarioSet set;
    QUndoStack stack;
    int userId = 0;

    Fixture()
    {
        const SimulationInput input = sampleSimulationInput();
        const Scenario optimised = optimisePlacement(input, Assumptions {});
        set.setAnalysis(input, optimised, simulateScenario(input, optimised));
        Scenario copy = optimised;
        copy.name = QStringLiteral("Plan B");
        auto* add = new AddScenarioCommand(&set, copy, QStringLiteral("Duplicate"));
        stack.push(add);
        userId = add->scenarioId();
        stack.clear(); // the fixture's own step is not part of what the tests undo
    }
    const ScenarioResult& result() { return set.result(set.indexOf(userId)); }
};

PlacementEdit targetEdit(Target target)
{
    PlacementEdit edit;
    edit.target = target;
    return edit;
}

} // namespace

class TestScenarioCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsAndCurrent();
    void undoRestoresExactFigures_data();
    void undoRestoresExactFigures();
    void bulkEditIsOneStep();
    void spotShareDragMerges();
    void horizonDragMergesAndCancelsOut();
    void addDuplicateRenameRemove();
    void builtInsCannotBeRemovedOrRenamed();
    void builtInAssumptionsAreShared();
    void keepsUserScenariosAcrossAnalyses();
    void largeInventoriesSimulateOffTheGuiThread();
};

void TestScenarioCommands::builtInsAndCurrent()
{
    Fixture f;
    QCOMPARE(f.set.count(), 3);
    QCOMPARE(f.set.kind(0), ScenarioSet::Kind::Baseline);
    QCOMPARE(f.set.scenario(0).name, QStringLiteral("Stay on Azure"));
    QCOMPARE(f.set.kind(1), ScenarioSet::Kind::Optimised);
    QCOMPARE(f.set.scenario(1).name, QStringLiteral("Optimised placement"));
    QCOMPARE(f.set.currentIndex(), 2);
    // The baseline stays on Azure: its scenario costs what the baseline costs.
    QCOMPARE(f.set.result(0).tcoScenario, f.set.result(0).tcoBaseline);
    QVERIFY(!f.set.placementsEditable(0));
    QVERIFY(!f.set.placementsEditable(1));
    QVERIFY(f.set.placementsEditable(2));
}

void TestScenarioCommands::undoRestoresExactFigures_data()
{
    QTest::addColumn<CommandFactory>("make");
    const auto placement = [](PlacementEdit edit) -> CommandFactory {
        return [edit](ScenarioSet* set, int id) {
            return new SetPlacementsCommand(
                set, id, { QStringLiteral("booking"), QStringLiteral("web") }, edit);
        };
    };
    const auto assumption = [](std::function<void(Assumptions&)> change) -> CommandFactory {
        return [change](ScenarioSet* set, int id) {
            Assumptions a = set->scenario(set->indexOf(id)).assumptions;
            change(a);
            return new SetAssumptionsCommand(set, id, a, QStringLiteral("test"));
        };
    };
    PlacementEdit e;
    QTest::newRow("target") << placement(targetEdit(Target::Gcp));
    e = {};
    e.pricing = PricingModel::Reserved3y;
    QTest::newRow("pricing") << placement(e);
    e = {};
    e.spotShare = 0.4;
    QTest::newRow("spot share") << placement(e);
    e = {};
    e.strategy = Strategy::Refactor;
    QTest::newRow("strategy") << placement(e);
    e = {};
    e.waveStart = 6;
    e.waveMonths = 4;
    QTest::newRow("wave") << placement(e);
    e = {};
    e.target = Target::Retire;
    QTest::newRow("retire") << placement(e);
    QTest::newRow("horizon") << assumption([](Assumptions& a) { a.horizonMonths = 60; });
    QTest::newRow("growth") << assumption([](Assumptions& a) { a.growthPerYear = 0.08; });
    QTest::newRow("parallel running") << assumption([](Assumptions& a) { a.parallelRunMonths = 3; });
    QTest::newRow("egress") << assumption([](Assumptions& a) { a.exitEgressWaived = false; });
    QTest::newRow("exchange rate") << assumption([](Assumptions& a) {
        a.currency = QStringLiteral("GBP");
        a.usdToCurrency = 0.79;
    });
    QTest::newRow("labour") << assumption([](Assumptions& a) {
        a.labourPerVcpu = 120;
        a.labourPerResource[0] = 2500;
    });
}

void TestScenarioCommands::undoRestoresExactFigures()
{
    QFETCH(CommandFactory, make);
    Fixture f;
    const QList<qint64> before = figuresOf(f.result());
    const ScenarioComparison comparisonBefore = f.set.comparison();
    const Scenario scenarioBefore = f.set.scenario(f.set.indexOf(f.userId));
    QSignalSpy results(&f.set, &ScenarioSet::resultChanged);

    f.stack.push(make(&f.set, f.userId));
    QCOMPARE(f.stack.count(), 1);
    QVERIFY(results.count() >= 1);
    const QList<qint64> after = figuresOf(f.result());
    QVERIFY2(after != before, "the edit must change the figures");
    // The figures are the engine's, simulated on the same run rates.
    QCOMPARE(
        figuresOf(simulateScenario(sampleSimulationInput(), f.set.scenario(f.set.indexOf(f.userId)))), after);

    f.stack.undo();
    QCOMPARE(figuresOf(f.result()), before);
    QCOMPARE(f.set.comparison(), comparisonBefore);
    QCOMPARE(f.set.scenario(f.set.indexOf(f.userId)).assumptions, scenarioBefore.assumptions);
    f.stack.redo();
    QCOMPARE(figuresOf(f.result()), after);
}

void TestScenarioCommands::bulkEditIsOneStep()
{
    Fixture f;
    const QList<qint64> before = figuresOf(f.result());
    const QStringList three { QStringLiteral("booking"), QStringLiteral("billing"),
        QStringLiteral("reports") };
    f.stack.push(new SetPlacementsCommand(&f.set, f.userId, three, targetEdit(Target::Aws)));
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.stack.undoText(), QStringLiteral("Set target of 3 workloads"));
    const int index = f.set.indexOf(f.userId);
    for (const QString& workload : three)
        QCOMPARE(f.set.effectivePlacement(index, workload).target, Target::Aws);
    QCOMPARE(f.result().workloads[2].target, f.set.effectivePlacement(index, QStringLiteral("web")).target);

    f.stack.undo();
    QCOMPARE(figuresOf(f.result()), before);
    QCOMPARE(f.stack.index(), 0);
}

void TestScenarioCommands::spotShareDragMerges()
{
    Fixture f;
    const QStringList web { QStringLiteral("web") };
    const int index = f.set.indexOf(f.userId);
    const Target cloud = f.set.effectivePlacement(index, QStringLiteral("web")).target == Target::Aws
        ? Target::Gcp
        : Target::Aws;
    f.stack.push(new SetPlacementsCommand(&f.set, f.userId, web, targetEdit(cloud)));
    const QList<qint64> onCloud = figuresOf(f.result());
    for (double share : { 0.1, 0.2, 0.35 }) {
        PlacementEdit edit;
        edit.spotShare = share;
        f.stack.push(new SetPlacementsCommand(&f.set, f.userId, web, edit));
    }
    QCOMPARE(f.stack.count(), 2); // the target, then one step for the whole drag
    QCOMPARE(f.set.effectivePlacement(f.set.indexOf(f.userId), QStringLiteral("web")).spotShare, 0.35);
    f.stack.undo();
    QCOMPARE(f.set.effectivePlacement(f.set.indexOf(f.userId), QStringLiteral("web")).spotShare, 0.0);
    QCOMPARE(figuresOf(f.result()), onCloud);
    // A target is a deliberate choice each time: two in a row are two steps.
    f.stack.push(new SetPlacementsCommand(&f.set, f.userId, web, targetEdit(Target::Retire)));
    f.stack.push(new SetPlacementsCommand(&f.set, f.userId, web, targetEdit(Target::Azure)));
    QCOMPARE(f.stack.count(), 3);
}

void TestScenarioCommands::horizonDragMergesAndCancelsOut()
{
    Fixture f;
    const QList<qint64> before = figuresOf(f.result());
    for (int months : { 40, 48, 60 }) {
        Assumptions a = f.set.scenario(f.set.indexOf(f.userId)).assumptions;
        a.horizonMonths = months;
        f.stack.push(new SetAssumptionsCommand(&f.set, f.userId, a, QStringLiteral("horizon")));
    }
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.result().months.size(), std::size_t { 60 });
    QCOMPARE(f.stack.undoText(), QStringLiteral("Change horizon of Plan B"));
    // Dragged back to where it started: the step disappears.
    Assumptions back = f.set.scenario(f.set.indexOf(f.userId)).assumptions;
    back.horizonMonths = 36;
    f.stack.push(new SetAssumptionsCommand(&f.set, f.userId, back, QStringLiteral("horizon")));
    QCOMPARE(f.stack.count(), 0);
    QCOMPARE(figuresOf(f.result()), before);
}

void TestScenarioCommands::addDuplicateRenameRemove()
{
    Fixture f;
    QSignalSpy inserted(&f.set, &ScenarioSet::scenarioInserted);
    Scenario empty;
    empty.name = f.set.uniqueName(QStringLiteral("Plan B"));
    QCOMPARE(empty.name, QStringLiteral("Plan B 2"));
    auto* add = new AddScenarioCommand(&f.set, empty, QStringLiteral("New scenario"));
    f.stack.push(add);
    const int newId = add->scenarioId();
    QCOMPARE(f.set.count(), 4);
    QCOMPARE(f.set.currentId(), newId);
    QCOMPARE(inserted.count(), 1);
    // A new scenario keeps everything on Azure: it costs what staying costs.
    QCOMPARE(f.result().tcoBaseline, f.set.result(3).tcoBaseline);
    QCOMPARE(f.set.result(3).tcoScenario, f.set.result(3).tcoBaseline);

    f.stack.push(new RenameScenarioCommand(&f.set, newId, QStringLiteral("  Lift and shift ")));
    QCOMPARE(f.set.scenario(3).name, QStringLiteral("Lift and shift"));
    QCOMPARE(f.set.result(3).name, QStringLiteral("Lift and shift"));

    const QList<qint64> userFigures = figuresOf(f.result());
    f.stack.push(new RemoveScenarioCommand(&f.set, f.userId));
    QCOMPARE(f.set.count(), 3);
    QCOMPARE(f.set.indexOf(f.userId), -1);
    QCOMPARE(f.set.currentId(), newId); // the deleted one was not current
    f.stack.undo();
    QCOMPARE(f.set.indexOf(f.userId), 2);
    QCOMPARE(figuresOf(f.result()), userFigures);

    f.stack.undo(); // rename
    QCOMPARE(f.set.scenario(3).name, QStringLiteral("Plan B 2"));
    f.stack.undo(); // add
    QCOMPARE(f.set.count(), 3);
    QCOMPARE(f.set.currentId(), f.userId);
    f.stack.redo();
    QCOMPARE(f.set.idAt(3), newId); // same id again: later steps still find it
}

void TestScenarioCommands::builtInsCannotBeRemovedOrRenamed()
{
    Fixture f;
    f.stack.push(new RemoveScenarioCommand(&f.set, f.set.idAt(0)));
    f.stack.push(new RenameScenarioCommand(&f.set, f.set.idAt(1), QStringLiteral("Mine")));
    QCOMPARE(f.stack.count(), 0);
    QCOMPARE(f.set.count(), 3);
    QCOMPARE(f.set.scenario(1).name, QStringLiteral("Optimised placement"));
}

void TestScenarioCommands::builtInAssumptionsAreShared()
{
    Fixture f;
    Assumptions a = f.set.scenario(1).assumptions;
    a.horizonMonths = 24;
    f.stack.push(new SetAssumptionsCommand(&f.set, f.set.idAt(1), a, QStringLiteral("horizon")));
    QCOMPARE(f.set.result(0).months.size(), std::size_t { 24 });
    QCOMPARE(f.set.result(1).months.size(), std::size_t { 24 });
    QCOMPARE(f.result().months.size(), std::size_t { 36 }); // the user's scenario keeps its own
    // The optimiser chose again under the new assumptions.
    const Scenario expected = optimisePlacement(sampleSimulationInput(), a);
    QCOMPARE(f.set.scenario(1).placements, expected.placements);
    f.stack.undo();
    QCOMPARE(f.set.result(1).months.size(), std::size_t { 36 });
}

void TestScenarioCommands::keepsUserScenariosAcrossAnalyses()
{
    Fixture f;
    f.stack.push(
        new SetPlacementsCommand(&f.set, f.userId, { QStringLiteral("web") }, targetEdit(Target::Gcp)));
    SimulationInput grown = sampleSimulationInput();
    grown.rates[2].azure *= 2;
    const Scenario optimised = optimisePlacement(grown, Assumptions {});
    f.set.setAnalysis(grown, optimised, simulateScenario(grown, optimised));
    QCOMPARE(f.set.count(), 3);
    QCOMPARE(f.set.effectivePlacement(2, QStringLiteral("web")).target, Target::Gcp);
    QCOMPARE(figuresOf(f.result()), figuresOf(simulateScenario(grown, f.set.scenario(2))));
}

void TestScenarioCommands::largeInventoriesSimulateOffTheGuiThread()
{
    // 8,000 workloads × 36 months is past the threshold: results arrive later, through resultChanged().
    SimulationInput input = sampleSimulationInput();
    const WorkloadRates model = input.rates.front();
    input.rates.clear();
    for (int i = 0; i < 8000; ++i) {
        WorkloadRates w = model;
        w.workload = QStringLiteral("w%1").arg(i);
        input.rates.push_back(w);
    }
    ScenarioSet set;
    QUndoStack stack;
    const Scenario optimised = optimisePlacement(input, Assumptions {});
    set.setAnalysis(input, optimised, simulateScenario(input, optimised));
    Scenario mine;
    mine.name = QStringLiteral("Mine");
    auto* add = new AddScenarioCommand(&set, mine, QStringLiteral("New"));
    stack.push(add);
    QSignalSpy results(&set, &ScenarioSet::resultChanged);
    QVERIFY(set.isSimulating());
    QVERIFY(results.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!set.isSimulating(), 60000);

    results.clear();
    // Two quick edits: only the latest one's result is kept.
    stack.push(
        new SetPlacementsCommand(&set, add->scenarioId(), { QStringLiteral("w1") }, targetEdit(Target::Aws)));
    stack.push(
        new SetPlacementsCommand(&set, add->scenarioId(), { QStringLiteral("w2") }, targetEdit(Target::Gcp)));
    QTRY_VERIFY_WITH_TIMEOUT(!set.isSimulating(), 60000);
    QCOMPARE(results.count(), 1);
    const int index = set.indexOf(add->scenarioId());
    QCOMPARE(figuresOf(set.result(index)), figuresOf(simulateScenario(input, set.scenario(index))));
    QCOMPARE(set.result(index).workloads[2].target, Target::Gcp);
}

CLOUDSHIFT_GUI_TEST_MAIN(TestScenarioCommands)
#include "tst_scenariocommands.moc"
