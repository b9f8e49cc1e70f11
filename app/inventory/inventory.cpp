#include "inventory.h"

#include <QHash>

#include <map>

namespace cloudshift {

namespace {

    bool isVmComputeMeter(const BilledMeter& meter)
    {
        return meter.category.compare(u"Virtual Machines", Qt::CaseInsensitive) == 0
            && meter.unit.contains(u"hour", Qt::CaseInsensitive);
    }

    // Without AdditionalInfo the meter name still tells the size: "D4s v5" in "Dsv5 Series" is Standard_D4s_v5.
    QString vmSizeFromMeterName(const QString& meterName)
    {
        QString name = meterName.trimmed();
        if (name.isEmpty() || name.contains(u"/") || name.contains(u"Low Priority") || name.contains(u"Spot"))
            return {};
        name.replace(QLatin1Char(' '), QLatin1Char('_'));
        return QStringLiteral("Standard_") + name;
    }

} // namespace

QDate Inventory::monthStart(int month) const
{
    const int absolute = firstMonth + month;
    return QDate(2000 + absolute / 12, absolute % 12 + 1, 1);
}

Inventory buildInventory(const BillingData& data, const HoursPerUnit& hoursPerUnit)
{
    Inventory inventory;
    if (data.lastMonth < data.firstMonth)
        return inventory;
    inventory.firstMonth = data.firstMonth;
    inventory.monthCount = data.lastMonth - data.firstMonth + 1;
    const auto months = static_cast<std::size_t>(inventory.monthCount);

    // Hours per unit is looked up once per meter, not per cell.
    std::vector<std::optional<double>> meterHours(data.meters.size());
    std::vector<bool> meterIsVm(data.meters.size());
    for (std::size_t m = 0; m < data.meters.size(); ++m) {
        meterIsVm[m] = isVmComputeMeter(data.meters[m]);
        if (meterIsVm[m] && hoursPerUnit)
            meterHours[m] = hoursPerUnit(data.meters[m].unit);
    }

    inventory.resources.resize(data.resources.size());
    std::vector<std::map<QString, Micros>> categoryCost(data.resources.size());
    std::vector<QString> vmSizeFromMeter(data.resources.size());
    for (std::size_t r = 0; r < data.resources.size(); ++r) {
        Resource& resource = inventory.resources[r];
        resource.monthlyCost.assign(months, 0);
        resource.vmComputeCost.assign(months, 0);
        resource.vmHours.assign(months, 0.0);
    }
    std::vector<QHash<std::uint32_t, std::size_t>> meterSlot(data.resources.size());
    for (const CostCell& cell : data.cells) {
        Resource& resource = inventory.resources[cell.resource];
        const auto month = static_cast<std::size_t>(cell.month - inventory.firstMonth);
        const BilledMeter& meter = data.meters[cell.meter];
        auto slot = meterSlot[cell.resource].find(cell.meter);
        if (slot == meterSlot[cell.resource].end()) {
            slot = meterSlot[cell.resource].insert(cell.meter, resource.meters.size());
            resource.meters.push_back(MeterUsage{meter, std::vector<Micros>(months, 0), std::vector<double>(months, 0.0)});
        }
        resource.meters[slot.value()].cost[month] += cell.cost;
        resource.meters[slot.value()].quantity[month] += cell.quantity;
        resource.monthlyCost[month] += cell.cost;
        resource.totalCost += cell.cost;
        categoryCost[cell.resource][meter.category] += cell.cost;
        if (meterIsVm[cell.meter] && meterHours[cell.meter]) {
            resource.vmComputeCost[month] += cell.cost;
            resource.vmHours[month] += cell.quantity * *meterHours[cell.meter];
            if (vmSizeFromMeter[cell.resource].isEmpty())
                vmSizeFromMeter[cell.resource] = vmSizeFromMeterName(meter.name);
        }
    }

    QHash<QString, Micros> costByCurrency;
    for (std::size_t r = 0; r < data.resources.size(); ++r) {
        const BilledResource& billed = data.resources[r];
        Resource& resource = inventory.resources[r];
        resource.id = billed.id;
        resource.name = billed.name;
        resource.resourceGroup = billed.resourceGroup;
        resource.subscriptionId = billed.subscriptionId;
        resource.subscriptionName = billed.subscriptionName;
        resource.location = billed.location;
        resource.resourceType = billed.resourceType;
        resource.vcpus = billed.vcpus;
        resource.windows = billed.windows;
        resource.hybridBenefit = billed.hybridBenefit;
        resource.tags = billed.tags;
        resource.currency = billed.currency;
        const bool hasVmHours = std::any_of(resource.vmHours.begin(), resource.vmHours.end(), [](double h) { return h > 0; });
        if (hasVmHours)
            resource.vmSize = billed.vmSize.isEmpty() ? vmSizeFromMeter[r] : billed.vmSize;
        Micros best = 0;
        for (const auto& [category, cost] : categoryCost[r]) {
            if (resource.serviceCategory.isEmpty() || cost > best) {
                best = cost;
                resource.serviceCategory = category;
            }
        }
        costByCurrency[billed.currency] += resource.totalCost;
    }
    Micros best = 0;
    for (auto it = costByCurrency.cbegin(); it != costByCurrency.cend(); ++it) {
        if (inventory.currency.isEmpty() || it.value() > best) {
            best = it.value();
            inventory.currency = it.key();
        }
    }
    return inventory;
}

} // namespace cloudshift
