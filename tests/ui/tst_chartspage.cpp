// The Charts page and the presentation mode on the bundled demo: every chart listed and shown, the
// presentation turning pages with the keyboard, and the page following a scenario change.
#include "charts/chartview.h"
#include "charts/monthlycostchart.h"
#include "charts/risksavingschart.h"
#include "commands/projectdocument.h"
#include "demoanalysis.h"
#include "guitestmain.h"
#include "mainwindow.h"
#include "models/projectioncostmodel.h"
#include "pages/chartspage.h"
#include "pages/presentationwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPointer>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace cloudshift;

class TestChartsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryChart();
    void presentationTurnsPages();
    void followsTheScenario();
    void mainWindowHostsCharts();
};

void TestChartsPage::listsEveryChart()
{
    ChartsPage page;
    page.resize(1200, 800);
    page.setAnalysis(demoAnalysis());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.chartList()->count(), static_cast<int>(ChartSet::all().size()));
    for (int row = 0; row < page.chartList()->count(); ++row) {
        page.chartList()->setCurrentRow(row);
        const ChartSet::Chart chart = ChartSet::all().at(row);
        QCOMPARE(page.currentChart(), chart);
        QVERIFY(page.chartView(chart)->isVisible());
        QCOMPARE(page.chartList()->item(row)->text(), ChartSet::title(chart));
    }
    // The monthly cost chart on the page reads the horizon: 36 months per line.
    auto* monthly
        = qobject_cast<MonthlyCostChart*>(page.chartView(ChartSet::Chart::MonthlyCost)->reportChart());
    QVERIFY(monthly);
    QCOMPARE(monthly->seriesForColumn(ProjectionCostModel::Scenario)->count(), 36);
    // Point sizes survive the view's theme: the costliest workload's point is the biggest.
    auto* risk = qobject_cast<RiskSavingsChart*>(page.chartView(ChartSet::Chart::RiskSavings)->reportChart());
    QVERIFY(risk);
    qreal biggest = 0;
    for (QScatterSeries* series : risk->workloadSeries())
        biggest = std::max(biggest, series->markerSize());
    QCOMPARE(biggest, 46.0);
}

void TestChartsPage::presentationTurnsPages()
{
    ChartsPage page;
    page.setAnalysis(demoAnalysis());
    page.setCurrentChart(ChartSet::Chart::CashFlow);
    QPointer<PresentationWindow> window = page.present();
    QVERIFY(QTest::qWaitForWindowExposed(window.data()));
    QVERIFY(window->isFullScreen());
    QCOMPARE(window->page(), 1);
    QVERIFY(window->view()->reportChart()->fontScale() > 1.5);
    QTest::keyClick(window.data(), Qt::Key_Right);
    QCOMPARE(window->page(), 2);
    QCOMPARE(window->view()->reportChart()->chartId(), QStringLiteral("categories"));
    QTest::keyClick(window.data(), Qt::Key_Left);
    QTest::keyClick(window.data(), Qt::Key_Left);
    QCOMPARE(window->page(), 0);
    QTest::keyClick(window.data(), Qt::Key_Left); // stays on the first page
    QCOMPARE(window->page(), 0);
    QTest::keyClick(window.data(), Qt::Key_End);
    QCOMPARE(window->page(), window->pageCount() - 1);
    QTest::keyClick(window.data(), Qt::Key_Escape);
    QTRY_VERIFY(window.isNull()); // closed and deleted
}

void TestChartsPage::followsTheScenario()
{
    ChartsPage page;
    const Analysis& analysis = demoAnalysis();
    page.setAnalysis(analysis);
    Scenario stay;
    stay.name = QStringLiteral("Stay put");
    stay.assumptions = analysis.scenario.assumptions;
    const ScenarioResult result = simulateScenario(analysis.simulation, stay);
    QVERIFY(page.chartSet()->figures().riskScore > 0);
    page.showScenario(AnalysisRequest { { demoExportPath() } }, stay, result);
    QCOMPARE(page.chartSet()->figures().scenarioName, QStringLiteral("Stay put"));
    QVERIFY(page.chartSet()->figures().waves.empty());
    QCOMPARE(page.chartSet()->figures().scenario, page.chartSet()->figures().baseline);
    // Risk and latency follow the scenario shown: nothing moves, so nothing is at risk and no
    // workload's round trip changes.
    QCOMPARE(page.chartSet()->figures().riskScore, 0.0);
    for (const WorkloadOutlook& w : page.chartSet()->figures().workloads) {
        QCOMPARE(w.riskScore, 0.0);
        if (w.latencyAssessed)
            QCOMPARE(w.after.ms, w.before.ms);
    }
    // Showing the analysed scenario again brings its risk back.
    page.showScenario(AnalysisRequest { { demoExportPath() } }, analysis.scenario, analysis.scenarioResult);
    QCOMPARE(page.chartSet()->figures().riskScore, analysis.plan.risk.score);
}

void TestChartsPage::mainWindowHostsCharts()
{
    MainWindow window;
    window.show();
    QSignalSpy changed(window.document(), &ProjectDocument::analysisChanged);
    QSignalSpy failed(window.document(), &ProjectDocument::analysisFailed);
    window.openDemo();
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
    QVERIFY(window.tabs()->indexOf(window.chartsPage()) >= 0);
    // The charts show the scenario of the analysis (or the one chosen on the Scenarios page).
    QTRY_COMPARE(window.chartsPage()->chartSet()->figures().months.size(), std::size_t { 36 });
    QVERIFY(!window.chartsPage()->chartSet()->figures().scenarioName.isEmpty());
    auto* present = window.findChild<QAction*>(QStringLiteral("presentAction"));
    QVERIFY(present);
    QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
    present->trigger();
    PresentationWindow* presentation = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (auto* found = qobject_cast<PresentationWindow*>(top); found && found->isVisible())
            presentation = found;
    }
    QVERIFY(presentation);
    QTest::keyClick(presentation, Qt::Key_Escape);
}

CLOUDSHIFT_GUI_TEST_MAIN(TestChartsPage)
#include "tst_chartspage.moc"
