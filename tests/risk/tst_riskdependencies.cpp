// Dependencies between workloads: how a workload runs on its clouds month by month of a wave, which
// months a flow crosses clouds, the dependency CSV with its exact errors, and the flows wired into a
// plan (the chattiness factor, the crossing months' round trip and egress) with the architect's weights.
#include "catalog/catalog.h"
#include "pipeline/analysis.h"
#include "risk/dependencycsv.h"
#include "risk/workloadcourse.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cloudshift;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

const WorkloadPlanRow* workload(const PlanResult& plan, const QString& name)
{
    for (const WorkloadPlanRow& row : plan.workloads) {
        if (row.workload == name)
            return &row;
    }
    return nullptr;
}

// The demo with booking moving to AWS over months 3 and 4 of the horizon and every other workload on
// Azure, so a flow between booking and platform crosses clouds from month 3 on.
Analysis demoWithFlows(const DependencyFlows& flows, const RiskWeights& weights = {})
{
    AnalysisRequest request { { demoExportPath() } };
    Scenario scenario;
    scenario.name = QStringLiteral("Move booking");
    scenario.placements.push_back({ QStringLiteral("booking"), Target::Aws, QString(), PricingModel::OnDemand,
        0.0, Strategy::Rehost, 3, 2 });
    request.scenario = scenario;
    request.dependencies = flows;
    request.riskWeights = weights;
    return runAnalysis(request);
}

const RiskContribution& factor(const WorkloadRisk& risk, RiskFactor f)
{
    return risk.factors[static_cast<std::size_t>(f)];
}

} // namespace

