// The project's "risk" object: factor weights, flows between workloads and user populations survive a
// save and a load, files written before it existed open with the defaults, a damaged one says where, and
// a project plans with what it holds.
#include "pipeline/projectanalysis.h"
#include "projecttestdata.h"
#include "scenario/projectfile.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cloudshift;

namespace {

QByteArray projectBytes(const Project& project)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeProject(project, buffer);
    return buffer.data();
}

Project withRiskInputs()
{
    Project project = demoProject();
    project.riskWeights.setWeight(RiskFactor::PaasLockIn, 0.0);
    project.riskWeights.setWeight(RiskFactor::LatencyIncrease, 4.5);
    project.dependencies = { { QStringLiteral("booking"), QStringLiteral("platform"), 300.0, 12.5 },
        { QStringLiteral("edi"), QStringLiteral("customs"), 0.25, 0.0 } };
    project.userPopulations[QStringLiteral("booking")] = { { QStringLiteral("Hamburg depot"), QString(),
                                                               GeoCoordinate { 53.55, 9.99 }, 3.0 },
        { QStringLiteral("users near aws:us-east-1"), QStringLiteral("aws:us-east-1"), std::nullopt, 1.0 } };
    return project;
}

nlohmann::json parsed(const QByteArray& bytes)
{
    return nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
}

QByteArray dumped(const nlohmann::json& json)
{
    return QByteArray::fromStdString(json.dump());
}

} // namespace

class TestProjectRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("risk.cloudshift"));
        const Project original = withRiskInputs();
        QString error;
        QVERIFY2(saveProject(original, path, &error), qPrintable(error));
        const QByteArray first = readAll(path);
        QVERIFY(
            first.contains("\n\"risk\": {\"dependencies\":[{\"calls_per_second\":12.5,\"from\":\"booking\","
                           "\"gb_per_month\":300.0,\"to\":\"platform\"},"));
        QVERIFY(first.contains("\"paas_lock_in\":0.0,"));
        QVERIFY(first.contains(
            "{\"latitude\":53.55,\"longitude\":9.99,\"name\":\"Hamburg depot\",\"share\":3.0}"));

        const std::optional<Project> loaded = loadProject(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->riskWeights, original.riskWeights);
        QCOMPARE(loaded->riskWeights.weight(RiskFactor::LatencyIncrease), 4.5);
        QCOMPARE(loaded->dependencies, original.dependencies);
        QCOMPARE(loaded->userPopulations, original.userPopulations);
        QCOMPARE(loaded->scenarios, original.scenarios);
        // Saved again: the same bytes.
        QCOMPARE(projectBytes(*loaded), first);
    }

    // A version 2 file written before weights, flows and populations were saved: defaults, nothing else.
    void olderFilesOpenWithDefaults()
    {
        nlohmann::json json = parsed(projectBytes(withRiskInputs()));
        json.erase("risk");
        QString error;
        std::optional<Project> loaded
            = projectFromBytes(dumped(json), QStringLiteral("old.cloudshift"), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->riskWeights, RiskWeights());
        QVERIFY(loaded->dependencies.empty());
        QVERIFY(loaded->userPopulations.empty());

        // Weights of only some factors: the others keep their defaults.
        json["risk"] = { { "weights", { { "licensing", 7 } } } };
        loaded = projectFromBytes(dumped(json), QStringLiteral("old.cloudshift"), &error);
        QVERIFY2(loaded, qPrintable(error));
        RiskWeights expected;
        expected.setWeight(RiskFactor::Licensing, 7.0);
        QCOMPARE(loaded->riskWeights, expected);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        nlohmann::json json = parsed(projectBytes(withRiskInputs()));
        json["risk"]["weights"]["luck"] = 1;
        QTest::newRow("unknown factor")
            << dumped(json) << QStringLiteral("damaged project: risk.weights.luck: not a risk factor");
        json = parsed(projectBytes(withRiskInputs()));
        json["risk"]["weights"]["licensing"] = -1;
        QTest::newRow("negative weight")
            << dumped(json)
            << QStringLiteral("damaged project: risk.weights.licensing: expected a number of 0 or more");
        json = parsed(projectBytes(withRiskInputs()));
        json["risk"]["dependencies"][1]["gb_per_month"] = "lots";
        QTest::newRow("flow volume") << dumped(
            json) << QStringLiteral("damaged project: risk.dependencies[1].gb_per_month: expected a number");
        json = parsed(projectBytes(withRiskInputs()));
        json["risk"]["dependencies"][0].erase("to");
        QTest::newRow("flow without to")
            << dumped(json) << QStringLiteral("damaged project: risk.dependencies[0].to: missing");
        json = parsed(projectBytes(withRiskInputs()));
        json["risk"]["user_populations"][0]["users"][1].erase("region");
        QTest::newRow("population nowhere")
            << dumped(json)
            << QStringLiteral("damaged project: risk.user_populations[0].users[1]: give a region or a "
                              "latitude and longitude");
        json = parsed(projectBytes(withRiskInputs()));
        json["risk"] = nlohmann::json::array();
        QTest::newRow("not an object")
            << dumped(json) << QStringLiteral("damaged project: risk: expected an object");
    }

    void damaged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!projectFromBytes(bytes, QStringLiteral("broken.cloudshift"), &error));
        QCOMPARE(error, QStringLiteral("broken.cloudshift: ") + message);
    }

    // What the project holds reaches the plan: weights, a population far from booking's region.
    void projectPlansWithItsRiskInputs()
    {
        const Project project = withRiskInputs();
        const Analysis analysis = analyseProject(project);
        QCOMPARE(analysis.status, Analysis::Status::Ok);
        QCOMPARE(analysis.plan.risk.weights, project.riskWeights);
        bool found = false;
        for (const WorkloadPlanRow& row : analysis.plan.workloads) {
            if (!row.risk.assessed)
                continue;
            QCOMPARE(row.risk.factors[static_cast<std::size_t>(RiskFactor::PaasLockIn)].contribution, 0.0);
            if (row.workload != u"booking")
                continue;
            found = true;
            QCOMPARE(row.latency.populations.size(), std::size_t(2));
            QCOMPARE(row.latency.populations[0].population, QStringLiteral("Hamburg depot"));
            QCOMPARE(row.latency.populations[0].share, 0.75);
            QCOMPARE(row.latency.populations[1].share, 0.25);
            QCOMPARE(row.latency.beforeMs,
                0.75 * row.latency.populations[0].before.rttMs
                    + 0.25 * row.latency.populations[1].before.rttMs);
        }
        QVERIFY(found);
        const Project back = projectFromImport(analysis, analysisRequestFor(project));
        QCOMPARE(back.riskWeights, project.riskWeights);
        QCOMPARE(back.dependencies, project.dependencies);
        QCOMPARE(back.userPopulations, project.userPopulations);
    }
};

QTEST_GUILESS_MAIN(TestProjectRisk)
#include "tst_projectrisk.moc"
