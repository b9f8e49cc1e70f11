// A child process for tst_crashsafety, which kills it (SIGKILL) at the moment it reports:
//
//   crashchild save PATH             saves a large project over PATH and stops halfway through the write,
//                                    printing "midway WRITTEN TOTAL"
//   crashchild autosave PATH         opens the project at PATH as the GUI does, moves a resource into a
//                                    workload by hand (an unsaved change), lets the autosave timer write
//                                    the recovery copy and prints "autosaved"
//
// After printing it waits to be killed, so the kill lands at a known point instead of a random one.
#include "commands/projectdocument.h"
#include "commands/setgroupingcommand.h"
#include "pipeline/analysis.h"
#include "pipeline/projectanalysis.h"
#include "projectfileactions.h"
#include "scenario/projectfile.h"
#include "scenario/projectrecovery.h"

#include <QApplication>
#include <QBuffer>
#include <QEventLoop>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <functional>

#include <unistd.h>

using namespace cloudshift;

namespace {

[[noreturn]] void report(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    for (;;)
        pause();
}

int fail(const QString& message)
{
    std::fprintf(stderr, "crashchild: %s\n", qPrintable(message));
    return 1;
}

// The demo's inventory forty times over (each copy with its own ids): a project of several megabytes.
Project largeProject()
{
    AnalysisRequest request{{demoExportPath()}};
    const Analysis imported = importExports(request);
    Project project = projectFromImport(imported, request);
    auto inventory = std::make_shared<Inventory>(*project.inventory);
    const std::vector<Resource> original = inventory->resources;
    for (int copy = 1; copy < 40; ++copy) {
        for (Resource resource : original) {
            resource.id += QStringLiteral("-copy-%1").arg(copy);
            inventory->resources.push_back(std::move(resource));
        }
    }
    project.inventory = std::move(inventory);
    return project;
}

int saveAndStall(const QString& path)
{
    const Project project = largeProject();
    QBuffer measure;
    measure.open(QIODevice::WriteOnly);
    if (!writeProject(project, measure))
        return fail(QStringLiteral("cannot measure the project"));
    const qint64 total = measure.size();
    QString error;
    saveProject(project, path, &error, [total](qint64 written) {
        if (written >= total / 2)
            report("midway " + QByteArray::number(written) + ' ' + QByteArray::number(total));
        return true;
    });
    return fail(QStringLiteral("the save ended without reaching its middle: ") + error);
}

bool waitFor(const std::function<bool()>& done)
{
    QEventLoop loop;
    for (int i = 0; i < 6000 && !done(); ++i) {
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

int autosaveAndStall(const QString& path)
{
    QMainWindow window;
    ProjectDocument document;
    ProjectFileActions actions(&document, &window);
    QString error;
    if (!actions.openFile(path, false, &error))
        return fail(error);
    if (!waitFor([&] { return document.hasAnalysis() && !document.isAnalysing(); }))
        return fail(QStringLiteral("the project's analysis did not finish"));
    const Resource first = document.analysis().inventory->resources.front();
    document.undoStack()->push(
        SetGroupingCommand::moveResource(&document, first.id, first.name, QStringLiteral("recovered workload")));
    actions.autosaveTimer()->start(50);
    if (!waitFor([&] { return findRecoveryCopy(path).has_value(); }))
        return fail(QStringLiteral("autosave wrote no recovery copy"));
    report("autosaved");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // the user's settings stay untouched
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == u"save")
        return saveAndStall(arguments.at(2));
    if (arguments.size() == 3 && arguments.at(1) == u"autosave")
        return autosaveAndStall(arguments.at(2));
    return fail(QStringLiteral("usage: crashchild save PATH | autosave PATH"));
}
