// Each kind of Azure meter priced on a target cloud: its unit conversion, the target product and unit
// price, the cost, the confidence and the reason.

#include "billedresource.h"
#include "catalog/catalog.h"
#include "mapping/resourcepricer.h"

#include <QTest>

Q_DECLARE_METATYPE(cloudshift::Resource)

using namespace cloudshift;
using namespace Qt::Literals::StringLiterals;

class TestPricedLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void line_data()
    {
        QTest::addColumn<Cloud>("target");
        QTest::addColumn<Resource>("resource");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("azureQuantity"); // normalised
        QTest::addColumn<QString>("azureUnit");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<double>("usdPerUnit");
        QTest::addColumn<double>("cost");
        QTest::addColumn<Confidence>("confidence");
        QTest::addColumn<QString>("reason"); // a fragment

        const QString eastus = QStringLiteral("eastus");
        const QString weu = QStringLiteral("westeurope");
        const auto E = Confidence::Exact;
        const auto C = Confidence::Close;
        const auto A = Confidence::Approximate;
        // "100 Hours" blocks: 7.3 units are 730 hours.
        QTest::newRow("VM hours in 100-hour blocks")
            << Cloud::Aws
            << billed(eastus,
                   { { u"Virtual Machines", u"Dsv5 Series", u"D4s v5", u"100 Hours", 7.3, 140.16 } },
                   QStringLiteral("Standard_D4s_v5"))
            << u"vm-compute"_s << 730.0 << u"hours"_s << u"m6i.xlarge"_s << 0.192 << 140.16 << E
            << u"→ m6i.xlarge, us-east-1"_s;
        QTest::newRow("Windows keeps its licence")
            << Cloud::Aws
            << billed(eastus,
                   { { u"Virtual Machines", u"Dsv5 Series Windows", u"D4s v5", u"1 Hour", 730, 274.48 } },
                   QStringLiteral("Standard_D4s_v5"))
            << u"vm-compute"_s << 730.0 << u"hours"_s << u"m6i.xlarge"_s << 0.376 << 274.48 << E
            << u"Windows, licence included"_s;
        QTest::newRow("spot hours at the spot price")
            << Cloud::Aws
            << billed(eastus,
                   { { u"Virtual Machines", u"Dsv5 Series", u"D4s v5 Spot", u"1 Hour", 100, 3.0, u"Usage",
                       u"Spot" } },
                   QStringLiteral("Standard_D4s_v5"))
            << u"vm-compute"_s << 100.0 << u"hours"_s << u"m6i.xlarge"_s << 0.0845 << 8.45 << C
            << u"spot price of 2024-08-09"_s;
        QTest::newRow("reserved hours at a 1-year commitment")
            << Cloud::Aws
            << billed(eastus,
                   { { u"Virtual Machines", u"Dsv5 Series", u"D4s v5", u"1 Hour", 1000, 0.0, u"Usage",
                       u"Reservation" } },
                   QStringLiteral("Standard_D4s_v5"))
            // 0.192 × (1 - 0.3847) = 0.118138 (rounded to micro-USD)
            << u"vm-compute"_s << 1000.0 << u"hours"_s << u"m6i.xlarge"_s << 0.118138 << 118.138 << C
            << u"1-year standard reserved, no upfront, 38.47 % off"_s;
        QTest::newRow("Premium SSD disk tier")
            << Cloud::Gcp
            << billed(weu,
                   { { u"Storage", u"Premium SSD Managed Disks", u"P10 LRS Disk", u"1/Month", 1, 19.71 } })
            // 128 GiB × 0.11 pd-balanced europe-west4
            << u"disk"_s << 1.0 << u"units/month"_s << u"pd-balanced 128 GiB"_s << 14.08 << 14.08 << C
            << u"P10 (128 GiB, 500 IOPS, 100 MB/s) → pd-balanced 128 GiB"_s;
        QTest::newRow("P30 adds gp3 IOPS and throughput")
            << Cloud::Aws
            << billed(eastus,
                   { { u"Storage", u"Premium SSD Managed Disks", u"P30 LRS Disk", u"1/Month", 1, 135.17 } })
            // 1024 × 0.08 + 2000 × 0.005 + 75 × 0.04
            << u"disk"_s << 1.0 << u"units/month"_s << u"gp3 1024 GiB +2000 IOPS +75 MB/s"_s << 94.92 << 94.92
            << C << u"P30"_s;
        QTest::newRow("small Standard HDD on gp3")
            << Cloud::Aws
            << billed(eastus,
                   { { u"Storage", u"Standard HDD Managed Disks", u"S4 LRS Disk", u"1/Month", 2, 3.0 } })
            << u"disk"_s << 2.0 << u"units/month"_s << u"gp3 32 GiB"_s << 2.56 << 5.12 << C
            << u"st1 starts at 125 GiB"_s;
        QTest::newRow("hot LRS blob") << Cloud::Aws
                                      << billed(eastus,
                                             { { u"Storage", u"Tiered Block Blob", u"Hot LRS Data Stored",
                                                 u"1 GB/Month", 1000, 18.4 } })
                                      << u"blob-capacity"_s << 1000.0 << u"GB-month"_s << u"S3 Standard"_s
                                      << 0.023 << 23.0 << C << u"Blob hot → S3 Standard"_s;
        QTest::newRow("geo-redundant blob keeps two copies")
            << Cloud::Aws
            << billed(eastus,
                   { { u"Storage", u"Tiered Block Blob", u"Cool GRS Data Stored", u"1 GB/Month", 1000,
                       20.0 } })
            << u"blob-capacity"_s << 1000.0 << u"GB-month"_s << u"S3 Standard-IA"_s << 0.0125 << 25.0 << C
            << u"Cross-Region Replication"_s;
        QTest::newRow("geo-redundant blob → dual-region bucket")
            << Cloud::Gcp
            << billed(weu,
                   { { u"Storage", u"Tiered Block Blob", u"Hot GRS Data Stored", u"1 GB/Month", 100, 4.0 } })
            << u"blob-capacity"_s << 100.0 << u"GB-month"_s << u"Cloud Storage Standard dual-region eur4"_s
            << 0.044 << 4.4 << C << u"dual-region bucket"_s;
        // "10K" blocks: 50 units are 500,000 operations, 50 × 0.05 per 10K on Cloud Storage.
        QTest::newRow("write operations in 10K blocks")
            << Cloud::Gcp
            << billed(weu,
                   { { u"Storage", u"Tiered Block Blob", u"Hot LRS Write Operations", u"10K", 50, 2.75 } })
            << u"blob-operations"_s << 500000.0 << u"operations"_s
            << u"Cloud Storage Standard Class A operations"_s << 0.05 << 2.5 << C
            << u"Blob hot write operations"_s;
        QTest::newRow("internet egress tiers")
            << Cloud::Aws
            << billed(eastus, { { u"Bandwidth", u"", u"Standard Data Transfer Out", u"1 GB", 20000, 1600 } })
            // 10240 GB at 0.09 + 9760 GB at 0.085
            << u"egress"_s << 20000.0 << u"GB"_s << u"internet egress"_s << 0.09 << 1751.2 << C
            << u"tiers applied"_s;
        QTest::newRow("Log Analytics ingestion")
            << Cloud::Gcp
            << billed(
                   weu, { { u"Log Analytics", u"", u"Pay-as-you-go Data Ingestion", u"1 GB", 100, 276.0 } })
            << u"service"_s << 100.0 << u"GB"_s << u"logs-ingestion"_s << 0.5 << 50.0 << C
            << u"Cloud Logging"_s;
        QTest::newRow("AKS uptime SLA")
            << Cloud::Aws
            << billed(eastus,
                   { { u"Azure Kubernetes Service", u"Standard", u"Standard Uptime SLA", u"1 Hour", 730,
                       73.0 } })
            << u"service"_s << 730.0 << u"hours"_s << u"k8s-cluster"_s << 0.1 << 73.0 << E << u"EKS"_s;
        QTest::newRow("PostgreSQL vCores") << Cloud::Aws
                                           << billed(eastus,
                                                  { { u"Azure Database for PostgreSQL",
                                                      u"Flexible Server General Purpose Dsv5 Series Compute",
                                                      u"vCore", u"1 Hour", 1460, 150.0 } })
                                           // db.m6i.large postgres 0.178 / 2 vCPU
                                           << u"db-compute"_s << 1460.0 << u"hours"_s << u"db.m6i.large"_s
                                           << 0.089 << 129.94 << C << u"PostgreSQL General Purpose"_s;
        QTest::newRow("SQL Database vCores are an estimate")
            << Cloud::Aws
            << billed(eastus,
                   { { u"SQL Database", u"Single/Elastic Pool General Purpose - Compute Gen5", u"vCore",
                       u"1 Hour", 730, 370.0 } })
            << u"db-compute"_s << 730.0 << u"hours"_s << u"db.m6i.large"_s << 0.255 << 186.15 << A
            << u"SQL Server estimated"_s;
        QTest::newRow("SQL DTU objective in vCores")
            << Cloud::Aws
            << billed(eastus, { { u"SQL Database", u"Single Database", u"S2 DTUs", u"1 Hour", 730, 1095.0 } })
            // 50 DTU ≈ 0.5 vCore: 365 vCPU-hours at 0.255
            << u"db-compute"_s << 730.0 << u"hours"_s << u"db.m6i.large"_s << 0.255 << 93.075 << A
            << u"S2 = 50 DTU ≈ 0.5 vCore"_s;
        QTest::newRow("server-hours of 2 vCores")
            << Cloud::Gcp
            << billed(eastus,
                   { { u"Azure Database for MySQL", u"Flexible Server General Purpose Ddsv4 Series Compute",
                       u"2 vCore", u"1 Hour", 730, 180.0 } })
            // Cloud SQL 0.0413 per vCPU-hour + 4 GB × 0.007 per GB-hour, for 1460 vCPU-hours
            << u"db-compute"_s << 730.0 << u"hours"_s << u"Enterprise vCPU + 4 GB"_s << 0.0693 << 101.178 << C
            << u"list price of us-central1"_s;
        QTest::newRow("Cosmos DB throughput is an estimate")
            << Cloud::Aws
            << billed(eastus, { { u"Azure Cosmos DB", u"", u"100 RU/s", u"1 Hour", 730, 5.84 } })
            << u"service"_s << 730.0 << u"hours"_s << u"provisioned capacity"_s << 0.013 << 9.49 << A
            << u"50 RCU + 10 WCU"_s;
    }

    void line()
    {
        QFETCH(Cloud, target);
        QFETCH(Resource, resource);
        QFETCH(QString, kind);
        QFETCH(double, azureQuantity);
        QFETCH(QString, azureUnit);
        QFETCH(QString, sku);
        QFETCH(double, usdPerUnit);
        QFETCH(double, cost);
        QFETCH(Confidence, confidence);
        QFETCH(QString, reason);
        static const ResourcePricer pricer(Catalog::embedded());
        const TargetPricing pricing = pricer.price(resource, target);
        QCOMPARE(pricing.lines.size(), std::size_t(1));
        const PricedLine& line = pricing.lines.front();
        QCOMPARE(meterKindId(line.kind), kind);
        QCOMPARE(line.azureQuantity, azureQuantity);
        QCOMPARE(line.azureUnit, azureUnit);
        QCOMPARE(line.sku, sku);
        QVERIFY2(qFuzzyCompare(line.usdPerUnit, usdPerUnit),
            qPrintable(QString::number(line.usdPerUnit, 'g', 12)));
        QCOMPARE(line.total, microsFromDouble(cost));
        QCOMPARE(confidenceId(line.confidence), confidenceId(confidence));
        QVERIFY2(line.reason.contains(reason), qPrintable(line.reason));
        QVERIFY2(Catalog::embedded().source(line.source), qPrintable(line.source));
        QCOMPARE(pricing.total, line.total);
        QCOMPARE(pricing.carriedOver, Micros(0));
        QCOMPARE(pricing.azureCostAt(confidence), resource.totalCost);
    }
};

QTEST_GUILESS_MAIN(TestPricedLines)
#include "tst_pricedlines.moc"
