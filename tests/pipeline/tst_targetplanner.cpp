#include "simulation/targetplanner.h"

#include <QTest>

using namespace cloudshift;

namespace {

Resource makeResource(const QString& name, const QString& vmSize, std::vector<Micros> cost, std::vector<Micros> compute,
    std::vector<double> hours)
{
    Resource r;
    r.id = QStringLiteral("/subscriptions/s/resourceGroups/rg-x/providers/x/") + name;
    r.name = name;
    r.resourceGroup = QStringLiteral("rg-x");
    r.location = QStringLiteral("westeurope");
    r.vmSize = vmSize;
    r.serviceCategory = vmSize.isEmpty() ? QStringLiteral("Storage") : QStringLiteral("Virtual Machines");
    r.monthlyCost = std::move(cost);
    r.vmComputeCost = std::move(compute);
    r.vmHours = std::move(hours);
    for (Micros m : r.monthlyCost)
        r.totalCost += m;
    return r;
}

constexpr Micros units(double value)
{
    return static_cast<Micros>(value * 1'000'000 + (value < 0 ? -0.5 : 0.5));
}

} // namespace

class TestTargetPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Series, workloads and carried-over totals are the sums of the resources' pricing.
    void repricesVmHoursAndCarriesTheRest()
    {
        Inventory inventory;
        inventory.firstMonth = monthIndex(2025, 1);
        inventory.monthCount = 2;
        inventory.currency = QStringLiteral("USD");
        Resource vm = makeResource(QStringLiteral("vm-a"), QStringLiteral("Standard_D2s_v5"), {units(100), units(50)},
            {units(80), units(40)}, {730, 365});
        vm.tags = {{QStringLiteral("app"), QStringLiteral("shop")}};
        Resource storage = makeResource(QStringLiteral("st-b"), QString(), {units(10), units(10)}, {0, 0}, {0, 0});
        storage.tags = {{QStringLiteral("App"), QStringLiteral("shop")}};
        Resource odd = makeResource(QStringLiteral("vm-c"), QStringLiteral("Standard_Foo"), {units(20), units(20)},
            {units(20), units(20)}, {100, 100});
        inventory.resources = {vm, storage, odd};

        const WorkloadGrouping grouping({QStringLiteral("app")});
        std::vector<WorkloadGrouping::Assignment> assignments;
        for (const Resource& r : inventory.resources)
            assignments.push_back(grouping.assign(r));

        // A fixed pricing: the planner's job is to sum resources into series and workloads.
        const auto priceOne = [](const Resource& r, Cloud target) {
            TargetPricing p;
            p.offer.cloud = target;
            if (r.name == u"vm-a") {
                p.offer.sku = target == Cloud::Aws ? QStringLiteral("m6i.large") : QStringLiteral("n2-standard-2");
                p.offer.confidence = target == Cloud::Aws ? Confidence::Exact : Confidence::Close;
                p.monthly = target == Cloud::Aws ? std::vector<Micros>{units(93), units(46.5)}
                                                 : std::vector<Micros>{units(56.5), units(28.25)};
                p.carriedOver = units(30);
            } else {
                p.monthly = r.monthlyCost;
                p.carriedOver = r.totalCost;
            }
            for (Micros m : p.monthly)
                p.total += m;
            return p;
        };
        std::vector<TargetPricingPair> pricing;
        for (const Resource& r : inventory.resources)
            pricing.push_back({priceOne(r, Cloud::Aws), priceOne(r, Cloud::Gcp)});
        const PlanResult plan = planAllToTargets(inventory, assignments, pricing, QStringLiteral("2026-07-30"));

        QCOMPARE(plan.months, (std::vector<QDate>{QDate(2025, 1, 1), QDate(2025, 2, 1)}));
        QCOMPARE(plan.baseline.monthly, (std::vector<Micros>{units(130), units(80)}));
        QCOMPARE(plan.aws.monthly, (std::vector<Micros>{units(123), units(76.5)}));
        QCOMPARE(plan.gcp.monthly, (std::vector<Micros>{units(86.5), units(58.25)}));
        QCOMPARE(plan.baseline.total, units(210));
        QCOMPARE(plan.aws.total, units(199.5));
        QCOMPARE(plan.aws.savingVsBaseline, units(10.5));
        QCOMPARE(plan.aws.savingPercent, 5.0);
        QCOMPARE(plan.gcp.savingVsBaseline, units(65.25));
        QCOMPARE(plan.carriedOverAws, units(90));
        QCOMPARE(plan.carriedOverGcp, units(90));
        QCOMPARE(plan.catalogDate, QStringLiteral("2026-07-30"));

        QCOMPARE(plan.workloads.size(), std::size_t(2));
        const WorkloadPlanRow& shop = plan.workloads[0];
        QCOMPARE(shop.workload, QStringLiteral("shop"));
        QCOMPARE(shop.groupedBy, QStringLiteral("tag:app"));
        QCOMPARE(shop.resources, 2);
        QCOMPARE(shop.vms, 1);
        QCOMPARE(shop.azure, units(170));
        QCOMPARE(shop.aws, units(159.5));
        QCOMPARE(shop.gcp, units(104.75));
        QCOMPARE(shop.awsConfidence, Confidence::Exact);
        QCOMPARE(shop.gcpConfidence, Confidence::Close);
        const WorkloadPlanRow& rg = plan.workloads[1];
        QCOMPARE(rg.workload, QStringLiteral("rg-x"));
        QCOMPARE(rg.groupedBy, QStringLiteral("resource group"));
        QCOMPARE(rg.aws, units(40));
        QCOMPARE(rg.vmsMappedAws, 0);
        QCOMPARE(rg.awsConfidence, Confidence::None);

        QCOMPARE(plan.resources.size(), std::size_t(3));
        QCOMPARE(plan.resources[0].awsOffer.sku, QStringLiteral("m6i.large"));
        QCOMPARE(plan.resources[0].usageHours, 1095.0);
        QCOMPARE(plan.resources[2].aws, units(40));
    }
};

QTEST_APPLESS_MAIN(TestTargetPlanner)
#include "tst_targetplanner.moc"
