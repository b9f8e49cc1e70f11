// `--dependencies FILE.csv` on the real executable: a bad file exits with 1 and names file, line and
// column; a good one reaches plan --json (risk factors and cross-cloud flows) and is saved by import.
#include "scenario/projectfile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cloudshift;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCloudshift(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLOUDSHIFT_EXE), arguments);
    process.waitForFinished(300'000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const nlohmann::json* workload(const nlohmann::json& plan, const std::string& name)
{
    for (const nlohmann::json& w : plan["workloads"]) {
        if (w["name"] == name)
            return &w;
    }
    return nullptr;
}

} // namespace

class TestDependencyCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deps.csv"));
        QVERIFY(write(path, "from,to,gb_per_month,calls_per_second\nbooking,platform,3,\n"));
        const Run run = runCloudshift(
            { QStringLiteral("plan"), QStringLiteral(":demo"), QStringLiteral("--dependencies"), path });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QString::fromUtf8(run.err),
            QStringLiteral("cloudshift: ") + path + QStringLiteral(":2:4: '' is not a number (calls_per_second)\n"));
        QVERIFY(run.out.isEmpty());
    }

    void flowsReachThePlanAndTheProject()
    {
        QTemporaryDir dir;
        const QString deps = dir.filePath(QStringLiteral("deps.csv"));
        const QString scenario = dir.filePath(QStringLiteral("scenario.json"));
        QVERIFY(write(deps, "from,to,gb_per_month,calls_per_second\nplatform,booking,2000,150\n"));
        QVERIFY(write(scenario,
            R"({"name": "Move booking", "placements": [{"workload": "booking", "target": "aws", "wave_start": 3, "wave_months": 2}]})"));
        const Run run = runCloudshift(
            { QStringLiteral("plan"), QStringLiteral(":demo"), QStringLiteral("--dependencies"), deps,
                QStringLiteral("--scenario"), scenario, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const nlohmann::json plan = nlohmann::json::parse(run.out.toStdString());
        const nlohmann::json* booking = workload(plan, "booking");
        QVERIFY(booking);
        QCOMPARE((*booking)["risk"]["factors"][6]["name"].get<std::string>(),
            std::string("cross_cloud_chattiness"));
        QCOMPARE((*booking)["risk"]["factors"][6]["score"].get<int>(), 3);
        QCOMPARE((*booking)["risk"]["factors"][6]["evidence"].get<std::string>(),
            std::string("1 flows across clouds (platform): 150.0 calls/s, 2000 GB/month"));
        double sum = 0.0;
        for (const nlohmann::json& f : (*booking)["risk"]["factors"])
            sum += f["contribution"].get<double>();
        QCOMPARE(std::round(sum * 10.0) / 10.0, (*booking)["risk"]["score"].get<double>());
        QVERIFY((*booking)["latency"].contains("before_ms") && (*booking)["latency"].contains("after_ms"));

        const nlohmann::json& flows = plan["cross_cloud_flows"];
        QCOMPARE(flows.size(), std::size_t(1));
        QCOMPARE(flows[0]["from"].get<std::string>(), std::string("platform"));
        QCOMPARE(flows[0]["months"].size(), std::size_t(33));
        QCOMPARE(flows[0]["months"][0]["month"].get<int>(), 3);
        QCOMPARE(flows[0]["months"][0]["share"].get<double>(), 0.5);
        QCOMPARE(flows[0]["months"][0]["egress"].get<double>(), 87.0);
        QCOMPARE(flows[0]["months"][1]["egress"].get<double>(), 174.0);
        QCOMPARE(flows[0]["egress_total"].get<double>(), 87.0 + 32 * 174.0);

        // import --save-project keeps the list; plan on the project uses it.
        const QString project = dir.filePath(QStringLiteral("demo.cloudshift"));
        QCOMPARE(runCloudshift(
                     { QStringLiteral("import"), QStringLiteral(":demo"), QStringLiteral("--save-project"),
                         project, QStringLiteral("--dependencies"), deps })
                     .exitCode,
            0);
        QString error;
        const std::optional<Project> saved = loadProject(project, &error);
        QVERIFY2(saved, qPrintable(error));
        const DependencyFlows expected { { QStringLiteral("platform"), QStringLiteral("booking"), 2000.0,
            150.0 } };
        QCOMPARE(saved->dependencies, expected);
    }
};

QTEST_GUILESS_MAIN(TestDependencyCli)
#include "tst_dependencycli.moc"
