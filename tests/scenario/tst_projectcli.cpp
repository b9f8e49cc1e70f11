#include "scenario/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cloudshift;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real cloudshift executable, as a user or a script would.
Run runCloudshift(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLOUDSHIFT_EXE), arguments);
    process.waitForFinished(300'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

} // namespace

class TestProjectCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("demo.cloudshift"));
        const Run run = runCloudshift({QStringLiteral("import"), QStringLiteral(":demo"), QStringLiteral("--save-project"), m_project});
        QCOMPARE(run.exitCode, 0);
        const QByteArray line = QByteArray("project:   ") + QFileInfo(m_project).absoluteFilePath().toUtf8();
        QVERIFY2(run.out.contains(line), run.out.constData());
        QVERIFY(QFileInfo(m_project).isFile());
    }

    // `plan PROJECT --json` prints exactly what `plan EXPORT --json` prints for the export it came from.
    void planFromProjectEqualsPlanFromExport_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("optimised") << QStringList{QStringLiteral("--json")};
        QTest::newRow("all-aws with details")
            << QStringList{QStringLiteral("--json"), QStringLiteral("--details"), QStringLiteral("--scenario"), QStringLiteral("all-aws")};
        QTest::newRow("text") << QStringList{};
    }

    void planFromProjectEqualsPlanFromExport()
    {
        QFETCH(QStringList, options);
        const Run fromExport = runCloudshift(QStringList{QStringLiteral("plan"), QStringLiteral(":demo")} + options);
        const Run fromProject = runCloudshift(QStringList{QStringLiteral("plan"), m_project} + options);
        QCOMPARE(fromExport.exitCode, 0);
        QCOMPARE(fromProject.exitCode, 0);
        QVERIFY(fromExport.out.size() > 1000);
        QCOMPARE(fromProject.out, fromExport.out);
    }

    void importJsonNamesTheProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("json.cloudshift"));
        const Run run = runCloudshift({QStringLiteral("import"), QStringLiteral(":demo"), QStringLiteral("--json"),
            QStringLiteral("--save-project"), path});
        QCOMPARE(run.exitCode, 0);
        const QByteArray member = QByteArray("\"project\": \"") + QFileInfo(path).absoluteFilePath().toUtf8() + '"';
        QVERIFY2(run.out.contains(member), run.out.constData());
    }

    // --scenario NAME picks a scenario saved in the project.
    void scenarioByName()
    {
        QString error;
        std::optional<Project> project = loadProject(m_project, &error);
        QVERIFY2(project, qPrintable(error));
        Scenario scenario;
        scenario.name = QStringLiteral("Booking to AWS");
        scenario.placements.push_back({QStringLiteral("booking"), Target::Aws});
        project->scenarios.push_back(scenario);
        const QString path = m_dir.filePath(QStringLiteral("scenarios.cloudshift"));
        QVERIFY2(saveProject(*project, path, &error), qPrintable(error));

        const Run run = runCloudshift({QStringLiteral("plan"), path, QStringLiteral("--scenario"), QStringLiteral("Booking to AWS"),
            QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("{\n  \"assumptions\""));
        QVERIFY2(run.out.contains("\"scenario\": \"Booking to AWS\""), run.out.left(400).constData());

        const Run unknown = runCloudshift({QStringLiteral("plan"), path, QStringLiteral("--scenario"), QStringLiteral("Nope")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(QString::fromUtf8(unknown.err),
            QStringLiteral("cloudshift: --scenario: %1 has no scenario 'Nope'; its scenarios: Booking to AWS; built-in: "
                           "optimised, stay-on-azure, all-aws, all-gcp\n")
                .arg(path));
    }

    void damagedProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.cloudshift"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"cloudshift-project\", \"schema_version\": 9}");
        file.close();
        const Run run = runCloudshift({QStringLiteral("plan"), path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(QString::fromUtf8(run.err),
            QStringLiteral("cloudshift: %1: made by a newer CloudShift (project schema version 9; this version reads up to 2)\n")
                .arg(path));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("save as json") << QStringList{QStringLiteral("import"), QStringLiteral(":demo"),
            QStringLiteral("--save-project"), QStringLiteral("out.json")}
                                      << QStringLiteral("cloudshift: import: --save-project needs a FILE.cloudshift");
        QTest::newRow("project and export") << QStringList{QStringLiteral("plan"), QStringLiteral("a.cloudshift"), QStringLiteral(":demo")}
                                            << QStringLiteral("cloudshift: plan: a project is planned on its own, without exports");
        QTest::newRow("group-by on a project")
            << QStringList{QStringLiteral("plan"), QStringLiteral("a.cloudshift"), QStringLiteral("--group-by"), QStringLiteral("team")}
            << QStringLiteral("cloudshift: plan: --group-by does not apply to a project; its grouping is saved in it");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCloudshift(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).startsWith(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestProjectCli)
#include "tst_projectcli.moc"
