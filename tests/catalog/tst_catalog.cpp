// The embedded price catalog: values read back exactly as compiled, lookups by every spelling the
// bills use, traceability of each price, and the committed files matching the compiler's output.

#include "catalog/catalog.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cloudshift;

namespace {

constexpr double kNone = -1.0; // a price the catalog does not have

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sourceCatalogDir()
{
    return QStringLiteral(CLOUDSHIFT_SOURCE_DIR "/resources/catalog");
}

// Fails the calling test when the two folders do not hold the same files with the same bytes.
void compareFolders(const QString& expectedDir, const QString& actualDir)
{
    const QStringList expected = QDir(expectedDir).entryList(QDir::Files, QDir::Name);
    const QStringList actual = QDir(actualDir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(actual, expected);
    for (const QString& name : expected) {
        QVERIFY2(readAll(expectedDir + u'/' + name) == readAll(actualDir + u'/' + name),
            qPrintable(QStringLiteral("%1 differs between %2 and %3").arg(name, expectedDir, actualDir)));
    }
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Catalog::embedded().isValid(), qPrintable(Catalog::embedded().errorString()));
    }

    void manifestAndSources()
    {
        const Catalog& catalog = Catalog::embedded();
        QCOMPARE(catalog.catalogDate(), QStringLiteral("2026-07-30"));
        QCOMPARE(catalog.sources().size(), std::size_t(21));
        const std::optional<CatalogSource> aws = catalog.source(QStringLiteral("aws-karpenter"));
        QVERIFY(aws);
        QCOMPARE(aws->asOf, QStringLiteral("2026-07-20"));
        QCOMPARE(aws->licence, QStringLiteral("Apache-2.0"));
        QVERIFY(aws->upstream.contains(u"aws/karpenter-provider-aws @ 1d927085"));
        QCOMPARE(catalog.source(QStringLiteral("azure-pricing-units"))->licence, QStringLiteral("MIT"));
        QVERIFY(!catalog.source(QStringLiteral("nowhere")));
    }

    void normalizeAzureRegion_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // empty: not recognised

