// The main window on the bundled demo, headless: the analysis finishes off the GUI thread and the
// overview shows the chart and the workload table it produced.
#include "charts/monthlycostchartview.h"
#include "commands/projectdocument.h"
#include "commands/setworkloadtagkeyscommand.h"
#include "guitestmain.h"

// Workloads in the bundled demo export when grouped by the default tag keys.
constexpr int DEMO_WORKLOADS = 25;
#include "mainwindow.h"
#include "pages/importpage.h"
#include "pages/overviewpage.h"
#include "pages/summarycard.h"

#include <QChart>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QXYSeries>

using namespace cloudshift;

class TestGuiSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoAnalysis();
    void failedImportShowsWhy();
};

void TestGuiSmoke::demoAnalysis()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy changed(window.document(), &ProjectDocument::analysisChanged);
    QSignalSpy failed(window.document(), &ProjectDocument::analysisFailed);
    window.openDemo();
    QVERIFY(window.document()->isAnalysing());
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
    QVERIFY(!window.document()->isAnalysing());

    QChart* chart = window.overviewPage()->chartView()->chart();
    const QList<QAbstractSeries*> series = chart->series();
    QCOMPARE(series.size(), 3);
    for (QAbstractSeries* one : series) {
        auto* line = qobject_cast<QXYSeries*>(one);
        QVERIFY(line);
        QCOMPARE(line->count(), 12);
    }
    QCOMPARE(series.at(0)->name(), QStringLiteral("Azure (baseline)"));

    const Analysis& analysis = window.document()->analysis();
    QTableView* table = window.overviewPage()->workloadView();
    QCOMPARE(table->model()->rowCount(), DEMO_WORKLOADS);
    QCOMPARE(analysis.workloadCount, DEMO_WORKLOADS);
    QVERIFY(window.overviewPage()->baselineCard()->value().startsWith(analysis.plan.currency + u' '));

    if (const QString shot = qEnvironmentVariable("CLOUDSHIFT_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(window.grab().save(shot));

    // The filter narrows the table; clearing it brings every workload back.
    const QString first = table->model()->index(0, 0).data().toString();
    window.overviewPage()->focusFilter();
    QTest::keyClicks(QApplication::focusWidget(), first);
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < DEMO_WORKLOADS);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(table->model()->rowCount(), DEMO_WORKLOADS);

    // An edit re-runs the analysis and the undo stack takes it back.
    window.document()->undoStack()->push(new SetWorkloadTagKeysCommand(window.document(), {}));
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 2);
    window.document()->undoStack()->undo();
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 3);
    QCOMPARE(table->model()->rowCount(), DEMO_WORKLOADS);
}

void TestGuiSmoke::failedImportShowsWhy()
{
    MainWindow window;
    window.show();
    QSignalSpy failed(window.document(), &ProjectDocument::analysisFailed);
    const QString missing = QStringLiteral("/nonexistent/costs-2025.csv");
    window.openInputs({ missing });
    QVERIFY(failed.wait(30000));
    // The import page comes forward with the engine's reason, naming the file; nothing is left to
    // export.
    QVERIFY2(
        window.importPage()->errorText().contains(missing), qPrintable(window.importPage()->errorText()));
    QVERIFY(window.importPage()->isVisible());
    QVERIFY(!window.document()->hasAnalysis());
}

CLOUDSHIFT_GUI_TEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
