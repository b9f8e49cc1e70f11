// A resource priced on a target cloud as a whole: resources without meters, lines without an
// equivalent kept at their Azure cost, Azure Hybrid Benefit, App Service plans, global resources, the
// user's choices and imported prices.

#include "billedresource.h"
#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "mapping/resourcepricer.h"

#include <QTest>

using namespace cloudshift;
using namespace Qt::Literals::StringLiterals;

namespace {

Resource vmResource(const QString& size)
{
    Resource r;
    r.name = QStringLiteral("vm1");
    r.location = QStringLiteral("EastUS");
    r.vmSize = size;
    r.serviceCategory = QStringLiteral("Virtual Machines");
    // Two months: 730 and 365 compute hours at 0.192 USD/h, plus 10 USD a month of other meters.
    r.vmHours = { 730, 365 };
    r.vmComputeCost = { 140'160'000, 70'080'000 };
    r.monthlyCost = { 150'160'000, 80'080'000 };
    r.totalCost = 230'240'000;
    return r;
}

const ResourcePricer& pricer()
{
    static const ResourcePricer instance(Catalog::embedded());
    return instance;
}

} // namespace

class TestResourcePricer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Resources without meters: compute hours × the target's hourly price; the rest carries over.
    void vmHoursRepriced()
    {
        const Resource vm = vmResource(QStringLiteral("Standard_D4s_v5"));
        const TargetPricing aws = pricer().price(vm, Cloud::Aws);
        QCOMPARE(aws.offer.sku, QStringLiteral("m6i.xlarge"));
        QCOMPARE(aws.offer.region, QStringLiteral("us-east-1"));
        QCOMPARE(aws.offer.usdPerHour, 0.192);
        QCOMPARE(aws.monthly, (std::vector<Micros> { 150'160'000, 80'080'000 }));
        QCOMPARE(aws.carriedOver, Micros(20'000'000));

        const TargetPricing gcp = pricer().price(vm, Cloud::Gcp);
        QCOMPARE(gcp.offer.sku, QStringLiteral("n2-standard-4"));
        QCOMPARE(gcp.offer.usdPerHour, 0.218756);
        // 730 h × 0.218756 = 159.69188; 365 h → 79.84594
        QCOMPARE(gcp.monthly, (std::vector<Micros> { 169'691'880, 89'845'940 }));
        QCOMPARE(gcp.total, Micros(259'537'820));
    }

    void unknownSizeKeepsAzureCost()
    {
        const Resource vm = vmResource(QStringLiteral("Standard_Imaginary_v9"));
        const TargetPricing aws = pricer().price(vm, Cloud::Aws);
        QCOMPARE(aws.offer.confidence, Confidence::None);
        QCOMPARE(aws.monthly, vm.monthlyCost);
        QCOMPARE(aws.carriedOver, vm.totalCost);
        QVERIFY(!aws.offer.reason.isEmpty());
    }

    void notMappedLinesKeepTheirAzureCost()
    {
        const Resource resource = billed(QStringLiteral("eastus"),
            { { u"Virtual Machines", u"Dsv5 Series", u"D4s v5", u"1 Hour", 730, 140.16 },
                { u"Azure Quantum", u"", u"Qubit Hours", u"1 Hour", 10, 50.0 },
                { u"Virtual Machines", u"Dsv5 Series", u"D4s v5", u"1 Hour", 0, 900.0, u"Purchase",
                    u"Reservation" },
                { u"Storage", u"Tiered Block Blob", u"Hot LRS Data Stored", u"7 Fortnights", 3, 1.0 } },
            QStringLiteral("Standard_D4s_v5"));
        const TargetPricing aws = pricer().price(resource, Cloud::Aws);
        QCOMPARE(aws.lines.size(), std::size_t(4));
        QCOMPARE(aws.lines[0].confidence, Confidence::Exact);
        QCOMPARE(aws.lines[0].total, microsFromDouble(140.16));
        for (std::size_t i = 1; i < 4; ++i) {
            const PricedLine& line = aws.lines[i];
            QCOMPARE(line.confidence, Confidence::None);
            QCOMPARE(line.total, line.azureCost);
        }
        QVERIFY2(aws.lines[1].reason.contains(u"no AWS equivalent known"), qPrintable(aws.lines[1].reason));
        QVERIFY2(aws.lines[2].reason.contains(u"a purchase"), qPrintable(aws.lines[2].reason));
        QVERIFY2(aws.lines[3].reason.contains(u"unit \"7 Fortnights\" not understood"),
            qPrintable(aws.lines[3].reason));
        QCOMPARE(aws.carriedOver, microsFromDouble(951.0));
        QCOMPARE(aws.total, microsFromDouble(140.16 + 951.0));
        QCOMPARE(aws.azureCostAt(Confidence::None), microsFromDouble(951.0));
        QCOMPARE(aws.azureCostAt(Confidence::Exact), microsFromDouble(140.16));
        // The resource is shown as its VM.
        QCOMPARE(aws.offer.sku, QStringLiteral("m6i.xlarge"));
        QCOMPARE(aws.offer.alternatives.size(), VmMapper::kAlternatives);
    }

    // A Windows VM under Azure Hybrid Benefit runs on a Linux-priced meter; the target has no such
    // benefit on shared hardware, so the licence is priced in and the reason says so.
    void hybridBenefitPricedLicenceIncluded()
    {
        Resource vm = billed(QStringLiteral("eastus"),
            { { u"Virtual Machines", u"Dsv5 Series", u"D4s v5", u"1 Hour", 730, 140.16 } },
            QStringLiteral("Standard_D4s_v5"));
        vm.windows = true;
        vm.hybridBenefit = true;
        for (Cloud target : kTargetClouds) {
            const TargetPricing pricing = pricer().price(vm, target);
            const PricedLine& line = pricing.lines.front();
            QCOMPARE(line.usdPerUnit, target == Cloud::Aws ? 0.376 : 0.402756);
            QVERIFY2(line.reason.contains(u"Azure Hybrid Benefit"), qPrintable(line.reason));
            QCOMPARE(pricing.offer.usdPerHour, line.usdPerUnit);
        }
    }

    // App Service plan instances land on a VM of the plan's shape.
    void appServicePlan()
    {
        const Resource plan = billed(QStringLiteral("eastus"),
            { { u"Azure App Service", u"Premium v3 Plan - Linux", u"P1 v3 App", u"1 Hour", 730, 91.98 } });
        const TargetPricing aws = pricer().price(plan, Cloud::Aws);
        const PricedLine& line = aws.lines.front();
        QCOMPARE(meterKindId(line.kind), QStringLiteral("vm-compute"));
        QCOMPARE(line.service, QStringLiteral("Elastic Beanstalk (EC2)"));
        QCOMPARE(aws.offer.vcpu, 2.0);
        QCOMPARE(aws.offer.memoryGiB, 8.0);
        QCOMPARE(line.confidence, Confidence::Close);
        QVERIFY2(line.reason.contains(u"App Service P1v3"), qPrintable(line.reason));
    }

    // Resources without a usable region are priced in the target's reference region, and say so.
    void globalResource()
    {
        const Resource zone = billed(
            QStringLiteral("global"), { { u"Azure DNS", u"", u"Public Zones", u"1/Month", 2, 1.0 } });
        const TargetPricing gcp = pricer().price(zone, Cloud::Gcp);
        const PricedLine& line = gcp.lines.front();
        QCOMPARE(line.region, QStringLiteral("us-central1"));
        QCOMPARE(line.total, microsFromDouble(0.4));
        QCOMPARE(line.confidence, Confidence::Close);
        QVERIFY2(line.reason.contains(u"priced in us-central1"), qPrintable(line.reason));
    }

    // Imported RDS for SQL Server prices (AWS Price List AmazonRDS) replace the estimate.
    void importedSqlServerPrices()
    {
        Catalog catalog;
        CatalogOverlay overlay;
        overlay.addSource({ QStringLiteral("aws-price-list-AmazonRDS-test"),
            QStringLiteral("AWS Price List AmazonRDS"), QStringLiteral("2026-09-01"), QString(), QString() });
        Rate rate;
        rate.cloud = Cloud::Aws;
        rate.kind = QStringLiteral("db-instance");
        rate.product = QStringLiteral("sqlserver-se:db.m6i.large");
        rate.region = QStringLiteral("us-east-1");
        rate.unit = QStringLiteral("hour");
        rate.usd = 0.98;
        rate.source = QStringLiteral("aws-price-list-AmazonRDS-test");
        overlay.setRate(rate);
        overlay.applyTo(catalog);
        const ResourcePricer withImport(catalog);
        const Resource database = billed(QStringLiteral("eastus"),
            { { u"SQL Database", u"Single/Elastic Pool General Purpose - Compute Gen5", u"vCore", u"1 Hour",
                730, 370.0 } });
        const PricedLine line = withImport.price(database, Cloud::Aws).lines.front();
        QCOMPARE(line.usdPerUnit, 0.49);
        QCOMPARE(line.confidence, Confidence::Close);
        QCOMPARE(line.sourceDate, QStringLiteral("2026-09-01"));
        QVERIFY2(!line.reason.contains(u"estimated"), qPrintable(line.reason));
    }

    void userChoiceOfRegion()
    {
        const Resource blob = billed(QStringLiteral("westeurope"),
            { { u"Storage", u"Tiered Block Blob", u"Hot LRS Data Stored", u"1 GB/Month", 1000, 20.8 } });
        const TargetPricing gcp
            = pricer().price(blob, Cloud::Gcp, TargetOverride { QStringLiteral("us-east4"), QString() });
        QCOMPARE(gcp.lines.front().region, QStringLiteral("us-east4"));
        QCOMPARE(gcp.lines.front().usdPerUnit, 0.023);
    }
};

QTEST_GUILESS_MAIN(TestResourcePricer)
#include "tst_resourcepricer.moc"
