// The non-VM part of the embedded catalog: unit rates of disks, object storage, egress, databases and
// services read back exactly as compiled from the data files, how a region without its own price falls
// back, and the service tables (equivalence, disk tiers, App Service plans, reserved-term discounts).

#include "catalog/catalog.h"

#include <QTest>

using namespace cloudshift;
using namespace Qt::Literals::StringLiterals;

namespace {

const Catalog& catalog()
{
    return Catalog::embedded();
}

} // namespace

class TestCatalogRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(catalog().isValid(), qPrintable(catalog().errorString())); }

    void rate_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<RateScope>("scope");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("date");

        const auto R = RateScope::Region;
        const auto Ref = RateScope::Reference;
        const auto G = RateScope::Global;
        // gcp_storage_prices.csv
        QTest::newRow("PD balanced europe-west4")
            << Cloud::Gcp << u"block"_s << u"pd-balanced"_s << u"europe-west4"_s << 0.11 << u"GB-month"_s << R
            << u"gcp-cyclenerd-services"_s << u"2026-07-30"_s;
        QTest::newRow("PD SSD us-east4")
            << Cloud::Gcp << u"block"_s << u"pd-ssd"_s << u"us-east4"_s << 0.187 << u"GB-month"_s << R
            << u"gcp-cyclenerd-services"_s << u"2026-07-30"_s;
        QTest::newRow("PD standard us-central1")
            << Cloud::Gcp << u"block"_s << u"pd-standard"_s << u"us-central1"_s << 0.04 << u"GB-month"_s << R
            << u"gcp-cyclenerd-services"_s << u"2026-07-30"_s;
        QTest::newRow("GCS standard us-east4")
            << Cloud::Gcp << u"object"_s << u"standard"_s << u"us-east4"_s << 0.023 << u"GB-month"_s << R
            << u"gcp-cyclenerd-services"_s << u"2026-07-30"_s;
        QTest::newRow("GCS nearline europe-west4")
            << Cloud::Gcp << u"object"_s << u"nearline"_s << u"europe-west4"_s << 0.01 << u"GB-month"_s << R
            << u"gcp-cyclenerd-services"_s << u"2026-07-30"_s;
        QTest::newRow("GCS dual-region")
            << Cloud::Gcp << u"object"_s << u"standard-dual"_s << u"eur4"_s << 0.044 << u"GB-month"_s << R
            << u"gcp-cyclenerd-services"_s << u"2026-07-30"_s;
        QTest::newRow("nearline retrieval")
            << Cloud::Gcp << u"operation"_s << u"nearline:retrieval"_s << u"europe-west4"_s << 0.01 << u"GB"_s
            << R << u"gcp-cyclenerd-services"_s << u"2026-07-30"_s;
        // reference_list_prices.csv: one US reference region, used elsewhere as an estimate.
        QTest::newRow("EBS gp3") << Cloud::Aws << u"block"_s << u"gp3"_s << u"us-east-1"_s << 0.08
                                 << u"GB-month"_s << Ref << u"reference-list-prices"_s << u"2026"_s;
        QTest::newRow("EBS gp3 elsewhere") << Cloud::Aws << u"block"_s << u"gp3"_s << u"eu-west-2"_s << 0.08
                                           << u"GB-month"_s << Ref << u"reference-list-prices"_s << u"2026"_s;
        QTest::newRow("S3 standard") << Cloud::Aws << u"object"_s << u"s3-standard"_s << u"us-east-1"_s
                                     << 0.023 << u"GB-month"_s << Ref << u"reference-list-prices"_s
                                     << u"2026"_s;
        QTest::newRow("S3 deep archive")
            << Cloud::Aws << u"object"_s << u"s3-deep-archive"_s << u"us-east-1"_s << 0.00099 << u"GB-month"_s
            << Ref << u"reference-list-prices"_s << u"2026"_s;
        QTest::newRow("Cloud SQL vCPU")
            << Cloud::Gcp << u"database"_s << u"cloudsql-vcpu"_s << u"europe-west4"_s << 0.0413
            << u"vCPU-hour"_s << Ref << u"reference-list-prices"_s << u"2026"_s;
        // aws_rds_prices.csv
        QTest::newRow("RDS postgres")
            << Cloud::Aws << u"db-instance"_s << u"postgres:db.m5.large"_s << u"us-east-1"_s << 0.178
            << u"hour"_s << R << u"aws-rds-coroot"_s << u"2024-08-09"_s;
        QTest::newRow("RDS mysql multi-AZ")
            << Cloud::Aws << u"db-instance"_s << u"mysql-multi-az:db.m6i.xlarge"_s << u"eu-west-2"_s << 0.792
            << u"hour"_s << R << u"aws-rds-coroot"_s << u"2024-08-09"_s;
        // vantage_ec2_single_instance.json: (linuxSQL - linux) / 128 vCPU
        QTest::newRow("SQL Server Standard licence")
            << Cloud::Aws << u"database"_s << u"sqlserver-standard-license"_s << u"eu-west-1"_s << 0.12
            << u"vCPU-hour"_s << G << u"aws-vantage-sample"_s << u"2026-07-20"_s;
        // cyclenerd_pricing.yml compute.network
        QTest::newRow("GCP VPN tunnel")
            << Cloud::Gcp << u"service"_s << u"vpn-connection"_s << u"us-east4"_s << 0.055 << u"hour"_s << R
            << u"gcp-cyclenerd-services"_s << u"2026-07-30"_s;
        QTest::newRow("GCP external IP")
            << Cloud::Gcp << u"service"_s << u"public-ipv4"_s << u"europe-west2"_s << 0.005 << u"hour"_s << R
            << u"gcp-cyclenerd-services"_s << u"2026-07-30"_s;
        // tools/data/list_prices.csv
        QTest::newRow("CloudWatch Logs")
            << Cloud::Aws << u"service"_s << u"logs-ingestion"_s << u"eu-west-2"_s << 0.5 << u"GB"_s << Ref
            << u"cloudshift-list-prices"_s << u"2026"_s;
        QTest::newRow("Cloud Logging")
            << Cloud::Gcp << u"service"_s << u"logs-ingestion"_s << u"europe-west4"_s << 0.5 << u"GB"_s << G
            << u"cloudshift-list-prices"_s << u"2026"_s;
        QTest::newRow("S3 PUT per 10K")
            << Cloud::Aws << u"operation"_s << u"s3-standard:write"_s << u"us-east-1"_s << 0.05 << u"10K"_s
            << Ref << u"cloudshift-list-prices"_s << u"2026"_s;
    }

    void rate()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, kind);
        QFETCH(QString, product);
        QFETCH(QString, region);
        QFETCH(double, usd);
        QFETCH(QString, unit);
        QFETCH(RateScope, scope);
        QFETCH(QString, source);
        QFETCH(QString, date);
        const std::optional<Rate> rate = catalog().rate(cloud, kind, product, region);
        QVERIFY(rate);
        QVERIFY2(rate->usd == usd, qPrintable(QString::number(rate->usd, 'g', 17)));
        QCOMPARE(rate->unit, unit);
        QCOMPARE(rate->scope, scope);
        QCOMPARE(rate->source, source);
        QCOMPARE(rate->sourceDate, date);
        QVERIFY(catalog().source(rate->source));
    }

    void egressTiers_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QList<double>>("starts");
        QTest::addColumn<QList<double>>("prices");

        QTest::newRow("AWS London") << Cloud::Aws << u"internet"_s << u"eu-west-2"_s
                                    << QList<double> { 0, 10240, 51200, 153600 }
                                    << QList<double> { 0.09, 0.085, 0.07, 0.05 };
        QTest::newRow("GCP Premium Netherlands")
            << Cloud::Gcp << u"internet-premium"_s << u"europe-west4"_s << QList<double> { 0, 1024, 10240 }
            << QList<double> { 0.12, 0.11, 0.085 };
        QTest::newRow("GCP Standard")
            << Cloud::Gcp << u"internet-standard"_s << u"us-east4"_s
            << QList<double> { 0, 200, 10240, 153600 } << QList<double> { 0.085, 0.085, 0.065, 0.045 };
        // One of Azure's two interleaved series is kept.
        QTest::newRow("Azure West Europe")
            << Cloud::Azure << u"internet"_s << u"westeurope"_s << QList<double> { 100, 10100, 50100, 150100 }
            << QList<double> { 0.08, 0.065, 0.06, 0.04 };
    }

    void egressTiers()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, product);
        QFETCH(QString, region);
        QFETCH(QList<double>, starts);
        QFETCH(QList<double>, prices);
        const std::vector<Rate> tiers
            = catalog().rates().tiers(cloud, QStringLiteral("egress"), product, region);
        QCOMPARE(tiers.size(), std::size_t(starts.size()));
        for (std::size_t i = 0; i < tiers.size(); ++i) {
            QCOMPARE(tiers[i].tierStart, starts[static_cast<qsizetype>(i)]);
            QVERIFY(tiers[i].usd == prices[static_cast<qsizetype>(i)]);
        }
    }

    void noPriceAnywhere()
    {
        QVERIFY(!catalog().rate(
            Cloud::Aws, QStringLiteral("block"), QStringLiteral("pd-balanced"), QStringLiteral("us-east-1")));
        QVERIFY(!catalog().rate(
            Cloud::Gcp, QStringLiteral("block"), QStringLiteral("pd-balanced"), QStringLiteral("mars-1")));
    }

    void everyRateIsTraceable()
    {
        int rows = 0;
        for (Cloud cloud : { Cloud::Azure, Cloud::Aws, Cloud::Gcp }) {
            for (const char* kind : { "block", "object", "operation", "egress", "transfer", "db-instance",
                     "database", "service" }) {
                catalog().rates().forEach(cloud, QString::fromLatin1(kind), [&rows](const Rate& rate) {
                    ++rows;
                    const std::optional<CatalogSource> source = Catalog::embedded().source(rate.source);
                    QVERIFY2(source, qPrintable(rate.product));
                    QCOMPARE(rate.sourceDate, source->asOf);
                    QVERIFY2(rate.usd >= 0.0, qPrintable(rate.product));
                });
            }
        }
        QCOMPARE(rows, catalog().rates().size());
    }

    void serviceEquivalence_data()
    {
        QTest::addColumn<QString>("meterCategory");
        QTest::addColumn<QString>("aws");
        QTest::addColumn<QString>("gcp");
        QTest::newRow("Log Analytics")
            << u"Log Analytics"_s << u"CloudWatch"_s << u"Cloud Monitoring / Cloud Logging"_s;
        QTest::newRow("AKS control plane")
            << u"Azure Kubernetes Service"_s << u"EKS"_s << u"Google Kubernetes Engine"_s;
        QTest::newRow("Key Vault") << u"key vault"_s << u"KMS / CloudHSM / Secrets Manager"_s
                                   << u"Cloud KMS / Secret Manager"_s;
        QTest::newRow("Front Door alternative")
            << u"Content Delivery Network"_s << u"CloudFront / Global Accelerator"_s
            << u"Cloud CDN / global LB"_s;
        QTest::newRow("unknown") << u"Quantum Widgets"_s << QString() << QString();
    }

    void serviceEquivalence()
    {
        QFETCH(QString, meterCategory);
        QFETCH(QString, aws);
        QFETCH(QString, gcp);
        QCOMPARE(catalog().serviceEquivalences().size(), std::size_t(61));
        const std::optional<ServiceEquivalence> row = catalog().serviceForMeterCategory(meterCategory);
        QCOMPARE(row ? row->awsService : QString(), aws);
        QCOMPARE(row ? row->gcpService : QString(), gcp);
    }

    void azureShapes()
    {
        const std::optional<AzureDiskTier> p10 = catalog().azureDiskTier(QStringLiteral("p10"));
        QVERIFY(p10);
        QCOMPARE(p10->kind, QStringLiteral("premium-ssd"));
        QCOMPARE(p10->sizeGiB, 128.0);
        QCOMPARE(p10->iops, 500.0);
        QCOMPARE(catalog().azureDiskTier(QStringLiteral("E30"))->sizeGiB, 1024.0);
        QCOMPARE(catalog().azureDiskTier(QStringLiteral("S4"))->kind, QStringLiteral("standard-hdd"));
        QVERIFY(!catalog().azureDiskTier(QStringLiteral("Q10")));

        const std::optional<AppServicePlan> plan = catalog().appServicePlan(QStringLiteral("P1 v3"));
        QVERIFY(plan);
        QCOMPARE(plan->vcpu, 2.0);
        QCOMPARE(plan->memoryGiB, 8.0);
        QCOMPARE(catalog().appServicePlan(QStringLiteral("S1"))->memoryGiB, 1.75);
        QVERIFY(!catalog().appServicePlan(QStringLiteral("Z9")));

        const std::optional<SqlDtuTier> s2 = catalog().sqlDtuTier(QStringLiteral("s2"));
        QVERIFY(s2);
        QCOMPARE(s2->dtus, 50.0);
        QCOMPARE(s2->edition, QStringLiteral("Standard"));
        QCOMPARE(catalog().sqlDtuTier(QStringLiteral("P1"))->dtus, 125.0);
    }

    void commitmentDiscounts()
    {
        // 16.41374 effective vs 26.676 on-demand for x2iedn.32xlarge (vantage sample).
        const auto aws1y = catalog().commitmentDiscount(
            Cloud::Aws, QStringLiteral("vm"), 1, QStringLiteral("standard"), QStringLiteral("none"));
        QVERIFY(aws1y);
        QCOMPARE(aws1y->discount, 0.3847);
        QCOMPARE(catalog()
                     .commitmentDiscount(Cloud::Aws, QStringLiteral("vm"), 3, QStringLiteral("standard"),
                         QStringLiteral("all"))
                     ->discount,
            0.7208);
        // E96 v5 northeurope: 67,588 for 3 years = 2.5718/h vs 6.768.
        QCOMPARE(catalog()
                     .commitmentDiscount(Cloud::Azure, QStringLiteral("vm"), 3, QStringLiteral("standard"),
                         QStringLiteral("all"))
                     ->discount,
            0.62);
        QCOMPARE(catalog()
                     .commitmentDiscount(Cloud::Gcp, QStringLiteral("database"), 1,
                         QStringLiteral("committed use"), QStringLiteral("none"))
                     ->discount,
            0.25);
    }

    void targetCoordinates()
    {
        const std::optional<GeoCoordinate> london
            = catalog().regionCoordinate(Cloud::Aws, QStringLiteral("eu-west-2"));
        QVERIFY(london);
        QCOMPARE(london->latitude, 51.5085036);
        QVERIFY(catalog().regionCoordinate(Cloud::Gcp, QStringLiteral("europe-west4")));
        QVERIFY(catalog().regionCoordinate(Cloud::Azure, QStringLiteral("westeurope")));
        QVERIFY(catalog().locatedRegions(Cloud::Aws).contains(QStringLiteral("us-east-1")));
        QCOMPARE(catalog().locatedRegions(Cloud::Gcp).size(), 43);
    }
};

QTEST_GUILESS_MAIN(TestCatalogRates)
#include "tst_catalogrates.moc"
