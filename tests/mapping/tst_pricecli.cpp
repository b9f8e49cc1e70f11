// The price, map and catalog verbs of the real executable: documented JSON, exit codes and messages,
// and imported price files changing what price reports, with their date.

#include "shareddata.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestPriceCli : public QObject
{
    Q_OBJECT

private:
    // Imported prices persist under the data folder: each run of this test gets its own.
    QTemporaryDir m_dataHome;

    Run cloudshift(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, m_dataHome.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLOUDSHIFT_EXE), arguments);
        process.waitForFinished(300'000);
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError() };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dataHome.isValid()); }

    void price_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("usd");
        QTest::addColumn<double>("vcpu");
        QTest::addColumn<double>("memory");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("asOf");
        QTest::newRow("aws linux") << QStringList { u"--cloud"_s, u"aws"_s, u"--region"_s, u"us-east-1"_s,
            u"--sku"_s, u"m6i.xlarge"_s }
                                   << u"m6i.xlarge"_s << u"us-east-1"_s << 0.192 << 4.0 << 16.0
                                   << u"aws-karpenter"_s << u"2026-07-20"_s;
        QTest::newRow("azure windows, billing spellings")
            << QStringList { u"--cloud"_s, u"azure"_s, u"--region"_s, u"US East"_s, u"--sku"_s, u"D4s v5"_s,
                   u"--os"_s, u"windows"_s }
            << u"Standard_D4s_v5"_s << u"eastus"_s << 0.376 << 4.0 << 16.0 << u"azure-karpenter"_s
            << u"2026-06-18"_s;
        QTest::newRow("gcp windows") << QStringList { u"--cloud"_s, u"gcp"_s, u"--region"_s, u"us-central1"_s,
            u"--sku"_s, u"n2-standard-4"_s, u"--os"_s, u"windows"_s }
                                     << u"n2-standard-4"_s << u"us-central1"_s << 0.378236 << 4.0 << 16.0
                                     << u"gcp-cyclenerd"_s << u"2026-07-30"_s;
        QTest::newRow("aws outside us-east-1") << QStringList { u"--cloud"_s, u"aws"_s, u"--region"_s,
            u"eu-west-1"_s, u"--sku"_s, u"m6i.xlarge"_s }
                                               << u"m6i.xlarge"_s << u"eu-west-1"_s << 0.214 << 4.0 << 16.0
                                               << u"aws-coroot"_s << u"2024-08-09"_s;
    }

    void price()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, sku);
        QFETCH(QString, region);
        QFETCH(double, usd);
        QFETCH(double, vcpu);
        QFETCH(double, memory);
        QFETCH(QString, source);
        QFETCH(QString, asOf);
        const Run run = cloudshift(QStringList { u"price"_s } + arguments + QStringList { u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList { u"as_of"_s, u"cloud"_s, u"memory_gib"_s, u"os"_s, u"region"_s, u"sku"_s,
                u"source"_s, u"usd_per_hour"_s, u"vcpu"_s }));
        QCOMPARE(json[u"sku"_s].toString(), sku);
        QCOMPARE(json[u"region"_s].toString(), region);
        QCOMPARE(json[u"usd_per_hour"_s].toDouble(), usd);
        QCOMPARE(json[u"vcpu"_s].toDouble(), vcpu);
        QCOMPARE(json[u"memory_gib"_s].toDouble(), memory);
        QCOMPARE(json[u"source"_s].toString(), source);
        QCOMPARE(json[u"as_of"_s].toString(), asOf);
    }

    void priceWindowsByRule()
    {
        const Run run = cloudshift({ u"price"_s, u"--cloud"_s, u"aws"_s, u"--region"_s, u"us-east-1"_s,
            u"--sku"_s, u"t3.xlarge"_s, u"--os"_s, u"windows"_s, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"usd_per_hour"_s].toDouble(), 0.3504);
        QVERIFY(run.json()[u"note"_s].toString().contains(u"Linux + 0.046 × 4 vCPU"));
    }

    void priceErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown SKU") << QStringList { u"--cloud"_s, u"aws"_s, u"--region"_s, u"us-east-1"_s,
            u"--sku"_s, u"m99.huge"_s }
                                     << 1 << u"unknown AWS SKU 'm99.huge'"_s;
        QTest::newRow("unknown region") << QStringList { u"--cloud"_s, u"gcp"_s, u"--region"_s,
            u"mars-central1"_s, u"--sku"_s, u"n2-standard-4"_s }
                                        << 1 << u"unknown Google Cloud region 'mars-central1'"_s;
        QTest::newRow("not priced there") << QStringList { u"--cloud"_s, u"gcp"_s, u"--region"_s,
            u"us-east4"_s, u"--sku"_s, u"t2a-standard-4"_s }
                                          << 1 << u"t2a-standard-4 has no price in us-east4"_s;
        QTest::newRow("unknown cloud") << QStringList { u"--cloud"_s, u"oracle"_s, u"--region"_s, u"x"_s,
            u"--sku"_s, u"y"_s } << 2 << u"--cloud must be aws, gcp or azure"_s;
        QTest::newRow("missing sku") << QStringList { u"--cloud"_s, u"aws"_s, u"--region"_s, u"us-east-1"_s }
                                     << 2 << u"--region and --sku are required"_s;
        QTest::newRow("bad os") << QStringList { u"--cloud"_s, u"aws"_s, u"--region"_s, u"us-east-1"_s,
            u"--sku"_s, u"m6i.xlarge"_s, u"--os"_s, u"beos"_s }
                                << 2 << u"--os must be linux or windows"_s;
    }

    void priceErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = cloudshift(QStringList { u"price"_s } + arguments + QStringList { u"--json"_s });
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void map()
    {
        const Run run = cloudshift(
            { u"map"_s, u"--azure-sku"_s, u"Standard_D4s_v5"_s, u"--region"_s, u"eastus"_s, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        const QJsonObject azure = json[u"azure"_s].toObject();
        QCOMPARE(azure[u"sku"_s].toString(), u"Standard_D4s_v5"_s);
        QCOMPARE(azure[u"vcpu"_s].toDouble(), 4.0);
        QCOMPARE(azure[u"memory_gib"_s].toDouble(), 16.0);
        QCOMPARE(azure[u"usd_per_hour"_s].toDouble(), 0.192);
        const struct
        {
            const char16_t* cloud;
            const char16_t* sku;
            const char16_t* region;
            double usd;
        } expected[] = { { u"aws", u"m6i.xlarge", u"us-east-1", 0.192 },
            { u"gcp", u"n2-standard-4", u"us-east4", 0.218756 } };
        for (const auto& e : expected) {
            const QJsonObject target = json[QString::fromUtf16(e.cloud)].toObject();
            QCOMPARE(target[u"sku"_s].toString(), QString::fromUtf16(e.sku));
            QCOMPARE(target[u"region"_s].toString(), QString::fromUtf16(e.region));
            QCOMPARE(target[u"usd_per_hour"_s].toDouble(), e.usd);
            QCOMPARE(target[u"vcpu"_s].toDouble(), 4.0);
            QCOMPARE(target[u"memory_gib"_s].toDouble(), 16.0);
            QCOMPARE(target[u"confidence"_s].toString(), u"exact"_s);
            QVERIFY(target[u"reason"_s].toString().startsWith(u"4 vCPU 16 GiB general purpose (Dsv5) →"));
            const QJsonArray alternatives = target[u"alternatives"_s].toArray();
            QCOMPARE(alternatives.size(), 3);
            for (const auto& a : alternatives) {
                QVERIFY(!a.toObject()[u"sku"_s].toString().isEmpty());
                QVERIFY(a.toObject()[u"usd_per_hour"_s].toDouble() > 0);
                QVERIFY(!a.toObject()[u"reason"_s].toString().isEmpty());
            }
        }
    }

    void mapErrors()
    {
        Run run = cloudshift({ u"map"_s, u"--azure-sku"_s, u"Standard_Z9_v9"_s, u"--region"_s, u"eastus"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("unknown Azure VM size 'Standard_Z9_v9'"));
        run = cloudshift(
            { u"map"_s, u"--azure-sku"_s, u"Standard_D4s_v5"_s, u"--region"_s, u"Mars Central"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("unknown Azure region 'Mars Central'"));
        run = cloudshift({ u"map"_s, u"--azure-sku"_s, u"Standard_D4s_v5"_s });
        QCOMPARE(run.exitCode, 2);
    }

    // The demo's cost by confidence adds up to its total, and every line is accounted for.
    void mapDemoCoverage()
    {
        const Run run = cloudshift({ u"map"_s, u":demo"_s, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        for (const char16_t* cloud : { u"aws", u"gcp" }) {
            const QJsonObject target = run.json()[QString::fromUtf16(cloud)].toObject();
            const QJsonObject byConfidence = target[u"azure_cost_by_confidence"_s].toObject();
            double sum = 0;
            for (const auto& value : byConfidence)
                sum += value.toDouble();
            QVERIFY(qAbs(sum - target[u"azure_total"_s].toDouble()) < 0.01);
            QVERIFY2(target[u"share_close_or_better"_s].toDouble() >= 0.85, run.out.constData());
            QVERIFY(target[u"share_mapped"_s].toDouble() >= 0.96);
        }
        QCOMPARE(run.json()[u"aws"_s].toObject()[u"share_mapped"_s].toDouble(), 1.0);
    }

    // plan shows the bill's cost by mapping confidence: the same figures as map, from the same engine.
    void planCoverageMatchesMap()
    {
        const QJsonObject map = cloudshift({ u"map"_s, u":demo"_s, u"--json"_s }).json();
        const Run plan = cloudshift({ u"plan"_s, u":demo"_s, u"--json"_s });
        QCOMPARE(plan.exitCode, 0);
        const QJsonObject coverage = plan.json()[u"coverage"_s].toObject();
        for (const QString& cloud : { u"aws"_s, u"gcp"_s }) {
            const QJsonObject target = map[cloud].toObject();
            const QJsonObject shares = coverage[u"by_confidence"_s].toObject()[cloud].toObject();
            const double total = target[u"azure_total"_s].toDouble();
            double sum = 0.0;
            for (const QString& level : { u"exact"_s, u"close"_s, u"approximate"_s, u"none"_s }) {
                const double cost = target[u"azure_cost_by_confidence"_s].toObject()[level].toDouble();
                QCOMPARE(shares[level].toDouble(), std::round(cost / total * 10000.0) / 10000.0);
                sum += shares[level].toDouble();
            }
            QVERIFY(qAbs(sum - 1.0) < 0.0003);
            QCOMPARE(coverage[u"close_or_better"_s].toObject()[cloud].toDouble(),
                target[u"share_close_or_better"_s].toDouble());
        }
        const Run text = cloudshift({ u"plan"_s, u":demo"_s });
        QVERIFY2(text.out.contains("Share of the bill mapped at each confidence:"), text.out.constData());
        QVERIFY(text.out.contains("% exact, "));
    }

    // Each official sample changes the price it covers and dates it; reset returns to the embedded catalog.
    void importOfficialSamples()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(
            aws, "pricing/official-samples/aws_price_list_offer_sample_us-east-1.json");
        CLOUDSHIFT_REQUIRE_SHARED_FILE(gcp, "pricing/official-samples/gcp_cloud_billing_skus_sample.json");
        CLOUDSHIFT_REQUIRE_SHARED_FILE(azure, "pricing/official-samples/azure_retail_prices_sample.json");
        const QStringList p4d { u"price"_s, u"--cloud"_s, u"aws"_s, u"--region"_s, u"us-east-1"_s, u"--sku"_s,
            u"p4d.24xlarge"_s, u"--json"_s };
        QCOMPARE(cloudshift(p4d).json()[u"as_of"_s].toString(), u"2026-07-20"_s);

        const Run import = cloudshift({ u"catalog"_s, u"import"_s, aws, gcp, azure, u"--json"_s });
        QCOMPARE(import.exitCode, 0);
        const QJsonArray files = import.json()[u"files"_s].toArray();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files[0].toObject()[u"format"_s].toString(), u"aws-price-list-json"_s);
        QCOMPARE(files[1].toObject()[u"format"_s].toString(), u"gcp-billing-catalog"_s);
        QCOMPARE(files[2].toObject()[u"format"_s].toString(), u"azure-retail-prices"_s);

        const struct
        {
            QStringList arguments;
            double usd;
            const char16_t* asOf;
        } checks[] = {
            { p4d, 32.7726, u"2024-05-28" },
            { { u"price"_s, u"--cloud"_s, u"gcp"_s, u"--region"_s, u"us-central1"_s, u"--sku"_s,
                  u"a2-highgpu-1g"_s, u"--json"_s },
                3.673385, u"2023-03-24" },
            { { u"price"_s, u"--cloud"_s, u"azure"_s, u"--region"_s, u"northeurope"_s, u"--sku"_s,
                  u"Standard_E96_v5"_s, u"--json"_s },
                6.768, u"2021-11-01" },
        };
        for (const auto& check : checks) {
            const Run run = cloudshift(check.arguments);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.json()[u"usd_per_hour"_s].toDouble(), check.usd);
            QCOMPARE(run.json()[u"as_of"_s].toString(), QString::fromUtf16(check.asOf));
        }
        const Run sources = cloudshift({ u"catalog"_s, u"sources"_s });
        QVERIFY(sources.out.contains("2024-05-28  aws-price-list-AmazonEC2-20240528203522 (imported)"));

        // The EC2 instance record has no date of its own: the file's modification day dates its prices.
        CLOUDSHIFT_REQUIRE_SHARED_FILE(record, "pricing/official-samples/vantage_ec2_single_instance.json");
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"vantage_ec2_single_instance.json"_s);
        QVERIFY(QFile::copy(record, copy));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(
            QDateTime(QDate(2026, 7, 21), QTime(9, 0), QTimeZone::utc()), QFileDevice::FileModificationTime));
        file.close();
        const QStringList x2iedn { u"price"_s, u"--cloud"_s, u"aws"_s, u"--region"_s, u"eu-west-1"_s,
            u"--sku"_s, u"x2iedn.32xlarge"_s, u"--os"_s, u"windows"_s, u"--json"_s };
        QCOMPARE(cloudshift(x2iedn).json()[u"as_of"_s].toString(), u"2024-08-09"_s);
        const Run ec2 = cloudshift({ u"catalog"_s, u"import"_s, copy, u"--json"_s });
        QCOMPARE(ec2.exitCode, 0);
        QCOMPARE(ec2.json()[u"files"_s].toArray()[0].toObject()[u"format"_s].toString(), u"ec2-instances"_s);
        const Run windows = cloudshift(x2iedn);
        QCOMPARE(windows.json()[u"usd_per_hour"_s].toDouble(), 37.9);
        QCOMPARE(windows.json()[u"as_of"_s].toString(), u"2026-07-21"_s);
        QCOMPARE(windows.json()[u"source"_s].toString(), u"ec2instances-2026-07-21"_s);
        // The earlier imports are still there.
        QCOMPARE(cloudshift(p4d).json()[u"as_of"_s].toString(), u"2024-05-28"_s);
        // Told when the records were collected, the import dates them so and replaces the prices.
        QCOMPARE(cloudshift({ u"catalog"_s, u"import"_s, copy, u"--as-of"_s, u"2026-07-20"_s }).exitCode, 0);
        const Run collected = cloudshift(x2iedn);
        QCOMPARE(collected.json()[u"as_of"_s].toString(), u"2026-07-20"_s);
        QCOMPARE(collected.json()[u"source"_s].toString(), u"ec2instances-2026-07-20"_s);
        QCOMPARE(cloudshift({ u"catalog"_s, u"import"_s, copy, u"--as-of"_s, u"20 July"_s }).exitCode, 2);

        QCOMPARE(cloudshift({ u"catalog"_s, u"reset"_s }).exitCode, 0);
        QCOMPARE(cloudshift(p4d).json()[u"as_of"_s].toString(), u"2026-07-20"_s);
        QCOMPARE(cloudshift(x2iedn).json()[u"as_of"_s].toString(), u"2024-08-09"_s);
    }

    void importErrors()
    {
        const Run run = cloudshift(
            { u"catalog"_s, u"import"_s, QStringLiteral(CLOUDSHIFT_TEST_DATA "/exports/ea_quirks.csv") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not a price file"), run.err.constData());
        QCOMPARE(cloudshift({ u"catalog"_s, u"import"_s }).exitCode, 2);
        QCOMPARE(cloudshift({ u"catalog"_s, u"frobnicate"_s }).exitCode, 2);
    }

    void help()
    {
        const Run run = cloudshift({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        for (const char* verb : { "cloudshift price --cloud aws|gcp|azure",
                 "cloudshift map --azure-sku S --region R", "cloudshift catalog import FILE..." })
            QVERIFY2(run.out.contains(verb), verb);
    }
};

QTEST_GUILESS_MAIN(TestPriceCli)
#include "tst_pricecli.moc"
