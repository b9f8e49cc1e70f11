// The document's edits go through undo commands, and the analysis worker that re-runs after each one
// reports only the latest job.
#include "analysisworker.h"
#include "commands/projectdocument.h"
#include "commands/setworkloadtagkeyscommand.h"
#include "guitestmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cloudshift;

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagKeysUndoRedo();
    void unchangedTagKeysLeaveNoHistory();
    void openingInputsClearsHistory();
    void tagKeysReanalyse();
    void workerReportsFailureWithPath();
    void workerDropsSupersededJob();
    void workerCancel();
};

void TestCommands::tagKeysUndoRedo()
{
    ProjectDocument document;
    const QStringList defaults = document.workloadTagKeys();
    QCOMPARE(defaults,
        (QStringList { QStringLiteral("app"), QStringLiteral("workload"), QStringLiteral("application") }));
    QSignalSpy changed(&document, &ProjectDocument::workloadTagKeysChanged);

    const QStringList team { QStringLiteral("team"), QStringLiteral("costcenter") };
    document.undoStack()->push(new SetWorkloadTagKeysCommand(&document, team));
    QCOMPARE(document.workloadTagKeys(), team);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Group workloads by team, costcenter"));

    document.undoStack()->undo();
    QCOMPARE(document.workloadTagKeys(), defaults);
    QCOMPARE(changed.count(), 2);
    document.undoStack()->redo();
    QCOMPARE(document.workloadTagKeys(), team);
    QCOMPARE(changed.count(), 3);

    document.undoStack()->push(new SetWorkloadTagKeysCommand(&document, {}));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Group workloads by resource group"));
    QVERIFY(document.workloadTagKeys().isEmpty());
    // Nothing to analyse yet: no job starts.
    QVERIFY(!document.isAnalysing());
}

void TestCommands::unchangedTagKeysLeaveNoHistory()
{
    ProjectDocument document;
    document.undoStack()->push(new SetWorkloadTagKeysCommand(&document, document.workloadTagKeys()));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestCommands::openingInputsClearsHistory()
{
    ProjectDocument document;
    document.undoStack()->push(new SetWorkloadTagKeysCommand(&document, { QStringLiteral("team") }));
    QCOMPARE(document.undoStack()->count(), 1);
    QSignalSpy failed(&document, &ProjectDocument::analysisFailed);
    document.openInputs({ QStringLiteral("/nonexistent/export.csv") });
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.inputs(), QStringList { QStringLiteral("/nonexistent/export.csv") });
    // The grouping is part of the document, not of the history: it stays.
    QCOMPARE(document.workloadTagKeys(), QStringList { QStringLiteral("team") });
    QVERIFY(failed.wait(30000));
}

void TestCommands::tagKeysReanalyse()
{
    ProjectDocument document;
    QSignalSpy changed(&document, &ProjectDocument::analysisChanged);
    QSignalSpy failed(&document, &ProjectDocument::analysisFailed);
    document.openInputs({ demoExportPath() });
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
    const int byTags = document.analysis().workloadCount;
    QVERIFY(byTags > 0);

    // A tag nobody uses groups everything by resource group instead: the analysis runs again.
    document.undoStack()->push(new SetWorkloadTagKeysCommand(&document, { QStringLiteral("no-such-tag") }));
    QVERIFY(document.isAnalysing());
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 2);
    QCOMPARE(document.workloadTagKeys(), QStringList { QStringLiteral("no-such-tag") });

    document.undoStack()->undo();
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 3);
    QCOMPARE(document.analysis().workloadCount, byTags);
}

void TestCommands::workerReportsFailureWithPath()
{
    AnalysisWorker worker;
    QSignalSpy failed(&worker, &AnalysisWorker::failed);
    QSignalSpy finished(&worker, &AnalysisWorker::finished);
    AnalysisRequest request;
    request.inputs = { QStringLiteral("/nonexistent/costs.csv") };
    worker.start(request);
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("/nonexistent/costs.csv")),
        qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!worker.isRunning());
}

void TestCommands::workerDropsSupersededJob()
{
    AnalysisWorker worker;
    QSignalSpy started(&worker, &AnalysisWorker::started);
    QSignalSpy finished(&worker, &AnalysisWorker::finished);
    QSignalSpy failed(&worker, &AnalysisWorker::failed);
    QSignalSpy cancelled(&worker, &AnalysisWorker::cancelled);
    AnalysisRequest missing;
    missing.inputs = { QStringLiteral("/nonexistent/costs.csv") };
    AnalysisRequest demo;
    demo.inputs = { demoExportPath() };

    const quint64 first = worker.start(missing);
    const quint64 second = worker.start(demo);
    QVERIFY(second > first);
    QCOMPARE(worker.currentJobId(), second);
    QCOMPARE(started.count(), 2);
    CLOUDSHIFT_WAIT_FOR_ANALYSIS(finished, failed, 1);
    // Let the superseded job's watcher deliver, if it had anything left to say.
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(cancelled.count(), 0);
    QCOMPARE(finished.at(0).at(0).value<Analysis>().import.files.size(), std::size_t { 1 });
}

void TestCommands::workerCancel()
{
    AnalysisWorker worker;
    QSignalSpy finished(&worker, &AnalysisWorker::finished);
    QSignalSpy cancelled(&worker, &AnalysisWorker::cancelled);
    AnalysisRequest demo;
    demo.inputs = { demoExportPath() };
    worker.start(demo);
    worker.cancel();
    QVERIFY(cancelled.wait(120000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!worker.isRunning());
    // Destroying a worker with a job in flight waits for it instead of leaving it running.
    {
        AnalysisWorker shortLived;
        shortLived.start(demo);
    }
}

CLOUDSHIFT_GUI_TEST_MAIN(TestCommands)
#include "tst_commands.moc"
