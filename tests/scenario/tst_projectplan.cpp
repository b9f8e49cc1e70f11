#include "projecttestdata.h"

#include "pipeline/planjson.h"
#include "scenario/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cloudshift;

namespace {

// The project exactly as `import EXPORT --save-project` makes it: the default grouping, nothing added.
Project plainDemoProject()
{
    AnalysisRequest request{{demoExportPath()}};
    return projectFromImport(importExports(request), request);
}

Project savedAndReopened(const Project& project)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.cloudshift"));
    QString error;
    if (!saveProject(project, path, &error))
        qFatal("%s", qPrintable(error));
    std::optional<Project> loaded = loadProject(path, &error);
    if (!loaded)
        qFatal("%s", qPrintable(error));
    return *loaded;
}

} // namespace

class TestProjectPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A reopened project plans to the same JSON, byte for byte, as the export it was made from.
    void planFromProjectEqualsPlanFromExport()
    {
        const Analysis fromExport = runAnalysis({{demoExportPath()}});
        QCOMPARE(fromExport.status, Analysis::Status::Ok);
        const Analysis fromProject = analyseProject(savedAndReopened(plainDemoProject()));
        QCOMPARE(fromProject.status, Analysis::Status::Ok);
        QCOMPARE(QString::fromStdString(planToJson(fromProject, true).dump(2)),
            QString::fromStdString(planToJson(fromExport, true).dump(2)));
        QCOMPARE(fromProject.workloadCount, 25);
    }

    // The same with a scenario: the project's scenario simulates like the same scenario on the export.
    void scenarioFromProjectEqualsScenarioOnExport()
    {
        Project project = plainDemoProject();
        project.scenarios = demoProject().scenarios;
        const Project reopened = savedAndReopened(project);
        AnalysisRequest request{{demoExportPath()}};
        request.scenario = project.scenarios.front();
        const Analysis fromExport = runAnalysis(request);
        const Analysis fromProject = analyseProject(reopened, *reopened.scenario(QStringLiteral("Move the web tier")));
        QCOMPARE(fromProject.scenarioResult.name, QStringLiteral("Move the web tier"));
        QCOMPARE(fromProject.scenarioResult.months.size(), std::size_t(48));
        QCOMPARE(QString::fromStdString(planToJson(fromProject, false).dump()),
            QString::fromStdString(planToJson(fromExport, false).dump()));
    }

    // Grouping rules and manual moves saved in the project shape its workloads.
    void projectGroupingShapesWorkloads()
    {
        Project project = plainDemoProject();
        const Resource& first = project.inventory->resources.front();
        project.grouping.manualMoves[first.id] = QStringLiteral("moved by hand");
        project.grouping.rules.insert(project.grouping.rules.begin(),
            {GroupingRule::Kind::Subscription, QString(), GroupingRule::Syntax::Wildcard, QString()});
        const Analysis analysis = analyseProject(savedAndReopened(project));
        QStringList names;
        for (const WorkloadPlanRow& row : analysis.plan.workloads)
            names << row.workload;
        QVERIFY2(names.contains(QStringLiteral("moved by hand")), qPrintable(names.join(u',')));
        // Every other resource is grouped by its subscription now: four subscriptions, one move.
        QCOMPARE(names.size(), 5);
    }

    // A workload's mapping override sends its resources to the chosen region.
    void mappingOverrideChangesTheRegion()
    {
        Project project = plainDemoProject();
        project.mappingOverrides.push_back({QString(), QStringLiteral("booking"), Cloud::Aws, {QStringLiteral("ap-southeast-2"), QString()}});
        const Analysis analysis = analyseProject(savedAndReopened(project));
        int vms = 0;
        for (const ResourcePlanRow& row : analysis.plan.resources) {
            if (row.workload != u"booking" || !row.awsOffer.isMapped() || row.azureSku.isEmpty())
                continue;
            ++vms;
            QCOMPARE(row.awsOffer.region, QStringLiteral("ap-southeast-2"));
            QVERIFY(row.gcpOffer.region != u"ap-southeast-2");
        }
        QVERIFY(vms > 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectPlan)
#include "tst_projectplan.moc"
