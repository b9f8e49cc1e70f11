// The Scenarios and Compare pages driven like a user would, offscreen, on the bundled demo: duplicate the
// optimised placement, bulk-edit three workloads, edit a cell through its editor, drag the horizon, and
// check every figure shown against the engine — and that undo takes each step back.
#include "commands/projectdocument.h"
#include "commands/scenarioset.h"
#include "dialogs/groupingrulesdialog.h"
#include "guitestmain.h"
#include "mainwindow.h"
#include "models/comparisontablemodel.h"
#include "models/displaytext.h"
#include "models/scenarioplacementmodel.h"
#include "models/workloadsortfilterproxy.h"
#include "pages/comparepage.h"
#include "pages/scenarioassumptionspanel.h"
#include "pages/scenariopage.h"
#include "samplescenarios.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QUndoStack>

using namespace cloudshift;

class TestGuiScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInsAfterAnalysis();
    void duplicateAndBulkEdit();
    void editCellThroughDelegate();
    void horizonSliderIsOneStep();
    void comparePageMatchesEngine();
    void screenshots();

private:
    ScenarioSet* scenarios() const { return m_window->document()->scenarios(); }
    QUndoStack* stack() const { return m_window->document()->undoStack(); }
    ScenarioPage* page() const { return m_window->scenarioPage(); }
    const ScenarioResult& currentResult() const { return scenarios()->result(scenarios()->currentIndex()); }
    int proxyRowOf(const QString& workload) const;

    std::unique_ptr<MainWindow> m_window;
};

void TestGuiScenario::initTestCase()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 860);
    m_window->show();
    QSignalSpy changed(m_window->document(), &ProjectDocument::analysisChanged);
    QSignalSpy failed(m_window->document(), &ProjectDocument::analysisFailed);
    m_window->openDemo();
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
    m_window->tabs()->setCurrentWidget(page());
}

int TestGuiScenario::proxyRowOf(const QString& workload) const
{
    const QAbstractItemModel* proxy = page()->table()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, ScenarioPlacementModel::Workload).data().toString() == workload)
            return row;
    }
    return -1;
}

void TestGuiScenario::builtInsAfterAnalysis()
{
    QCOMPARE(page()->scenarioChooser()->count(), 2);
    QCOMPARE(page()->scenarioChooser()->currentText(), QStringLiteral("Optimised placement"));
    const Analysis& analysis = m_window->document()->analysis();
    QCOMPARE(page()->table()->model()->rowCount(), static_cast<int>(analysis.simulation.rates.size()));
    // The optimiser's scenario is the analysis' own: same figures as the CLI's plan.
    QCOMPARE(figuresOf(currentResult()), figuresOf(analysis.scenarioResult));
    QVERIFY(!page()->targetMenu()->menuAction()->isEnabled());
    QVERIFY(page()->summaryLabel()->text().contains(QStringLiteral("TCO over 36 months")));
}