class TestRiskDependencies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void courseFollowsTheWave()
    {
        const WorkloadCourse aws { Cloud::Aws, false, 2, 4 };
        QCOMPARE(aws.shareOn(Cloud::Azure, 1), 1.0);
        QCOMPARE(aws.shareOn(Cloud::Aws, 1), 0.0);
        QCOMPARE(aws.shareOn(Cloud::Aws, 2), 0.25);
        QCOMPARE(aws.shareOn(Cloud::Azure, 3), 0.5);
        QCOMPARE(aws.shareOn(Cloud::Aws, 5), 1.0);
        QCOMPARE(aws.shareOn(Cloud::Azure, 5), 0.0);
        QCOMPARE(aws.shareOn(Cloud::Gcp, 5), 0.0);
        const WorkloadCourse retired { Cloud::Azure, true, 2, 1 };
        QCOMPARE(retired.shareOn(Cloud::Azure, 1), 1.0);
        QCOMPARE(retired.shareOn(Cloud::Azure, 2), 0.0);
        const WorkloadCourse stays { Cloud::Azure, false, 2, 1 };
        QCOMPARE(stays.shareOn(Cloud::Azure, 30), 1.0);
    }

    void crossingMonths()
    {
        const WorkloadCourse stays { Cloud::Azure, false, 0, 1 };
        const WorkloadCourse aws { Cloud::Aws, false, 2, 4 };
        QCOMPARE(crossCloudShare(stays, aws, 1), 0.0);
        QCOMPARE(crossCloudShare(stays, aws, 2), 0.25);
        QCOMPARE(crossCloudShare(aws, stays, 3), 0.5);
        QCOMPARE(crossCloudShare(stays, aws, 5), 1.0);
        QCOMPARE(crossCloudMonths(stays, aws, 36), 34);
        // Both to AWS in the same one-month wave: never apart.
        const WorkloadCourse sameWave { Cloud::Aws, false, 2, 1 };
        QCOMPARE(crossCloudMonths(sameWave, sameWave, 36), 0);
        // Both to AWS, one in month 0 and one in month 3: apart in months 0, 1 and 2.
        QCOMPARE(crossCloudMonths(WorkloadCourse { Cloud::Aws, false, 0, 1 },
                     WorkloadCourse { Cloud::Aws, false, 3, 1 }, 36),
            3);
        // Within one two-month wave of both: half of each on each cloud in the first month.
        const WorkloadCourse split { Cloud::Gcp, false, 0, 2 };
        QCOMPARE(crossCloudShare(split, split, 0), 0.5);
        QCOMPARE(crossCloudMonths(split, split, 36), 1);
        // Retired: nothing left to call once it is gone.
        QCOMPARE(crossCloudMonths(WorkloadCourse { Cloud::Azure, true, 2, 1 }, stays, 36), 0);
        // A wave after the horizon never starts.
        QCOMPARE(crossCloudMonths(stays, WorkloadCourse { Cloud::Aws, false, 40, 1 }, 36), 0);
    }

    void csvReadsFlows()
    {
        QTemporaryDir dir;
        // Columns in any order, header in any case, extra columns ignored, quoted names, blank lines.
        const QString path = writeFile(dir, QStringLiteral("deps.csv"),
            "Calls_Per_Second,note,TO,from,gb_per_month\n"
            "12.5,api,platform,booking,300\n"
            "\n"
            "0,\"nightly, batch\",\"data lake\",reporting,1500.25\n");
        QString error;
        const auto flows = readDependencyCsv(path, &error);
        QVERIFY2(flows, qPrintable(error));
        const DependencyFlows expected { { QStringLiteral("booking"), QStringLiteral("platform"), 300.0,
                                             12.5 },
            { QStringLiteral("reporting"), QStringLiteral("data lake"), 1500.25, 0.0 } };
        QCOMPARE(*flows, expected);
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty")
            << QByteArray()
            << QStringLiteral(
                   "deps.csv:1:1: empty file (expected the header from,to,gb_per_month,calls_per_second)");
        QTest::newRow("header without calls")
            << QByteArray("from,to,gb_per_month\nbooking,platform,3\n")
            << QStringLiteral("deps.csv:1:1: the header has no column calls_per_second (expected "
                              "from,to,gb_per_month,calls_per_second)");
        QTest::newRow("not a number")
            << QByteArray("from,to,gb_per_month,calls_per_second\nbooking,platform,3,4\nedi,customs,2,many\n")
            << QStringLiteral("deps.csv:3:4: 'many' is not a number (calls_per_second)");
        QTest::newRow("decimal comma")
            << QByteArray("from,to,gb_per_month,calls_per_second\nbooking,platform,\"3,5\",4\n")
            << QStringLiteral("deps.csv:2:3: '3,5' is not a number (gb_per_month)");
        QTest::newRow("negative") << QByteArray(
            "from,to,gb_per_month,calls_per_second\nbooking,platform,-3,4\n")
                                  << QStringLiteral("deps.csv:2:3: gb_per_month must be 0 or more, not -3");
        QTest::newRow("short row") << QByteArray(
            "from,to,gb_per_month,calls_per_second\n\nbooking,platform,3\n")
                                   << QStringLiteral(
                                          "deps.csv:3:4: missing calls_per_second (the row has 3 fields)");
        QTest::newRow("empty name") << QByteArray("from,to,gb_per_month,calls_per_second\nbooking, ,3,4\n")
                                    << QStringLiteral("deps.csv:2:2: empty workload name (to)");
        QTest::newRow("itself") << QByteArray("from,to,gb_per_month,calls_per_second\nbooking,booking,3,4\n")
                                << QStringLiteral("deps.csv:2:2: 'booking' depends on itself");
    }

    void csvErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("deps.csv"), bytes);
        QString error;
        QVERIFY(!readDependencyCsv(path, &error));
        QCOMPARE(error, dir.path() + QLatin1Char('/') + message);
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!readDependencyCsv(QStringLiteral("/nonexistent/deps.csv"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/deps.csv: ")), qPrintable(error));
    }

    void flowsFeedChattinessAndCrossCloudFigures()
    {
        const Analysis none = demoWithFlows({});
        QCOMPARE(none.status, Analysis::Status::Ok);
        const WorkloadPlanRow* bookingBefore = workload(none.plan, QStringLiteral("booking"));
        QVERIFY(bookingBefore);
        QCOMPARE(bookingBefore->risk.target, Cloud::Aws);
        QCOMPARE(factor(bookingBefore->risk, RiskFactor::CrossCloudChattiness).score, 1); // unknown
        QVERIFY(none.plan.crossCloudFlows.empty());

        // platform (stays on Azure) sends 2000 GB a month to booking; booking calls customs (also staying)
        // 5 times a second; tracking and edi both stay: their flow never crosses.
        const Analysis analysis
            = demoWithFlows({ { QStringLiteral("platform"), QStringLiteral("booking"), 2000.0, 150.0 },
                { QStringLiteral("booking"), QStringLiteral("customs"), 10.0, 5.0 },
                { QStringLiteral("tracking"), QStringLiteral("edi"), 5000.0, 500.0 } });
        QCOMPARE(analysis.status, Analysis::Status::Ok);
        const WorkloadPlanRow* booking = workload(analysis.plan, QStringLiteral("booking"));
        QVERIFY(booking);
        const RiskContribution& chatty = factor(booking->risk, RiskFactor::CrossCloudChattiness);
        QCOMPARE(chatty.score, 3);
        QCOMPARE(chatty.evidence,
            QStringLiteral("2 flows across clouds (platform, customs): 155.0 calls/s, 2010 GB/month"));
        QVERIFY(booking->risk.score > bookingBefore->risk.score);
        // Staying workloads score 0 whatever they call: nothing of theirs moves.
        QCOMPARE(factor(workload(analysis.plan, QStringLiteral("tracking"))->risk,
                     RiskFactor::CrossCloudChattiness)
                     .score,
            0);

        QCOMPARE(analysis.plan.crossCloudFlows.size(), std::size_t(2));
        const CrossCloudFlow& in = analysis.plan.crossCloudFlows[0];
        QCOMPARE(in.flow.from, QStringLiteral("platform"));
        // Months 3..35 of the 36-month horizon; half of booking has moved in month 3.
        QCOMPARE(in.months.size(), std::size_t(33));
        QCOMPARE(in.months[0].month, 3);
        QCOMPARE(in.months[0].share, 0.5);
        QCOMPARE(in.months[1].share, 1.0);
        // Data leaving Azure: 2000 GB at the assumed 0.087 USD/GB, half of it in the first month.
        QCOMPARE(in.months[0].egress, Micros { 87'000'000 });
        QCOMPARE(in.months[1].egress, Micros { 174'000'000 });
        QCOMPARE(in.egressTotal, Micros { 87'000'000 + 32 * 174'000'000LL });
        QVERIFY(in.months[1].rttMs > 0.0);
        QVERIFY(in.notes.isEmpty());
        // The same months in the other direction, billed at AWS's egress price instead.
        const CrossCloudFlow& out = analysis.plan.crossCloudFlows[1];
        QCOMPARE(out.flow.to, QStringLiteral("customs"));
        QCOMPARE(out.months.size(), std::size_t(33));
        QVERIFY(out.months[1].rttMs > 0.0);
        QVERIFY(out.months[1].egress > 0);
    }

    void weightsReachTheScores()
    {
        RiskWeights withoutLockIn;
        withoutLockIn.setWeight(RiskFactor::PaasLockIn, 0.0);
        const Analysis analysis = demoWithFlows({}, withoutLockIn);
        const Analysis defaults = demoWithFlows({});
        QCOMPARE(analysis.plan.risk.weights, withoutLockIn);
        const WorkloadPlanRow* booking = workload(analysis.plan, QStringLiteral("booking"));
        const WorkloadPlanRow* before = workload(defaults.plan, QStringLiteral("booking"));
        const RiskContribution& lockIn = factor(booking->risk, RiskFactor::PaasLockIn);
        QCOMPARE(lockIn.weight, 0.0);
        QCOMPARE(lockIn.contribution, 0.0);
        QCOMPARE(lockIn.score, factor(before->risk, RiskFactor::PaasLockIn).score);
        // The other factors share the 100 points: the score is their weighted levels over their weights.
        double points = 0.0;
        for (const RiskContribution& c : booking->risk.factors)
            points += c.weight * c.score;
        QCOMPARE(booking->risk.score, std::round(1000.0 * points / (3.0 * withoutLockIn.total())) / 10.0);
    }
};

QTEST_GUILESS_MAIN(TestRiskDependencies)
#include "tst_riskdependencies.moc"
