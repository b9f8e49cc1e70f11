#pragma once

#include "catalog/catalog.h"
#include "risk/riskinput.h"

#include <deque>

// Builds crafted workloads for the risk tests: resources with meters over three months, their offers on
// the target and their region match, so each rubric can be driven to each of its levels.
class RiskFixture
{
public:
    static constexpr int kMonths = 3;

    RiskFixture()
    {
        input.workload = QStringLiteral("orders");
        input.target = cloudshift::Cloud::Aws;
        input.estateCost = units(100000);
        input.historyMonths = 12;
        input.gigabytesPerUnit = cloudshift::catalogGigabytesPerUnit(cloudshift::Catalog::embedded());
    }

    static cloudshift::Micros units(double value) { return cloudshift::microsFromDouble(value); }

    // A resource whose whole cost is one meter; cost is spread evenly over the months.
    cloudshift::Resource& add(const QString& name, double cost,
        const QString& category = QStringLiteral("Storage"), const QString& unit = QStringLiteral("1/Month"),
        double monthlyQuantity = 1.0)
    {
        cloudshift::Resource& r = m_resources.emplace_back();
        r.id = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/x/") + name;
        r.name = name;
        r.location = QStringLiteral("westeurope");
        r.currency = QStringLiteral("USD");
        r.serviceCategory = category;
        r.monthlyCost.assign(kMonths, units(cost / kMonths));
        r.totalCost = units(cost / kMonths) * kMonths;
        meter(r, category, name, unit, 0.0, monthlyQuantity);
        r.meters.back().cost.assign(kMonths, units(cost / kMonths));

        cloudshift::RiskResource risk;
        risk.resource = &r;
        risk.region.azureRegion = QStringLiteral("westeurope");
        risk.region.region = QStringLiteral("eu-west-1");
        risk.region.confidence = cloudshift::Confidence::Exact;
        input.resources.push_back(risk);
        return r;
    }

    cloudshift::Resource& vm(const QString& name, double cost, cloudshift::Confidence confidence)
    {
        cloudshift::Resource& r
            = add(name, cost, QStringLiteral("Virtual Machines"), QStringLiteral("1 Hour"), 730);
        r.vmSize = QStringLiteral("Standard_D4s_v5");
        r.vcpus = 4;
        input.resources.back().offer.confidence = confidence;
        input.resources.back().offer.cloud = cloudshift::Cloud::Aws;
        input.resources.back().offer.reason = confidence == cloudshift::Confidence::None
            ? QStringLiteral("no type priced in eu-west-1")
            : QStringLiteral("4 vCPU 16 GiB → m6i.xlarge");
        return r;
    }

    // An extra meter on a resource (no cost unless given), e.g. a reservation or a SQL licence line.
    static cloudshift::MeterUsage& meter(cloudshift::Resource& r, const QString& category,
        const QString& name, const QString& unit, double cost, double monthlyQuantity,
        const QString& pricingModel = QStringLiteral("OnDemand"))
    {
        cloudshift::MeterUsage& usage = r.meters.emplace_back();
        usage.meter = { category, QString(), name, unit, QStringLiteral("Usage"), pricingModel };
        usage.cost.assign(kMonths, units(cost / kMonths));
        usage.quantity.assign(kMonths, monthlyQuantity);
        return usage;
    }

    cloudshift::RiskResource& last() { return input.resources.back(); }

    cloudshift::WorkloadRiskInput input;

private:
    std::deque<cloudshift::Resource> m_resources; // stable addresses: RiskResource points into it
};
