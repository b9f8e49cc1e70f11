// Rubrics of the risk factors about data, money and operation: data gravity, licensing, commitments,
// latency, cross-cloud chattiness, size; level by level on crafted workloads.
#include "risk/riskrubrics.h"
#include "risk/storeddata.h"
#include "riskfixture.h"

#include <QTest>

using namespace cloudshift;

namespace {

WorkloadLatency latency(double before, double after)
{
    WorkloadLatency l;
    l.assessed = true;
    l.beforeMs = before;
    l.afterMs = after;
    return l;
}

} // namespace

class TestRiskDataFactors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataGravity_data()
    {
        QTest::addColumn<double>("gigabytes"); // per month, "1 GB/Month" meter
        QTest::addColumn<double>("gbps");
        QTest::addColumn<bool>("database");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("evidence");
        // 1 Gbit/s moves 450 GB an hour and 10.8 TB a day.
        QTest::newRow("100 GB")
            << 100.0 << 1.0 << false << 0
            << "largest monthly volume billed 100 GB on 1 resources: 0.2 hours at 1.0 Gbit/s";
        QTest::newRow("2 TB") << 2000.0 << 1.0 << false << 1 << "4.4 hours";
        QTest::newRow("20 TB") << 20000.0 << 1.0 << false << 2 << "1.9 days";
        QTest::newRow("100 TB") << 100000.0 << 1.0 << false << 3 << "9.3 days";
        QTest::newRow("20 TB at 10 Gbit/s") << 20000.0 << 10.0 << false << 1 << "4.4 hours at 10.0 Gbit/s";
        QTest::newRow("100 GB in SQL Database") << 100.0 << 1.0 << true << 1 << "managed database (+1";
        QTest::newRow("100 TB in SQL Database") << 100000.0 << 1.0 << true << 3 << "managed database (+1";
    }

    void dataGravity()
    {
        QFETCH(double, gigabytes);
        QFETCH(double, gbps);
        QFETCH(bool, database);
        QFETCH(int, score);
        QFETCH(QString, evidence);
        RiskFixture f;
        f.input.transferGbps = gbps;
        f.add(QStringLiteral("data"), 100,
            database ? QStringLiteral("SQL Database") : QStringLiteral("Storage"),
            QStringLiteral("1 GB/Month"), gigabytes);
        const FactorScore s = scoreDataGravity(f.input);
        QCOMPARE(s.score, score);
        QVERIFY2(s.evidence.contains(evidence), qPrintable(s.evidence));
    }

    void storedVolumes()
    {
        RiskFixture f;
        Resource& disk
            = f.add(QStringLiteral("disk"), 30, QStringLiteral("Storage"), QStringLiteral("1/Month"));
        disk.meters.back().meter.name = QStringLiteral("P30 LRS Disk");
        Resource& blob
            = f.add(QStringLiteral("blob"), 30, QStringLiteral("Storage"), QStringLiteral("100 GB/Month"));
        blob.meters.back().quantity = { 1.0, 30.0, 2.0 }; // the largest month counts: 3 000 GB
        QCOMPARE(*managedDiskGigabytes(QStringLiteral("P30 LRS Disk")), 1024 * 1.073741824);
        QCOMPARE(*managedDiskGigabytes(QStringLiteral("E10 ZRS Disk")), 128 * 1.073741824);
        QVERIFY(!managedDiskGigabytes(QStringLiteral("Hot LRS Data Stored")));
        QCOMPARE(storedData(blob, f.input.gigabytesPerUnit).monthlyGigabytes[1], 3000.0);
        QCOMPARE(storedData(disk, f.input.gigabytesPerUnit).monthlyGigabytes[0], 1024 * 1.073741824);
        const FactorScore s = scoreDataGravity(f.input);
        QVERIFY2(s.evidence.startsWith(u"largest monthly volume billed 4100 GB on 2 resources"),
            qPrintable(s.evidence));
    }

    void licensing_data()
    {
        QTest::addColumn<int>("windows");
        QTest::addColumn<double>("hybridShare");
        QTest::addColumn<QString>("sql"); // "", "paas", "vm licence"
        QTest::addColumn<int>("score");
        QTest::newRow("linux only") << 0 << 0.0 << "" << 0;
        QTest::newRow("windows licence included") << 2 << 0.0 << "" << 1;
        QTest::newRow("sql database") << 0 << 0.0 << "paas" << 2;
        QTest::newRow("sql server licence on a vm") << 0 << 0.0 << "vm licence" << 2;
        QTest::newRow("hybrid 40 %") << 0 << 0.4 << "" << 2;
        QTest::newRow("hybrid 60 %") << 0 << 0.6 << "" << 3;
        QTest::newRow("hybrid 10 % with sql") << 0 << 0.1 << "paas" << 3;
    }

    void licensing()
    {
        QFETCH(int, windows);
        QFETCH(double, hybridShare);
        QFETCH(QString, sql);
        QFETCH(int, score);
        RiskFixture f;
        for (int i = 0; i < windows; ++i)
            f.vm(QStringLiteral("win-%1").arg(i), 100, Confidence::Exact).windows = true;
        if (hybridShare > 0)
            f.vm(QStringLiteral("ahb"), 1000 * hybridShare, Confidence::Exact).hybridBenefit = true;
        Resource& plain = f.vm(QStringLiteral("linux"), 1000 * (1 - hybridShare), Confidence::Exact);
        if (sql == u"paas")
            f.add(QStringLiteral("sqldb"), 50, QStringLiteral("SQL Database"));
        if (sql == u"vm licence")
            RiskFixture::meter(plain, QStringLiteral("Virtual Machines Licenses"),
                QStringLiteral("SQL Server Standard"), QStringLiteral("1 Hour"), 20, 730);
        const FactorScore s = scoreLicensing(f.input);
        QCOMPARE(s.score, score);
        if (score == 0)
            QCOMPARE(s.evidence, QStringLiteral("no Windows or SQL Server licence billed"));
        if (hybridShare > 0)
            QVERIFY2(s.evidence.contains(u"Azure Hybrid Benefit on 1 resources"), qPrintable(s.evidence));
    }

    void strandedCommitments_data()
    {
        QTest::addColumn<int>("covered"); // resources with a reservation line (billed at 0, actual cost)
        QTest::addColumn<int>("resources");
        QTest::addColumn<double>("savingsPlanCost"); // amortised commitment cost on one more resource
        QTest::addColumn<int>("score");
        QTest::newRow("none") << 0 << 10 << 0.0 << 0;
        QTest::newRow("1 of 20") << 1 << 20 << 0.0 << 1;
        QTest::newRow("3 of 10") << 3 << 10 << 0.0 << 2;
        QTest::newRow("6 of 10") << 6 << 10 << 0.0 << 3;
        QTest::newRow("most of the cost") << 0 << 19 << 5000.0 << 3;
    }

    void strandedCommitments()
    {
        QFETCH(int, covered);
        QFETCH(int, resources);
        QFETCH(double, savingsPlanCost);
        QFETCH(int, score);
        RiskFixture f;
        for (int i = 0; i < resources; ++i) {
            Resource& r = f.vm(QStringLiteral("vm-%1").arg(i), 100, Confidence::Exact);
            if (i < covered)
                RiskFixture::meter(r, QStringLiteral("Virtual Machines"), QStringLiteral("D4s v5"),
                    QStringLiteral("1 Hour"), 0, 730, QStringLiteral("Reservation"));
        }
        if (savingsPlanCost > 0) {
            Resource& r = f.vm(QStringLiteral("vm-sp"), 0, Confidence::Exact);
            RiskFixture::meter(r, QStringLiteral("Virtual Machines"), QStringLiteral("D4s v5"),
                QStringLiteral("1 Hour"), savingsPlanCost, 730, QStringLiteral("SavingsPlan"));
            r.totalCost = RiskFixture::units(savingsPlanCost);
        }
        const FactorScore s = scoreStrandedCommitments(f.input);
        QCOMPARE(s.score, score);
        if (score == 0)
            QCOMPARE(s.evidence, QStringLiteral("no reservation or savings plan in the bill"));
        else
            QVERIFY2(s.evidence.contains(u"keeps running on Azure"), qPrintable(s.evidence));
    }

    void latencyIncrease_data()
    {
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("after");
        QTest::addColumn<int>("score");
        QTest::newRow("faster") << 20.0 << 10.0 << 0;
        QTest::newRow("+4.9 ms") << 1.0 << 5.9 << 0;
        QTest::newRow("+10 ms") << 1.0 << 11.0 << 1;
        QTest::newRow("+30 ms") << 1.0 << 31.0 << 2;
        QTest::newRow("+80 ms") << 1.0 << 81.0 << 3;
    }

    void latencyIncrease()
    {
        QFETCH(double, before);
        QFETCH(double, after);
        QFETCH(int, score);
        RiskFixture f;
        f.add(QStringLiteral("x"), 1);
        f.input.latency = latency(before, after);
        const FactorScore s = scoreLatencyIncrease(f.input);
        QCOMPARE(s.score, score);
        QVERIFY2(
            s.evidence.startsWith(QStringLiteral("share-weighted %1 → %2 ms")
                                      .arg(QString::number(before, 'f', 1), QString::number(after, 'f', 1))),
            qPrintable(s.evidence));
    }

    void latencyNotAssessable()
    {
        RiskFixture f;
        f.add(QStringLiteral("x"), 1);
        f.input.latency.notes << QStringLiteral("no Azure region known for the workload");
        const FactorScore s = scoreLatencyIncrease(f.input);
        QCOMPARE(s.score, 1);
        QCOMPARE(s.evidence, QStringLiteral("not assessable: no Azure region known for the workload"));
    }

    void crossCloudChattiness_data()
    {
        QTest::addColumn<bool>("known");
        QTest::addColumn<double>("calls");
        QTest::addColumn<double>("gigabytes");
        QTest::addColumn<bool>("crosses");
        QTest::addColumn<int>("score");
        QTest::newRow("no dependency list") << false << 0.0 << 0.0 << true << 1;
        QTest::newRow("nothing crosses") << true << 500.0 << 5000.0 << false << 0;
        QTest::newRow("light") << true << 5.0 << 50.0 << true << 1;
        QTest::newRow("20 calls/s") << true << 20.0 << 10.0 << true << 2;
        QTest::newRow("500 GB/month") << true << 1.0 << 500.0 << true << 2;
        QTest::newRow("150 calls/s") << true << 150.0 << 10.0 << true << 3;
        QTest::newRow("1.5 TB/month") << true << 1.0 << 1500.0 << true << 3;
    }

    void crossCloudChattiness()
    {
        QFETCH(bool, known);
        QFETCH(double, calls);
        QFETCH(double, gigabytes);
        QFETCH(bool, crosses);
        QFETCH(int, score);
        RiskFixture f;
        f.add(QStringLiteral("x"), 1);
        if (known) // two flows of half each, so the rubric sums them
            f.input.scenario.dependencies = std::vector<WorkloadDependency> {
                { QStringLiteral("billing"), gigabytes / 2, calls / 2, crosses },
                { QStringLiteral("crm"), gigabytes / 2, calls / 2, crosses }
            };
        const FactorScore s = scoreCrossCloudChattiness(f.input);
        QCOMPARE(s.score, score);
        if (!known)
            QVERIFY(s.evidence.startsWith(u"no dependency list"));
        else if (crosses)
            QVERIFY2(s.evidence.startsWith(u"2 flows across clouds (billing, crm)"), qPrintable(s.evidence));
    }

    void sizeShare_data()
    {
        QTest::addColumn<double>("cost"); // of an estate of 100 000
        QTest::addColumn<int>("resources");
        QTest::addColumn<int>("score");
        QTest::newRow("1 %, 5 resources") << 1000.0 << 5 << 0;
        QTest::newRow("5 %") << 5000.0 << 5 << 1;
        QTest::newRow("1 %, 11 resources") << 1000.0 << 11 << 1;
        QTest::newRow("15 %") << 15000.0 << 5 << 2;
        QTest::newRow("1 %, 60 resources") << 1000.0 << 60 << 2;
        QTest::newRow("30 %") << 30000.0 << 5 << 3;
        QTest::newRow("1 %, 201 resources") << 1000.0 << 201 << 3;
    }

    void sizeShare()
    {
        QFETCH(double, cost);
        QFETCH(int, resources);
        QFETCH(int, score);
        RiskFixture f;
        for (int i = 0; i < resources; ++i)
            f.add(QStringLiteral("r%1").arg(i), cost / resources);
        const FactorScore s = scoreSizeShare(f.input);
        QCOMPARE(s.score, score);
        QVERIFY2(s.evidence.endsWith(QStringLiteral("%1 resources").arg(resources)), qPrintable(s.evidence));
    }
};

QTEST_GUILESS_MAIN(TestRiskDataFactors)
#include "tst_riskdatafactors.moc"
