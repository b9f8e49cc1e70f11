// VM prices of the embedded catalog pinned to the values of the data files (data/pricing/
// aws_ec2_prices.csv, azure_vm_prices.csv, gcp_machine_prices.csv) for a spread of SKUs on all three
// clouds, and the Windows licence rules every price follows.

#include "catalog/catalog.h"

#include <QTest>

#include <cmath>

using namespace cloudshift;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kNone = -1.0;
constexpr double kWindowsPerVcpu = 0.046;

bool samePrice(double a, double b)
{
    return std::abs(a - b) < 5e-7;
}

} // namespace

class TestCatalogPrices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinned_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<double>("vcpu");
        QTest::addColumn<double>("memory");
        QTest::addColumn<double>("linuxUsd");
        QTest::addColumn<double>("windowsUsd");
        QTest::addColumn<double>("spotUsd");
        QTest::addColumn<QString>("date");

        const auto aws = Cloud::Aws;
        const auto azure = Cloud::Azure;
        const auto gcp = Cloud::Gcp;
        QTest::newRow("aws c6i.2xlarge us-east-1") << aws << u"us-east-1"_s << u"c6i.2xlarge"_s << 8.0 << 16.0
                                                   << 0.34 << 0.708 << 0.1522 << u"2026-07-20"_s;
        QTest::newRow("aws c6i.2xlarge eu-west-2") << aws << u"eu-west-2"_s << u"c6i.2xlarge"_s << 8.0 << 16.0
                                                   << 0.404 << 0.772 << 0.1681 << u"2024-08-09"_s;
        QTest::newRow("aws g5.xlarge us-east-1") << aws << u"us-east-1"_s << u"g5.xlarge"_s << 4.0 << 16.0
                                                 << 1.006 << 1.19 << 0.5006 << u"2026-07-20"_s;
        QTest::newRow("aws i4i.xlarge ap-southeast-1") << aws << u"ap-southeast-1"_s << u"i4i.xlarge"_s << 4.0
                                                       << 32.0 << 0.411 << 0.595 << 0.1232 << u"2024-08-09"_s;
        QTest::newRow("aws m7g.large (Arm) eu-west-2") << aws << u"eu-west-2"_s << u"m7g.large"_s << 2.0
                                                       << 8.0 << 0.0944 << kNone << 0.0348 << u"2024-08-09"_s;
        QTest::newRow("aws r6a.large us-east-1") << aws << u"us-east-1"_s << u"r6a.large"_s << 2.0 << 16.0
                                                 << 0.1134 << 0.2054 << 0.0499 << u"2026-07-20"_s;
        QTest::newRow("aws t3.medium ap-southeast-1") << aws << u"ap-southeast-1"_s << u"t3.medium"_s << 2.0
                                                      << 4.0 << 0.0528 << kNone << 0.0214 << u"2024-08-09"_s;
        QTest::newRow("azure E8s_v5 westeurope") << azure << u"westeurope"_s << u"Standard_E8s_v5"_s << 8.0
                                                 << 64.0 << 0.608 << 0.976 << kNone << u"2026-06-18"_s;
        QTest::newRow("azure D2as_v5 uksouth") << azure << u"uksouth"_s << u"Standard_D2as_v5"_s << 2.0 << 8.0
                                               << 0.1 << 0.192 << kNone << u"2026-06-18"_s;
        QTest::newRow("azure F4s_v2 eastus2") << azure << u"eastus2"_s << u"Standard_F4s_v2"_s << 4.0 << 8.0
                                              << 0.169 << kNone << kNone << u"2026-06-18"_s;
        QTest::newRow("azure B2ms westeurope") << azure << u"westeurope"_s << u"Standard_B2ms"_s << 2.0 << 8.0
                                               << 0.096 << kNone << kNone << u"2026-06-18"_s;
        QTest::newRow("azure NC4as_T4_v3 uksouth")
            << azure << u"uksouth"_s << u"Standard_NC4as_T4_v3"_s << 4.0 << 28.0 << 0.615 << 0.799 << kNone
            << u"2026-06-18"_s;
        QTest::newRow("azure D4ps_v5 (Arm) westeurope")
            << azure << u"westeurope"_s << u"Standard_D4ps_v5"_s << 4.0 << 16.0 << 0.184 << kNone << kNone
            << u"2026-06-18"_s;
        QTest::newRow("gcp c3-highcpu-8 europe-west4")
            << gcp << u"europe-west4"_s << u"c3-highcpu-8"_s << 8.0 << 16.0 << 0.357218 << 0.725218
            << 0.150816 << u"2026-07-30"_s;
        QTest::newRow("gcp n2d-standard-8 asia-southeast1")
            << gcp << u"asia-southeast1"_s << u"n2d-standard-8"_s << 8.0 << 32.0 << 0.416936 << 0.784936
            << 0.085536 << u"2026-07-30"_s;
        QTest::newRow("gcp e2-medium us-central1") << gcp << u"us-central1"_s << u"e2-medium"_s << 1.0 << 4.0
                                                   << 0.033506 << 0.079506 << 0.020106 << u"2026-07-30"_s;
        QTest::newRow("gcp t2a-standard-4 europe-west4")
            << gcp << u"europe-west4"_s << u"t2a-standard-4"_s << 4.0 << 16.0 << 0.161776 << 0.345776
            << 0.096592 << u"2026-07-30"_s;
        QTest::newRow("gcp g2-standard-8 us-central1")
            << gcp << u"us-central1"_s << u"g2-standard-8"_s << 8.0 << 32.0 << 0.853624 << 1.221624
            << 0.479872 << u"2026-07-30"_s;
        QTest::newRow("gcp n1-standard-4 asia-southeast1")
            << gcp << u"asia-southeast1"_s << u"n1-standard-4"_s << 4.0 << 15.0 << 0.234386 << 0.418386
            << 0.046945 << u"2026-07-30"_s;
    }

    void pinned()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, region);
        QFETCH(QString, sku);
        QFETCH(double, vcpu);
        QFETCH(double, memory);
        QFETCH(double, linuxUsd);
        QFETCH(double, windowsUsd);
        QFETCH(double, spotUsd);
        QFETCH(QString, date);
        const std::optional<CatalogVm> vm = Catalog::embedded().vm(cloud, region, sku);
        QVERIFY(vm);
        QCOMPARE(vm->type.vcpu, vcpu);
        QCOMPARE(vm->type.memoryGiB, memory);
        // Exact: micro-USD integers read back as the data file's decimals.
        QVERIFY(vm->price.linuxUsdPerHour.value_or(kNone) == linuxUsd);
        QVERIFY2(vm->price.windowsUsdPerHour.value_or(kNone) == windowsUsd,
            qPrintable(QString::number(vm->price.windowsUsdPerHour.value_or(kNone), 'g', 17)));
        QVERIFY(vm->price.spotUsdPerHour.value_or(kNone) == spotUsd);
        QCOMPARE(vm->price.sourceDate, date);
    }

    // AWS and Azure: wherever the catalog has a Windows price it is Linux + 0.046 USD per vCPU-hour,
    // in every region; burstable, Arm and the families the rule was not validated for have none.
    void windowsRuleAwsAzure()
    {
        for (Cloud cloud : { Cloud::Aws, Cloud::Azure }) {
            const VmTable& table = Catalog::embedded().vmTable(cloud);
            int checked = 0;
            for (int r = 0; r < table.regions().size(); ++r) {
                for (int t = 0; t < table.typeCount(); ++t) {
                    const double windows = table.value(r, t, VmTable::Windows);
                    if (std::isnan(windows))
                        continue;
                    const VmType& type = table.type(t);
                    QVERIFY2(
                        samePrice(windows - table.value(r, t, VmTable::Linux), kWindowsPerVcpu * type.vcpu),
                        qPrintable(type.sku));
                    QVERIFY2(!type.isArm() && type.category != u"burstable", qPrintable(type.sku));
                    ++checked;
                }
            }
            QVERIFY2(checked > 9000, qPrintable(QString::number(checked)));
        }
        const Catalog& c = Catalog::embedded();
        QVERIFY(!c.vm(Cloud::Aws, u"us-east-1"_s, u"t3.xlarge"_s)->price.windowsUsdPerHour);
        QVERIFY(!c.vm(Cloud::Azure, u"eastus"_s, u"Standard_B4s_v2"_s)->price.windowsUsdPerHour);
        QVERIFY(!c.vm(Cloud::Azure, u"eastus"_s, u"Standard_F4s_v2"_s)->price.windowsUsdPerHour);
    }

    // Google Cloud: every machine type's Windows price is its Linux price plus its own licence SKU, which
    // is 0.046 USD per vCPU-hour (shared-core types per their listed vCPU).
    void windowsRuleGcp()
    {
        const VmTable& table = Catalog::embedded().vmTable(Cloud::Gcp);
        int checked = 0;
        for (int r = 0; r < table.regions().size(); ++r) {
            for (int t = 0; t < table.typeCount(); ++t) {
                const double licence = table.value(r, t, VmTable::WindowsLicense);
                const double windows = table.value(r, t, VmTable::Windows);
                if (std::isnan(licence) || std::isnan(windows))
                    continue;
                // The upstream rounds each figure to 6 decimals on its own: a micro-USD apart at most.
                QVERIFY2(std::abs(windows - table.value(r, t, VmTable::Linux) - licence) < 1.5e-6,
                    qPrintable(table.type(t).sku));
                ++checked;
            }
        }
        QVERIFY2(checked > 15000, qPrintable(QString::number(checked)));
        const auto licence = [](const char16_t* sku) {
            return *Catalog::embedded()
                        .vm(Cloud::Gcp, u"us-central1"_s, QString::fromUtf16(sku))
                        ->price.windowsLicenseUsdPerHour;
        };
        QCOMPARE(licence(u"n2-standard-2"), 0.092);
        QCOMPARE(licence(u"c3-highcpu-8"), 0.368);
        QCOMPARE(licence(u"e2-medium"), 0.046);
    }
};

QTEST_GUILESS_MAIN(TestCatalogPrices)
#include "tst_catalogprices.moc"
