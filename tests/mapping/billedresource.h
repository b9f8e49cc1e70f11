#pragma once

// Resources as the inventory builds them from a bill, for the pricing tests.

#include "inventory/resource.h"

#include <QString>

#include <initializer_list>

// A one-month resource billed on the given meters: (category, subcategory, name, unit, quantity, cost).
struct MeterRow
{
    const char16_t* category;
    const char16_t* subCategory;
    const char16_t* name;
    const char16_t* unit;
    double quantity;
    double cost;
    const char16_t* chargeType = u"Usage";
    const char16_t* pricingModel = u"OnDemand";
};

inline cloudshift::Resource billed(
    const QString& location, std::initializer_list<MeterRow> meters, const QString& vmSize = QString())
{
    cloudshift::Resource r;
    r.name = QStringLiteral("resource");
    r.location = location;
    r.vmSize = vmSize;
    r.monthlyCost = { 0 };
    for (const MeterRow& m : meters) {
        cloudshift::MeterUsage usage;
        usage.meter = cloudshift::BilledMeter { QString::fromUtf16(m.category),
            QString::fromUtf16(m.subCategory), QString::fromUtf16(m.name), QString::fromUtf16(m.unit),
            QString::fromUtf16(m.chargeType), QString::fromUtf16(m.pricingModel) };
        usage.cost = { cloudshift::microsFromDouble(m.cost) };
        usage.quantity = { m.quantity };
        r.meters.push_back(usage);
        r.monthlyCost[0] += usage.cost[0];
        r.totalCost += usage.cost[0];
    }
    return r;
}
