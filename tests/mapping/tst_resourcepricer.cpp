#include "catalog/catalog.h"
#include "mapping/resourcepricer.h"

#include <QTest>

using namespace cloudshift;

namespace {

Resource vmResource(const QString& size)
{
    Resource r;
    r.name = QStringLiteral("vm1");
    r.location = QStringLiteral("EastUS");
    r.vmSize = size;
    r.serviceCategory = QStringLiteral("Virtual Machines");
    // Two months: 730 and 365 compute hours at 0.192 USD/h, plus 10 USD a month of other meters.
    r.vmHours = {730, 365};
    r.vmComputeCost = {140'160'000, 70'080'000};
    r.monthlyCost = {150'160'000, 80'080'000};
    r.totalCost = 230'240'000;
    return r;
}

} // namespace

class TestResourcePricer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Compute hours × the target's hourly price replace the Azure compute cost; other meters carry over.
    void vmHoursRepriced()
    {
        const ResourcePricer pricer(Catalog::embedded());
        const Resource vm = vmResource(QStringLiteral("Standard_D4s_v5"));

        const TargetPricing aws = pricer.price(vm, Cloud::Aws);
        QCOMPARE(aws.offer.sku, QStringLiteral("m6i.xlarge"));
        QCOMPARE(aws.offer.region, QStringLiteral("us-east-1"));
        QCOMPARE(aws.offer.usdPerHour, 0.192);
        QCOMPARE(aws.monthly, (std::vector<Micros>{150'160'000, 80'080'000}));
        QCOMPARE(aws.carriedOver, Micros(20'000'000));

        const TargetPricing gcp = pricer.price(vm, Cloud::Gcp);
        QCOMPARE(gcp.offer.sku, QStringLiteral("n2-standard-4"));
        QCOMPARE(gcp.offer.usdPerHour, 0.218756);
        // 730 h × 0.218756 = 159.69188; 365 h → 79.84594
        QCOMPARE(gcp.monthly, (std::vector<Micros>{169'691'880, 89'845'940}));
        QCOMPARE(gcp.total, Micros(259'537'820));
    }

    void unknownSizeKeepsAzureCost()
    {
        const ResourcePricer pricer(Catalog::embedded());
        const Resource vm = vmResource(QStringLiteral("Standard_Imaginary_v9"));
        const TargetPricing aws = pricer.price(vm, Cloud::Aws);
        QCOMPARE(aws.offer.confidence, Confidence::None);
        QCOMPARE(aws.monthly, vm.monthlyCost);
        QCOMPARE(aws.carriedOver, vm.totalCost);
        QVERIFY(!aws.offer.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResourcePricer)
#include "tst_resourcepricer.moc"
