// Official price files imported over the embedded catalog: each format's sample updates the prices it
// covers, with the file's own source and date; the filters the AWS Price List needs; the overlay
// persisting under the application data folder and surviving a new Catalog.

#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "catalog/pricefileimporter.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cloudshift;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CLOUDSHIFT_CATALOG_TEST_DATA "/") + QLatin1String(name);
}

// Imports the files into the persisted overlay, then reads a fresh catalog with it, as the next run would.
Catalog importAndReload(const QStringList& paths, std::vector<PriceImport>* results = nullptr)
{
    CatalogOverlay overlay;
    if (!overlay.load(Catalog::overlayPath()))
        qFatal("overlay unreadable");
    const PriceFileImporter importer(Catalog::embedded());
    for (const QString& path : paths) {
        const PriceImport result = importer.import(path, overlay);
        if (results)
            results->push_back(result);
    }
    if (!overlay.save(Catalog::overlayPath()))
        qFatal("overlay not saved");
    Catalog catalog;
    QString error;
    if (!catalog.applyOverlay(Catalog::overlayPath(), &error))
        qFatal("%s", qPrintable(error));
    return catalog;
}

} // namespace

class TestPriceImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Catalog::overlayPath().contains(u"qttest"));
    }

    void init() { QFile::remove(Catalog::overlayPath()); }
    void cleanupTestCase() { QFile::remove(Catalog::overlayPath()); }

    void detectFormat_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("format");
        QTest::newRow("AWS JSON") << QByteArray(
            "{\n  \"formatVersion\": \"v1.0\",\n  \"offerCode\": \"AmazonEC2\"")
                                  << u"aws-price-list-json"_s;
        QTest::newRow("AWS CSV") << QByteArray("\"FormatVersion\",\"v1.0\"\n") << u"aws-price-list-csv"_s;
        QTest::newRow("GCP") << QByteArray("{\"skus\": [") << u"gcp-billing-catalog"_s;
        QTest::newRow("Azure") << QByteArray("{\"BillingCurrency\":\"USD\",\"Items\":[")
                               << u"azure-retail-prices"_s;
        QTest::newRow("EC2 record") << QByteArray("{\n  \"instance_type\": \"m6i.large\",\n  \"pricing\": {")
                                    << u"ec2-instances"_s;
        QTest::newRow("EC2 records") << QByteArray("[{\"instance_type\": \"m6i.large\", \"pricing\": {")
                                     << u"ec2-instances"_s;
        QTest::newRow("other JSON") << QByteArray("{\"hello\": 1}") << QString();
        QTest::newRow("cost export") << QByteArray("InvoiceSectionName,AccountName") << QString();
    }

    void detectFormat()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, format);
        QCOMPARE(PriceFileImporter::detectFormat(head), format);
    }

    void awsOfferJson()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(
            sample, "pricing/official-samples/aws_price_list_offer_sample_us-east-1.json");
        const auto before = Catalog::embedded().vm(Cloud::Aws, u"us-east-1"_s, u"p4d.24xlarge"_s);
        QVERIFY(before && *before->price.linuxUsdPerHour != 32.7726);
        std::vector<PriceImport> results;
        const Catalog catalog = importAndReload({ sample }, &results);
        QCOMPARE(results.front().format, u"aws-price-list-json"_s);
        QCOMPARE(results.front().vmPrices, 1);
        QCOMPARE(results.front().skipped, 1); // the Capacity Block row
        const auto vm = catalog.vm(Cloud::Aws, u"us-east-1"_s, u"p4d.24xlarge"_s);
        QVERIFY(vm);
        QCOMPARE(*vm->price.linuxUsdPerHour, 32.7726);
        QCOMPARE(vm->price.sourceDate, u"2024-05-28"_s);
        QCOMPARE(vm->price.source, u"aws-price-list-AmazonEC2-20240528203522"_s);
        QCOMPARE(catalog.source(vm->price.source)->asOf, u"2024-05-28"_s);
        // Other rows keep their compiled prices and sources.
        QCOMPARE(catalog.vm(Cloud::Aws, u"us-east-1"_s, u"m6i.xlarge"_s)->price.source, u"aws-karpenter"_s);
    }

    void awsOfferCsv()
    {
        std::vector<PriceImport> results;
        const Catalog catalog = importAndReload({ fixture("aws_price_list_ec2_sample.csv") }, &results);
        const PriceImport& result = results.front();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, u"aws-price-list-csv"_s);
        QCOMPARE(result.vmPrices, 3);
        QCOMPARE(result.rates, 1);
        QCOMPARE(result.skipped,
            3); // dedicated tenancy, unused reservation, SQL pre-installed (reserved term unread)
        const auto vm = catalog.vm(Cloud::Aws, u"us-east-1"_s, u"m7i.xlarge"_s);
        QCOMPARE(*vm->price.linuxUsdPerHour, 0.1995);
        QCOMPARE(*vm->price.windowsUsdPerHour, 0.3835);
        QCOMPARE(vm->price.sourceDate, u"2026-09-01"_s);
        QCOMPARE(*catalog.vm(Cloud::Aws, u"eu-west-2"_s, u"m7i.xlarge"_s)->price.linuxUsdPerHour, 0.214);
        const std::optional<Rate> gp3 = catalog.rate(Cloud::Aws, u"block"_s, u"gp3"_s, u"us-east-1"_s);
        QVERIFY(gp3);
        QCOMPARE(gp3->usd, 0.076);
        QCOMPARE(gp3->sourceDate, u"2026-09-01"_s);
        // Other regions without their own price borrow the fresher us-east-1 price, and know it is borrowed.
        const std::optional<Rate> london = catalog.rate(Cloud::Aws, u"block"_s, u"gp3"_s, u"eu-west-2"_s);
        QVERIFY(london);
        QCOMPARE(london->usd, 0.076);
        QCOMPARE(london->scope, RateScope::Reference);
    }

    void gcpBillingCatalog()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(sample, "pricing/official-samples/gcp_cloud_billing_skus_sample.json");
        std::vector<PriceImport> results;
        const Catalog catalog = importAndReload({ sample }, &results);
        QVERIFY2(results.front().ok(), qPrintable(results.front().error));
        // a2-highgpu-1g = 12 vCPU × 0.031611 + 85 GiB × 0.004237 + 1 A100 × 2.933908
        const auto a2 = catalog.vm(Cloud::Gcp, u"us-central1"_s, u"a2-highgpu-1g"_s);
        QCOMPARE(*a2->price.linuxUsdPerHour, 3.673385);
        QCOMPARE(a2->price.sourceDate, u"2023-03-24"_s);
        // The 80 GB A100 of the ultragpu series has no SKU in the sample: left as compiled.
        QCOMPARE(
            catalog.vm(Cloud::Gcp, u"us-central1"_s, u"a2-ultragpu-1g"_s)->price.source, u"gcp-cyclenerd"_s);
        // Prices in IDR are converted back with the file's own rate; the row's own date is kept.
        const auto t2d = catalog.vm(Cloud::Gcp, u"asia-southeast1"_s, u"t2d-standard-1"_s);
        QCOMPARE(*t2d->price.linuxUsdPerHour, 0.052117);
        QCOMPARE(t2d->price.sourceDate, u"2023-08-10"_s);
    }

    void azureRetailPrices()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(sample, "pricing/official-samples/azure_retail_prices_sample.json");
        std::vector<PriceImport> results;
        const Catalog catalog = importAndReload({ sample }, &results);
        QCOMPARE(results.front().vmPrices, 2);
        QCOMPARE(results.front().skipped, 8); // Low Priority, Dev/Test, reservations, Windows spot, databases
        const auto e96 = catalog.vm(Cloud::Azure, u"northeurope"_s, u"Standard_E96_v5"_s);
        QCOMPARE(*e96->price.linuxUsdPerHour, 6.768);
        QCOMPARE(e96->price.sourceDate, u"2021-11-01"_s);
        const auto d5 = catalog.vm(Cloud::Azure, u"southindia"_s, u"Standard_D5_v2"_s);
        QCOMPARE(*d5->price.spotUsdPerHour, 0.145125);
        QCOMPARE(d5->price.source, u"azure-retail-prices-2022-04-01"_s);
    }

    // An EC2 instance record (ec2instances.info schema) carries no publication date: its prices are dated by
    // the file's modification time, in every region it lists, with the SQL Server licence surcharges.
    void ec2InstanceRecord()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(record, "pricing/official-samples/vantage_ec2_single_instance.json");
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"x2iedn.json"_s);
        QVERIFY(QFile::copy(record, copy));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime(QDate(2026, 7, 20), QTime(12, 0), QTimeZone::utc()),
            QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(Catalog::embedded().vm(Cloud::Aws, u"eu-west-1"_s, u"x2iedn.32xlarge"_s)->price.source,
            u"aws-coroot"_s);

        std::vector<PriceImport> results;
        const Catalog catalog = importAndReload({ copy }, &results);
        QCOMPARE(results.front().format, u"ec2-instances"_s);
        QVERIFY2(results.front().ok(), qPrintable(results.front().error));
        QCOMPARE(results.front().vmPrices, 50); // Linux and Windows in 25 regions
        QCOMPARE(results.front().rates, 75); // SQL Server Standard, Enterprise and Web in 25 regions
        const auto vm = catalog.vm(Cloud::Aws, u"eu-west-1"_s, u"x2iedn.32xlarge"_s);
        QCOMPARE(*vm->price.linuxUsdPerHour, 32.012);
        QCOMPARE(*vm->price.windowsUsdPerHour, 37.9);
        QCOMPARE(vm->price.source, u"ec2instances-2026-07-20"_s);
        QCOMPARE(vm->price.sourceDate, u"2026-07-20"_s);
        const auto web = catalog.rate(Cloud::Aws, u"database"_s, u"sqlserver-web-license"_s, u"eu-west-1"_s);
        QVERIFY(web);
        QCOMPARE(web->usd, 0.0169); // (34.1752 - 32.012) / 128
        QCOMPARE(web->sourceDate, u"2026-07-20"_s);
        const auto standard
            = catalog.rate(Cloud::Aws, u"database"_s, u"sqlserver-standard-license"_s, u"eu-west-1"_s);
        QCOMPARE(standard->usd, 0.12);
        QCOMPARE(standard->source, u"ec2instances-2026-07-20"_s);
        // A region the record does not list keeps the compiled, global surcharge.
        QCOMPARE(catalog.rate(Cloud::Aws, u"database"_s, u"sqlserver-standard-license"_s, u"il-central-1"_s)
                     ->source,
            u"aws-vantage-sample"_s);
    }

    // Imports accumulate in one overlay; a new import of the same price replaces the older one.
    void persistsAndAccumulates()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(
            aws, "pricing/official-samples/aws_price_list_offer_sample_us-east-1.json");
        importAndReload({ aws });
        const Catalog catalog = importAndReload({ fixture("aws_price_list_ec2_sample.csv") });
        QCOMPARE(*catalog.vm(Cloud::Aws, u"us-east-1"_s, u"p4d.24xlarge"_s)->price.linuxUsdPerHour, 32.7726);
        QCOMPARE(*catalog.vm(Cloud::Aws, u"us-east-1"_s, u"m7i.xlarge"_s)->price.linuxUsdPerHour, 0.1995);
        QCOMPARE(catalog.overlaySources().size(), std::size_t(2));
        QVERIFY(QFileInfo::exists(Catalog::overlayPath()));
    }

    // Members of the wrong JSON type (found by fuzz_pricefile: a string where an object belongs ended
    // the program) are skipped like SKUs the catalog does not use; the well-formed N2 core and RAM
    // SKUs still price the N2 machine types in europe-west1.
    void gcpSkusOfTheWrongShape()
    {
        const Catalog compiled; // without the prices earlier tests imported
        CatalogOverlay overlay;
        const PriceImport result = PriceFileImporter(compiled).import(fixture("gcp_skus_malformed.json"), overlay);
        QCOMPARE(result.format, u"gcp-billing-catalog"_s);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.skipped, 5);
        QCOMPARE(result.vmPrices, 29);
        QCOMPARE(overlay.vmPriceCount(), 29);
    }

    void notAPriceFile()
    {
        CatalogOverlay overlay;
        const PriceImport result
            = PriceFileImporter(Catalog::embedded())
                  .import(QStringLiteral(CLOUDSHIFT_TEST_DATA "/exports/ea_quirks.csv"), overlay);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"not a price file"), qPrintable(result.error));
        QVERIFY(overlay.isEmpty());
    }

    void brokenOverlayIsReported()
    {
        QDir().mkpath(QFileInfo(Catalog::overlayPath()).absolutePath());
        QFile file(Catalog::overlayPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        Catalog catalog;
        QString error;
        QVERIFY(!catalog.applyOverlay(Catalog::overlayPath(), &error));
        QVERIFY2(error.contains(u"not a CloudShift price overlay"), qPrintable(error));
        // A missing overlay is no error.
        QFile::remove(Catalog::overlayPath());
        QVERIFY(catalog.applyOverlay(Catalog::overlayPath(), &error));
    }
};

QTEST_GUILESS_MAIN(TestPriceImport)
#include "tst_priceimport.moc"