        QTest::newRow("camel case") << QStringLiteral("EastUS2") << QStringLiteral("eastus2");
        QTest::newRow("billing display") << QStringLiteral("US East 2") << QStringLiteral("eastus2");
        QTest::newRow("arm id") << QStringLiteral("eastus2") << QStringLiteral("eastus2");
        QTest::newRow("display name") << QStringLiteral("UK South") << QStringLiteral("uksouth");
        QTest::newRow("arm id uk") << QStringLiteral("uksouth") << QStringLiteral("uksouth");
        QTest::newRow("padded, upper case") << QStringLiteral("  UK   SOUTH ") << QStringLiteral("uksouth");
        QTest::newRow("portal geography prefix")
            << QStringLiteral("(Europe) West Europe") << QStringLiteral("westeurope");
        QTest::newRow("short code") << QStringLiteral("ae central") << QStringLiteral("uaecentral");
        QTest::newRow("hyphenated") << QStringLiteral("west-us-2") << QStringLiteral("westus2");
        // The table's own spellings win over folding: "chnorth" is China North, "ch north" Switzerland North.
        QTest::newRow("listed without space") << QStringLiteral("chnorth") << QStringLiteral("chinanorth");
        QTest::newRow("listed with space")
            << QStringLiteral("CH North") << QStringLiteral("switzerlandnorth");
        QTest::newRow("ambiguous once folded") << QStringLiteral("c-h north") << QString();
        QTest::newRow("unknown") << QStringLiteral("Mars Central") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalizeAzureRegion()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(Catalog::embedded().normalizeAzureRegion(raw).value_or(QString()), expected);
    }

    void pricingUnit_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("blockSize"); // 0: unknown unit
        QTest::addColumn<QString>("distinct");

        QTest::newRow("100 Hours") << QStringLiteral("100 Hours") << 100.0 << QStringLiteral("Hours");
        QTest::newRow("1 Hour") << QStringLiteral("1 Hour") << 1.0 << QStringLiteral("Hours");
        QTest::newRow("trailing space key") << QStringLiteral("1 ") << 1.0 << QStringLiteral("Units");
        QTest::newRow("no space key") << QStringLiteral("1") << 1.0 << QStringLiteral("Units");
        QTest::newRow("10000 trailing space")
            << QStringLiteral("10000 ") << 10000.0 << QStringLiteral("Units");
        QTest::newRow("case and padding")
            << QStringLiteral(" 100 HOURS ") << 100.0 << QStringLiteral("Hours");
        QTest::newRow("GB month") << QStringLiteral("1 GB/Month") << 1.0 << QStringLiteral("GB/Month");
        QTest::newRow("10K") << QStringLiteral("10K") << 10000.0 << QStringLiteral("Units");
        QTest::newRow("unknown") << QStringLiteral("7 Fortnights") << 0.0 << QString();
    }

    void pricingUnit()
    {
        QFETCH(QString, unit);
        QFETCH(double, blockSize);
        QFETCH(QString, distinct);
        const std::optional<PricingUnit> found = Catalog::embedded().pricingUnit(unit);
        QCOMPARE(found ? found->blockSize : 0.0, blockSize);
        QCOMPARE(found ? found->distinctUnits : QString(), distinct);
    }

    void azureVmSize_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<double>("vcpu"); // 0: no spec
        QTest::addColumn<double>("memory");
        QTest::addColumn<double>("gpu");
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("series");

        QTest::newRow("D4s_v5") << QStringLiteral("Standard_D4s_v5") << 4.0 << 16.0 << 0.0
                                << QStringLiteral("amd64") << QStringLiteral("general purpose")
                                << QStringLiteral("Dsv5");
        QTest::newRow("meter spelling")
            << QStringLiteral("D4s v5") << 4.0 << 16.0 << 0.0 << QStringLiteral("amd64")
            << QStringLiteral("general purpose") << QStringLiteral("Dsv5");
        QTest::newRow("lower case") << QStringLiteral("standard_e4s_v5") << 4.0 << 32.0 << 0.0
                                    << QStringLiteral("amd64") << QStringLiteral("memory optimized")
                                    << QStringLiteral("Esv5");
        QTest::newRow("Arm") << QStringLiteral("Standard_D4ps_v5") << 4.0 << 16.0 << 0.0
                             << QStringLiteral("arm64") << QStringLiteral("general purpose")
                             << QStringLiteral("Dpsv5");
        QTest::newRow("GPU") << QStringLiteral("Standard_NC4as_T4_v3") << 4.0 << 28.0 << 1.0
                             << QStringLiteral("amd64") << QStringLiteral("GPU")
                             << QStringLiteral("NCasT4_v3");
        QTest::newRow("burstable") << QStringLiteral("Standard_B2s") << 2.0 << 4.0 << 0.0
                                   << QStringLiteral("amd64") << QStringLiteral("burstable")
                                   << QStringLiteral("Bs");
        QTest::newRow("priced, no spec") << QStringLiteral("Standard_D128ds_v7") << 0.0 << 0.0 << 0.0
                                         << QString() << QString() << QString();
        QTest::newRow("unknown") << QStringLiteral("Standard_Z9_v9") << 0.0 << 0.0 << 0.0 << QString()
                                 << QString() << QString();
    }

    void azureVmSize()
    {
        QFETCH(QString, size);
        QFETCH(double, vcpu);
        QFETCH(double, memory);
        QFETCH(double, gpu);
        QFETCH(QString, arch);
        QFETCH(QString, category);
        QFETCH(QString, series);
        const std::optional<VmType> type = Catalog::embedded().azureVmSize(size);
        QCOMPARE(bool(type), vcpu > 0);
        if (!type)
            return;
        QCOMPARE(type->vcpu, vcpu);
        QCOMPARE(type->memoryGiB, memory);
        QCOMPARE(type->gpu, gpu);
        QCOMPARE(type->arch, arch);
        QCOMPARE(type->category, category);
        QCOMPARE(type->family, series);
    }

    void vmPrice_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<double>("linuxUsd");
        QTest::addColumn<double>("windows");
        QTest::addColumn<double>("spot");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("date");

        QTest::newRow("azure D4s_v5 eastus")
            << Cloud::Azure << QStringLiteral("eastus") << QStringLiteral("Standard_D4s_v5") << 0.192 << 0.376
            << kNone << QStringLiteral("azure-karpenter") << QStringLiteral("2026-06-18");
        QTest::newRow("azure meter spelling")
            << Cloud::Azure << QStringLiteral("EastUS") << QStringLiteral("D4s v5") << 0.192 << 0.376 << kNone
            << QStringLiteral("azure-karpenter") << QStringLiteral("2026-06-18");
        QTest::newRow("azure B-series, no Windows rule")
            << Cloud::Azure << QStringLiteral("eastus") << QStringLiteral("Standard_B4s_v2") << 0.166 << kNone
            << kNone << QStringLiteral("azure-karpenter") << QStringLiteral("2026-06-18");
        QTest::newRow("aws m6i us-east-1")
            << Cloud::Aws << QStringLiteral("us-east-1") << QStringLiteral("m6i.xlarge") << 0.192 << 0.376
            << 0.0845 << QStringLiteral("aws-karpenter") << QStringLiteral("2026-07-20");
        QTest::newRow("aws m6i eu-west-1")
            << Cloud::Aws << QStringLiteral("eu-west-1") << QStringLiteral("m6i.xlarge") << 0.214 << 0.398
            << 0.0937 << QStringLiteral("aws-coroot") << QStringLiteral("2024-08-09");
        QTest::newRow("aws t3 has no Windows column")
            << Cloud::Aws << QStringLiteral("us-east-1") << QStringLiteral("t3.xlarge") << 0.1664 << kNone
            << 0.0764 << QStringLiteral("aws-karpenter") << QStringLiteral("2026-07-20");
        QTest::newRow("gcp n2 us-east4")
            << Cloud::Gcp << QStringLiteral("us-east4") << QStringLiteral("n2-standard-4") << 0.218756
            << 0.402756 << 0.050072 << QStringLiteral("gcp-cyclenerd") << QStringLiteral("2026-07-30");
        QTest::newRow("gcp n2 us-central1")
            << Cloud::Gcp << QStringLiteral("us-central1") << QStringLiteral("n2-standard-4") << 0.194236
            << 0.378236 << 0.09212 << QStringLiteral("gcp-cyclenerd") << QStringLiteral("2026-07-30");
    }

    void vmPrice()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, region);
        QFETCH(QString, sku);
        QFETCH(double, linuxUsd);
        QFETCH(double, windows);
        QFETCH(double, spot);
        QFETCH(QString, source);
        QFETCH(QString, date);
        const std::optional<CatalogVm> vm = Catalog::embedded().vm(cloud, region, sku);
        QVERIFY(vm);
        // Exact, not fuzzy: prices are stored as integer micro-USD and must read back as the source's
        // decimals.
        QVERIFY(vm->price.linuxUsdPerHour.value_or(kNone) == linuxUsd);
        QVERIFY(vm->price.windowsUsdPerHour.value_or(kNone) == windows);
        QVERIFY(vm->price.spotUsdPerHour.value_or(kNone) == spot);
        QCOMPARE(vm->price.source, source);
        QCOMPARE(vm->price.sourceDate, date);
        QCOMPARE(vm->price.region.toLower(), region.toLower());
        if (cloud == Cloud::Aws) {
            QCOMPARE(vm->price.spotSource, QStringLiteral("aws-coroot"));
            QCOMPARE(vm->price.spotSourceDate, QStringLiteral("2024-08-09"));
        }
    }

    void gcpCommitmentsAndLicence()
    {
        const std::optional<CatalogVm> vm
            = Catalog::embedded().vm(Cloud::Gcp, QStringLiteral("us-east4"), QStringLiteral("n2-standard-4"));
        QVERIFY(vm);
        QCOMPARE(vm->type.vcpu, 4.0);
        QCOMPARE(vm->type.memoryGiB, 16.0);
        QCOMPARE(vm->type.family, QStringLiteral("n2-standard"));
        QCOMPARE(vm->type.category, QStringLiteral("general purpose"));
        QVERIFY(vm->price.sustainedUseMonthUsd == 127.785442);
        QVERIFY(vm->price.commitment1yMonthUsd == 95.58036);
        QVERIFY(vm->price.commitment3yMonthUsd == 68.27252);
        QVERIFY(vm->price.windowsLicenseUsdPerHour == 0.184);
    }

    void notPricedThere()
    {
        const Catalog& c = Catalog::embedded();
        QVERIFY(c.vmType(Cloud::Gcp, QStringLiteral("t2a-standard-4")));
        QVERIFY(!c.vm(Cloud::Gcp, QStringLiteral("us-east4"), QStringLiteral("t2a-standard-4")));
        QVERIFY(!c.vm(Cloud::Aws, QStringLiteral("mars-1"), QStringLiteral("m6i.xlarge")));
        QVERIFY(!c.vm(Cloud::Aws, QStringLiteral("us-east-1"), QStringLiteral("m99.huge")));
    }

    void regionEquivalence_data()
    {
        QTest::addColumn<QString>("azure");
        QTest::addColumn<QString>("aws");
        QTest::addColumn<QString>("gcp");
        QTest::newRow("eastus") << QStringLiteral("eastus") << QStringLiteral("us-east-1")
                                << QStringLiteral("us-east4");
        QTest::newRow("westeurope") << QStringLiteral("westeurope") << QStringLiteral("eu-west-1")
                                    << QStringLiteral("europe-west4");
        QTest::newRow("uksouth") << QStringLiteral("UKSouth") << QStringLiteral("eu-west-2")
                                 << QStringLiteral("europe-west2");
        QTest::newRow("not in the table") << QStringLiteral("australiacentral") << QString() << QString();
    }

    void regionEquivalence()
    {
        QFETCH(QString, azure);
        QFETCH(QString, aws);
        QFETCH(QString, gcp);
        const std::optional<RegionEquivalence> row = Catalog::embedded().regionEquivalence(azure);
        QCOMPARE(row ? row->awsRegion : QString(), aws);
        QCOMPARE(row ? row->gcpRegion : QString(), gcp);
    }

    void coverage()
    {
        const Catalog& catalog = Catalog::embedded();
        QCOMPARE(catalog.vmTable(Cloud::Azure).regions().size(), 57);
        QCOMPARE(catalog.vmTable(Cloud::Aws).regions().size(), 31);
        QCOMPARE(catalog.vmTable(Cloud::Gcp).regions().size(), 43);
        QCOMPARE(catalog.vmTable(Cloud::Azure).priceCount(), 67255);
        QCOMPARE(catalog.vmTable(Cloud::Aws).priceCount(), 13998);
        QCOMPARE(catalog.vmTable(Cloud::Gcp).priceCount(), 17720);
        QCOMPARE(catalog.regionEquivalences().size(), std::size_t(32));
        QCOMPARE(catalog.familyEquivalences().size(), std::size_t(27));
        QCOMPARE(catalog.azureRegionName(QStringLiteral("eastus2")), QStringLiteral("East US 2"));
        QVERIFY(catalog.azureRegionCoordinate(QStringLiteral("uksouth")));
    }

    void everyPriceIsTraceable()
    {
        const Catalog& catalog = Catalog::embedded();
        for (Cloud cloud : { Cloud::Azure, Cloud::Aws, Cloud::Gcp }) {
            const VmTable& table = catalog.vmTable(cloud);
            int priced = 0;
            for (int r = 0; r < table.regions().size(); ++r) {
                for (int t = 0; t < table.typeCount(); ++t) {
                    if (!table.hasPrice(r, t))
                        continue;
                    ++priced;
                    const std::optional<CatalogSource> source = catalog.source(table.sourceId(r, t));
                    QVERIFY2(source, qPrintable(table.type(t).sku));
                    QCOMPARE(table.sourceDate(r, t), source->asOf);
                }
            }
            QCOMPARE(priced, table.priceCount());
        }
    }

    void missingFolderIsAnError()
    {
        const Catalog catalog(QStringLiteral("/nonexistent/catalog"));
        QVERIFY(!catalog.isValid());
        QVERIFY2(catalog.errorString().contains(u"/nonexistent/catalog/manifest.json"),
            qPrintable(catalog.errorString()));
        QVERIFY(catalog.sources().empty());
        QVERIFY(!catalog.vm(Cloud::Aws, QStringLiteral("us-east-1"), QStringLiteral("m6i.xlarge")));
    }

    void unknownPriceSourceIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList files = QDir(QStringLiteral(":/catalog")).entryList(QDir::Files);
        for (const QString& name : files)
            QVERIFY(QFile::copy(QStringLiteral(":/catalog/") + name, dir.filePath(name)));
        QVERIFY(Catalog(dir.path()).isValid());

        QByteArray gcp = readAll(dir.filePath(QStringLiteral("vm_gcp.json")));
        gcp.replace("\"sources\":[\"gcp-cyclenerd\"]", "\"sources\":[\"nowhere\"]");
        QFile file(dir.filePath(QStringLiteral("vm_gcp.json")));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(gcp);
        file.close();

        const Catalog broken(dir.path());
        QVERIFY(!broken.isValid());
        QVERIFY2(broken.errorString().contains(
                     u"vm_gcp.json: price source \"nowhere\" is not listed in manifest.json"),
            qPrintable(broken.errorString()));
    }

    void embeddedFilesMatchSourceTree() { compareFolders(sourceCatalogDir(), QStringLiteral(":/catalog")); }

    void compiledCatalogIsInSync()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(prices, "pricing/azure_vm_prices.csv");
        Q_UNUSED(prices);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 not found: cannot run tools/compile_catalog.py");
        QTemporaryDir out;
        QVERIFY(out.isValid());
        QProcess compiler;
        compiler.start(python,
            { QStringLiteral(CLOUDSHIFT_SOURCE_DIR "/tools/compile_catalog.py"), QStringLiteral("--data"),
                sharedDataDir(), QStringLiteral("--out"), out.path() });
        QVERIFY(compiler.waitForFinished(300000));
        QVERIFY2(compiler.exitStatus() == QProcess::NormalExit && compiler.exitCode() == 0,
            compiler.readAllStandardError().constData());
        // A difference means resources/catalog was edited by hand or the data changed: rerun the tool.
        compareFolders(out.path(), sourceCatalogDir());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