void TestGuiScenario::duplicateAndBulkEdit()
{
    QAbstractItemModelTester tester(
        page()->placementModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page()->findChild<QAction*>(QStringLiteral("duplicateScenarioAction"))->trigger();
    QCOMPARE(page()->scenarioChooser()->count(), 3);
    QCOMPARE(page()->scenarioChooser()->currentText(), QStringLiteral("Optimised placement (copy)"));
    QVERIFY(page()->targetMenu()->menuAction()->isEnabled());
    QCOMPARE(stack()->count(), 1);
    const QList<qint64> before = figuresOf(currentResult());

    // Select three rows and move them to Google Cloud from the tool bar's menu.
    QTableView* view = page()->table();
    view->clearSelection();
    for (int row : { 0, 1, 2 })
        view->selectionModel()->select(
            view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QStringList chosen;
    for (int row : { 0, 1, 2 })
        chosen << view->model()->index(row, ScenarioPlacementModel::Workload).data().toString();
    const QList<QAction*> targets = page()->targetMenu()->actions();
    const auto gcp = std::find_if(targets.cbegin(), targets.cend(),
        [](const QAction* a) { return a->text() == QStringLiteral("Google Cloud"); });
    QVERIFY(gcp != targets.cend());
    (*gcp)->trigger();

    QCOMPARE(stack()->count(), 2);
    QCOMPARE(stack()->undoText(), QStringLiteral("Set target of 3 workloads"));
    const int current = scenarios()->currentIndex();
    for (const QString& workload : chosen) {
        QCOMPARE(scenarios()->effectivePlacement(current, workload).target, Target::Gcp);
        QCOMPARE(view->model()->index(proxyRowOf(workload), ScenarioPlacementModel::Target).data().toString(),
            QStringLiteral("Google Cloud"));
    }
    const Analysis& analysis = m_window->document()->analysis();
    QCOMPARE(figuresOf(currentResult()),
        figuresOf(simulateScenario(analysis.simulation, scenarios()->scenario(current))));
    for (const ScenarioWorkload& w : currentResult().workloads) {
        const int row = proxyRowOf(w.name);
        QCOMPARE(view->model()->index(row, ScenarioPlacementModel::TargetMonthly).data().toString(),
            groupedMoney(w.targetMonthly));
    }

    stack()->undo();
    QCOMPARE(figuresOf(currentResult()), before);
    stack()->redo();
}

void TestGuiScenario::editCellThroughDelegate()
{
    QTableView* view = page()->table();
    const QString workload = view->model()->index(3, ScenarioPlacementModel::Workload).data().toString();
    const QModelIndex cell = view->model()->index(3, ScenarioPlacementModel::Target);
    const int steps = stack()->count();
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* combo = view->viewport()->findChild<QComboBox*>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Retire")));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(stack()->count(), steps + 1);
    QCOMPARE(scenarios()->effectivePlacement(scenarios()->currentIndex(), workload).target, Target::Retire);
    QCOMPARE(
        view->model()->index(proxyRowOf(workload), ScenarioPlacementModel::TargetMonthly).data().toString(),
        QStringLiteral("0.00"));
    stack()->undo();
    QVERIFY(scenarios()->effectivePlacement(scenarios()->currentIndex(), workload).target != Target::Retire);
}

void TestGuiScenario::horizonSliderIsOneStep()
{
    QSlider* slider = page()->assumptionsPanel()->horizonSlider();
    // The step undone just before is dropped by the next push: count from the current index.
    const int steps = stack()->index();
    for (int months : { 40, 44, 48 })
        slider->setValue(months);
    QCOMPARE(stack()->count(), steps + 1);
    QCOMPARE(currentResult().months.size(), std::size_t { 48 });
    QCOMPARE(page()->assumptionsPanel()->horizonSpin()->value(), 48);
    QVERIFY(page()->summaryLabel()->text().contains(QStringLiteral("TCO over 48 months")));
    stack()->undo();
    QCOMPARE(currentResult().months.size(), std::size_t { 36 });
    QCOMPARE(slider->value(), 36);
}

void TestGuiScenario::comparePageMatchesEngine()
{
    ComparePage* compare = m_window->comparePage();
    m_window->tabs()->setCurrentWidget(compare);
    const ScenarioComparison engine = scenarios()->comparison();
    QCOMPARE(compare->model()->results(), engine);
    QCOMPARE(compare->model()->rowCount(), 3);
    QCOMPARE(compare->model()->index(0, ComparisonTableModel::Scenario).data().toString(),
        QStringLiteral("Stay on Azure"));
    QCOMPARE(compare->model()
                 ->index(1, ComparisonTableModel::TcoDelta)
                 .data(ComparisonTableModel::SortRole)
                 .toLongLong(),
        engine.rows[1].tcoDelta);
    // Double-clicking a scenario opens it.
    Q_EMIT compare->table()->activated(compare->table()->model()->index(0, 0));
    QCOMPARE(m_window->tabs()->currentWidget(), page());
    QCOMPARE(scenarios()->currentIndex(), 0);
    QCOMPARE(page()->scenarioChooser()->currentText(), QStringLiteral("Stay on Azure"));
}

void TestGuiScenario::screenshots()
{
    // Written only when asked (CLOUDSHIFT_SCREENSHOT_DIR), for a look at the pages as rendered.
    const QString dir = qEnvironmentVariable("CLOUDSHIFT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("CLOUDSHIFT_SCREENSHOT_DIR not set");
    scenarios()->setCurrentIndex(2);
    m_window->tabs()->setCurrentWidget(page());
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/scenario-page.png")));
    m_window->tabs()->setCurrentWidget(m_window->comparePage());
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/compare-page.png")));
    GroupingRulesDialog grouping(m_window->document(), m_window.get());
    grouping.addMove(
        QStringLiteral("/subscriptions/1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-7"),
        QStringLiteral("booking"));
    grouping.show();
    QApplication::processEvents();
    QVERIFY(grouping.grab().save(dir + QStringLiteral("/grouping-dialog.png")));
}

CLOUDSHIFT_GUI_TEST_MAIN(TestGuiScenario)
#include "tst_gui_scenario.moc"
