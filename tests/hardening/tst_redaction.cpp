// Redacted reports and projects: no subscription id or name, resource name or id, resource group or tag
// value of the bundled demo that shows in the normal output survives in the redacted one (project file,
// plan JSON, FOCUS CSV, the PDF's text), the aliases are stable, and the figures are the same.
#include "commands/projectdocument.h"
#include "pipeline/analysis.h"
#include "pipeline/projectanalysis.h"
#include "pipeline/redaction.h"
#include "redactedexportactions.h"
#include "scenario/projectfile.h"
#include "ui/guitestmain.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>

using namespace cloudshift;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(300'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

Run runCloudshift(const QStringList& arguments)
{
    return run(QStringLiteral(CLOUDSHIFT_EXE), arguments);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Analysis& demoImport()
{
    static const Analysis analysis = importExports(AnalysisRequest{{demoExportPath()}});
    return analysis;
}

// Whether `text` holds `name` as a whole word (not inside a longer name: "prod" is not in "product").
bool containsName(const QByteArray& text, const QByteArray& name)
{
    const auto isNameChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const bool startsWord = at == 0 || !isNameChar(text[at - 1]) || !isNameChar(name.front());
        const qsizetype end = at + name.size();
        const bool endsWord = end == text.size() || !isNameChar(text[end]) || !isNameChar(name.back());
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

// What identifies the demo organisation: every subscription id and name, resource id and name, resource
// group and tag value, and the export's file name. Tag keys are kept by design, so a value that is also
// a word of a key ("kubernetes" of "kubernetes.io-created-for-pv-name") cannot be told apart and is left
// out.
QStringList originals()
{
    QSet<QString> names{QStringLiteral("larkspur-ea-2025")};
    QSet<QByteArray> keys;
    for (const Resource& r : demoImport().inventory->resources) {
        for (const QString& name : {r.id, r.name, r.resourceGroup, r.subscriptionId, r.subscriptionName})
            names.insert(name);
        for (const auto& tag : r.tags) {
            names.insert(tag.second);
            keys.insert(tag.first.toLower().toUtf8());
        }
    }
    names.remove(QString());
    QStringList list;
    for (const QString& name : std::as_const(names)) {
        const QByteArray lower = name.toLower().toUtf8();
        if (std::none_of(keys.cbegin(), keys.cend(), [&lower](const QByteArray& key) { return containsName(key, lower); }))
            list << name;
    }
    return list;
}

// The originals that the plain output shows, each of which must be absent from the redacted one.
void compareOutputs(const QByteArray& plain, const QByteArray& redacted, const char* what, int atLeast)
{
    const QByteArray plainLower = plain.toLower();
    const QByteArray redactedLower = redacted.toLower();
    int shown = 0;
    QStringList leaked;
    for (const QString& name : originals()) {
        const QByteArray lower = name.toLower().toUtf8();
        if (!containsName(plainLower, lower))
            continue;
        ++shown;
        if (containsName(redactedLower, lower))
            leaked << name;
    }
    QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("%1 keeps %2").arg(QLatin1String(what), leaked.join(u", "))));
    // The comparison means something only if the normal output did show the names.
    QVERIFY2(shown >= atLeast, qPrintable(QStringLiteral("%1 shows only %2 originals").arg(QLatin1String(what)).arg(shown)));
}

QByteArray pdfText(const QString& path)
{
    const Run text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    return text.exitCode == 0 ? text.out : QByteArray();
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Same original → same alias, distinct originals → distinct aliases, numbered in inventory order; the
    // grouping and the figures survive.
    void aliasesAreStable()
    {
        AnalysisRequest request{{demoExportPath()}};
        const Project project = projectFromImport(demoImport(), request);
        const Project redacted = redactProject(project);
        QCOMPARE(redactProject(project).inventory->resources.size(), redacted.inventory->resources.size());
        const auto& before = project.inventory->resources;
        const auto& after = redacted.inventory->resources;
        QCOMPARE(after.size(), std::size_t(320));
        QCOMPARE(after.front().name, QStringLiteral("resource-1"));
        QCOMPARE(after.back().name, QStringLiteral("resource-320"));
        QCOMPARE(after.front().subscriptionId, QStringLiteral("subscription-1"));
        QCOMPARE(after.front().id.left(33), QStringLiteral("/subscriptions/subscription-1/res"));
        QHash<QString, QString> subscriptions, groups, tagValues;
        QSet<QString> subscriptionAliases, groupAliases;
        for (std::size_t i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].name, QStringLiteral("resource-%1").arg(i + 1));
            QVERIFY(after[i].id.endsWith(QLatin1Char('/') + after[i].name));
            QCOMPARE(subscriptions.value(before[i].subscriptionId, after[i].subscriptionId), after[i].subscriptionId);
            subscriptions.insert(before[i].subscriptionId, after[i].subscriptionId);
            subscriptionAliases.insert(after[i].subscriptionId);
            QCOMPARE(groups.value(before[i].resourceGroup.toLower(), after[i].resourceGroup), after[i].resourceGroup);
            groups.insert(before[i].resourceGroup.toLower(), after[i].resourceGroup);
            groupAliases.insert(after[i].resourceGroup);
            QCOMPARE(after[i].tags.size(), before[i].tags.size());
            for (std::size_t t = 0; t < before[i].tags.size(); ++t) {
                QCOMPARE(after[i].tags[t].first, before[i].tags[t].first);
                const QString key = before[i].tags[t].first.toLower() + u'=' + before[i].tags[t].second.toLower();
                QCOMPARE(tagValues.value(key, after[i].tags[t].second), after[i].tags[t].second);
                tagValues.insert(key, after[i].tags[t].second);
            }
            QCOMPARE(after[i].monthlyCost, before[i].monthlyCost);
        }
        QCOMPARE(subscriptionAliases.size(), qsizetype(4));
        QCOMPARE(subscriptionAliases.size(), subscriptions.size());
        QCOMPARE(groupAliases.size(), groups.size());
        QCOMPARE(tagValues.value(QStringLiteral("app=booking")).left(4), QStringLiteral("app-"));
        QCOMPARE(redacted.import.files.front().path, QStringLiteral("export-1.csv"));

        // The same plan: workloads keep their members and the figures do not move.
        const Analysis plain = analyseProject(project);
        Project withScenario = project;
        withScenario.scenarios = {plain.scenario};
        const Project redactedWithScenario = redactProject(withScenario);
        const Analysis planned = analyseProject(redactedWithScenario, redactedWithScenario.scenarios.front());
        QCOMPARE(planned.plan.workloads.size(), plain.plan.workloads.size());
        QCOMPARE(planned.scenarioResult.tcoScenario, plain.scenarioResult.tcoScenario);
        QCOMPARE(planned.scenarioResult.tcoBaseline, plain.scenarioResult.tcoBaseline);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const auto path = [&dir](const char* name) { return dir.filePath(QLatin1String(name)); };

        // The project file.
        QCOMPARE(runCloudshift({QStringLiteral("import"), QStringLiteral(":demo"), QStringLiteral("--save-project"), path("plain.cloudshift")}).exitCode, 0);
        const Run saved = runCloudshift({QStringLiteral("import"), QStringLiteral(":demo"), QStringLiteral("--save-project"),
            path("redacted.cloudshift"), QStringLiteral("--redact")});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const QByteArray redactedProject = readAll(path("redacted.cloudshift"));
        compareOutputs(readAll(path("plain.cloudshift")), redactedProject, "the project", 700);
        QVERIFY(redactedProject.contains("subscription-4"));
        QString error;
        const std::optional<Project> reopened = loadProject(path("redacted.cloudshift"), &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->grouping.manualMoves.size(), std::size_t(320));

        const Run summary = runCloudshift({QStringLiteral("import"), QStringLiteral(":demo"), QStringLiteral("--redact")});
        QCOMPARE(summary.exitCode, 2);
        QVERIFY2(summary.err.startsWith("cloudshift: import: --redact applies to the project saved with --save-project"),
            summary.err.constData());

        // The plan, with every resource; twice to show the aliases do not change between runs.
        const QStringList plan{QStringLiteral("plan"), QStringLiteral(":demo"), QStringLiteral("--json"), QStringLiteral("--details")};
        const Run plainPlan = runCloudshift(plan);
        const Run redactedPlan = runCloudshift(plan + QStringList{QStringLiteral("--redact")});
        QCOMPARE(redactedPlan.exitCode, 0);
        compareOutputs(plainPlan.out, redactedPlan.out, "plan --json", 300);
        QCOMPARE(runCloudshift(plan + QStringList{QStringLiteral("--redact")}).out, redactedPlan.out);
        QVERIFY(redactedPlan.out.contains("\"workload-1\""));
        const QJsonObject plainJson = QJsonDocument::fromJson(plainPlan.out).object();
        const QJsonObject redactedJson = QJsonDocument::fromJson(redactedPlan.out).object();
        QCOMPARE(redactedJson[QStringLiteral("tco")], plainJson[QStringLiteral("tco")]);
        QCOMPARE(redactedJson[QStringLiteral("history")][QStringLiteral("series")],
            plainJson[QStringLiteral("history")][QStringLiteral("series")]);

        // The plan of a saved project, redacted when printed.
        const Run projectPlan = runCloudshift({QStringLiteral("plan"), path("plain.cloudshift"), QStringLiteral("--json"),
            QStringLiteral("--details"), QStringLiteral("--redact")});
        QCOMPARE(projectPlan.exitCode, 0);
        compareOutputs(plainPlan.out, projectPlan.out, "plan of a project --json", 300);

        // The FOCUS CSV and the PDF pack.
        for (const char* name : {"report.csv", "report.pdf"}) {
            const QString plainPath = dir.filePath(QStringLiteral("plain-") + QLatin1String(name));
            const QString redactedPath = dir.filePath(QStringLiteral("redacted-") + QLatin1String(name));
            QCOMPARE(runCloudshift({QStringLiteral("report"), QStringLiteral(":demo"), QStringLiteral("--out"), plainPath}).exitCode, 0);
            const Run report = runCloudshift({QStringLiteral("report"), QStringLiteral(":demo"), QStringLiteral("--out"),
                redactedPath, QStringLiteral("--redact")});
            QVERIFY2(report.exitCode == 0, report.err.constData());
            if (QByteArray(name).endsWith(".csv")) {
                // The projection is per workload: its names are those of tags and resource groups.
                compareOutputs(readAll(plainPath), readAll(redactedPath), name, 10);
            } else if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
                compareOutputs(pdfText(plainPath), pdfText(redactedPath), name, 10);
            } else {
                qWarning("pdftotext (poppler-utils) not found: the PDF's text was not compared");
            }
        }
    }

    // File ▸ Save Redacted Copy and File ▸ Export Redacted Report leave the document as it was.
    void fromTheWindow()
    {
        QTemporaryDir dir;
        QWidget window;
        ProjectDocument document;
        RedactedExportActions actions(&document, &window, [&document]() -> const Analysis& { return document.analysis(); });
        QVERIFY(!actions.saveCopyAction()->isEnabled());
        QSignalSpy changed(&document, &ProjectDocument::analysisChanged);
        QSignalSpy failed(&document, &ProjectDocument::analysisFailed);
        document.openInputs({demoExportPath()});
        CLOUDSHIFT_WAIT_FOR_ANALYSIS(changed, failed, 1);
        QVERIFY(actions.saveCopyAction()->isEnabled());
        QVERIFY(actions.exportReportAction()->isEnabled());

        const QString copy = dir.filePath(QStringLiteral("shared.cloudshift"));
        QVERIFY(actions.saveRedactedCopy(copy));
        QString error;
        const QString plain = dir.filePath(QStringLiteral("plain.cloudshift"));
        QVERIFY(saveProject(document.project(), plain, &error));
        compareOutputs(readAll(plain), readAll(copy), "Save Redacted Copy", 700);
        QCOMPARE(document.projectPath(), QString());
        QVERIFY(document.undoStack()->isClean());

        const QString csv = dir.filePath(QStringLiteral("shared.csv"));
        QVERIFY(actions.exportRedactedReport(csv));
        const QByteArray text = readAll(csv);
        QVERIFY(text.startsWith("BilledCost,EffectiveCost,BillingCurrency"));
        QVERIFY(text.contains(",workload-1,"));
        const QString plainCsv = dir.filePath(QStringLiteral("plain.csv"));
        QCOMPARE(runCloudshift({QStringLiteral("report"), QStringLiteral(":demo"), QStringLiteral("--out"), plainCsv}).exitCode, 0);
        compareOutputs(readAll(plainCsv), text, "Export Redacted Report", 10);
    }
};

CLOUDSHIFT_GUI_TEST_MAIN(TestRedaction)
#include "tst_redaction.moc"
