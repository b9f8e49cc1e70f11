// Nothing is lost when CloudShift is killed: a save cut short leaves the previous project exactly as it
// was, and changes not yet saved come back from the recovery copy the autosave wrote. A child process
// (crashchild) does the save or the autosave and is killed with SIGKILL at a known point.
#include "commands/projectdocument.h"
#include "pipeline/analysis.h"
#include "pipeline/projectanalysis.h"
#include "projectfileactions.h"
#include "scenario/projectfile.h"
#include "scenario/projectrecovery.h"
#include "ui/guitestmain.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <csignal>

using namespace cloudshift;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Project& demoProject()
{
    static const Project project = [] {
        AnalysisRequest request{{demoExportPath()}};
        return projectFromImport(importExports(request), request);
    }();
    return project;
}

// Starts the child and returns the line it prints when it has reached the point to be killed at.
QByteArray startChild(QProcess& child, const QStringList& arguments)
{
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(CRASHCHILD_EXE), arguments);
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(300'000))
            return {};
    }
    return child.readLine().trimmed();
}

void killChild(QProcess& child)
{
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    child.waitForFinished(60'000);
}

// Sizes of the files under `folder` that process `pid` holds open (a temporary file written by QSaveFile
// may have no name in the folder at all, so it is found through /proc).
QList<qint64> openFileSizes(qint64 pid, const QString& folder)
{
    QList<qint64> sizes;
    QDirIterator fds(QStringLiteral("/proc/%1/fd").arg(pid), QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    while (fds.hasNext()) {
        const QFileInfo fd(fds.next());
        if (fd.symLinkTarget().startsWith(folder + QLatin1Char('/')))
            sizes << fd.size();
    }
    return sizes;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedInTheMiddleOfASave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.cloudshift"));
        QString error;
        QVERIFY2(saveProject(demoProject(), path, &error), qPrintable(error));
        const QByteArray before = readAll(path);
        QVERIFY(before.size() > 10'000);

        QProcess child;
        const QList<QByteArray> midway = startChild(child, {QStringLiteral("save"), path}).split(' ');
        QCOMPARE(midway.size(), qsizetype(3));
        QCOMPARE(midway[0], QByteArray("midway"));
        const qint64 written = midway[1].toLongLong();
        const qint64 total = midway[2].toLongLong();
        QVERIFY2(total > 20 * before.size(), "the child's project is not large");
        QVERIFY(written >= total / 2 && written < total);
        // The new project is half on disk, in a file of its own that the child holds open.
        const QList<qint64> open = openFileSizes(child.processId(), QDir(dir.path()).canonicalPath());
        QCOMPARE(open.size(), qsizetype(1));
        QVERIFY2(open[0] > 0 && open[0] < total, qPrintable(QString::number(open[0])));
        QCOMPARE(readAll(path), before);

        killChild(child);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(readAll(path), before);
        const std::optional<Project> reopened = loadProject(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->inventory->resources.size(), std::size_t(320));
        // What the killed save left behind does not stand in the way of the next one.
        QVERIFY2(saveProject(demoProject(), path, &error), qPrintable(error));
        QCOMPARE(readAll(path), before);
    }

    void killedAfterAnAutosave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.cloudshift"));
        QString error;
        QVERIFY2(saveProject(demoProject(), path, &error), qPrintable(error));
        const QByteArray before = readAll(path);
        const QString movedId = demoProject().inventory->resources.front().id;

        QProcess child;
        QCOMPARE(startChild(child, {QStringLiteral("autosave"), path}), QByteArray("autosaved"));
        killChild(child);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The project file holds what was saved; the change lives in the recovery copy beside it.
        QCOMPARE(readAll(path), before);
        QCOMPARE(findRecoveryCopy(path), std::optional<QString>(dir.filePath(QStringLiteral(".plan.cloudshift.recovery"))));
        const std::optional<Project> copy = loadRecoveryCopy(path, &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->grouping.manualMoves, (std::map<QString, QString>{{movedId, QStringLiteral("recovered workload")}}));
        QCOMPARE(loadProject(path, &error)->grouping.manualMoves.size(), std::size_t(0));

        // Opening the project again, as the window does when the user accepts the offer, brings it back
        // as an unsaved change.
        QMainWindow window;
        ProjectDocument document;
        ProjectFileActions actions(&document, &window);
        QSignalSpy changed(&document, &ProjectDocument::analysisChanged);
        QSignalSpy failed(&document, &ProjectDocument::analysisFailed);
        QVERIFY2(actions.openFile(path, true, &error), qPrintable(error));
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
        QCOMPARE(document.grouping().manualMoves, copy->grouping.manualMoves);
        QVERIFY(!document.undoStack()->isClean());
        QVERIFY(window.isWindowModified());
        const auto moved = std::find_if(document.analysis().plan.workloads.cbegin(), document.analysis().plan.workloads.cend(),
            [](const WorkloadPlanRow& row) { return row.workload == u"recovered workload" && row.resources == 1; });
        QVERIFY(moved != document.analysis().plan.workloads.cend());
    }
};

CLOUDSHIFT_GUI_TEST_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
