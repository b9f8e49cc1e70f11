#include "workloadrates.h"

#include <QHash>

#include <cmath>

namespace cloudshift {

namespace {

    Micros average(const std::vector<Micros>& series, const RunRateBasis& basis)
    {
        Micros sum = 0;
        for (int m = basis.firstMonth; m < basis.firstMonth + basis.months; ++m)
            sum += series[static_cast<std::size_t>(m)];
        return basis.months == 0 ? 0 : static_cast<Micros>(std::llround(static_cast<double>(sum) * basis.scale / basis.months));
    }

    bool isStorageMeter(const MeterUsage& usage)
    {
        return usage.meter.unit.contains(u"GB/Month", Qt::CaseInsensitive)
            && (usage.meter.category.contains(u"Storage", Qt::CaseInsensitive)
                || usage.meter.category.contains(u"Backup", Qt::CaseInsensitive));
    }

} // namespace

RunRateBasis chooseRunRateBasis(const Inventory& inventory, const QDate& lastDate)
{
    RunRateBasis basis;
    if (inventory.monthCount == 0)
        return basis;
    int lastFull = inventory.monthCount - 1;
    // Monthly-granularity exports date every row on the 1st; a daily export ending mid-month is partial.
    const bool lastIsPartial = lastDate.isValid() && lastDate.day() > 1 && lastDate.day() < lastDate.daysInMonth();
    if (lastIsPartial)
        --lastFull;
    auto label = [&inventory](int m) { return inventory.monthStart(m).toString(QStringLiteral("yyyy-MM")); };
    if (lastFull < 0) {
        basis.firstMonth = inventory.monthCount - 1;
        basis.months = 1;
        basis.scale = static_cast<double>(lastDate.daysInMonth()) / lastDate.day();
        basis.description = QStringLiteral("the partial month %1 (%2 days) extrapolated to a full month")
                                .arg(label(basis.firstMonth))
                                .arg(lastDate.day());
        return basis;
    }
    basis.months = std::min(3, lastFull + 1);
    basis.firstMonth = lastFull - basis.months + 1;
    basis.description = basis.months == 1
        ? QStringLiteral("the last full month (%1)").arg(label(lastFull))
        : QStringLiteral("average of the last %1 full months (%2 to %3)")
              .arg(basis.months)
              .arg(label(basis.firstMonth), label(lastFull));
    return basis;
}

std::vector<WorkloadRates> computeWorkloadRates(const Inventory& inventory,
    const std::vector<WorkloadGrouping::Assignment>& assignments, const std::vector<TargetPricingPair>& pricing,
    const RunRateBasis& basis)
{
    std::vector<WorkloadRates> rates;
    QHash<QString, std::size_t> index;
    std::vector<std::array<QHash<QString, Micros>, 2>> regionCost;
    for (std::size_t r = 0; r < inventory.resources.size(); ++r) {
        const Resource& resource = inventory.resources[r];
        auto it = index.find(assignments[r].workload);
        if (it == index.end()) {
            it = index.insert(assignments[r].workload, rates.size());
            rates.push_back(WorkloadRates{});
            rates.back().workload = assignments[r].workload;
            regionCost.emplace_back();
        }
        WorkloadRates& w = rates[it.value()];
        ++w.resources;
        const Micros azure = average(resource.monthlyCost, basis);
        w.azure += azure;
        w.azureCompute += average(resource.vmComputeCost, basis);
        if (resource.isVm()) {
            ++w.vms;
            w.vcpus += resource.vcpus;
        }
        for (const MeterUsage& usage : resource.meters) {
            if (!isStorageMeter(usage))
                continue;
            double gb = 0;
            for (int m = basis.firstMonth; m < basis.firstMonth + basis.months; ++m)
                gb += usage.quantity[static_cast<std::size_t>(m)];
            w.storedGb += basis.months == 0 ? 0 : gb / basis.months;
        }
        for (std::size_t t = 0; t < 2; ++t) {
            const TargetPricing& p = pricing[r][t];
            const Micros target = average(p.monthly, basis);
            w.target[t] += target;
            // The carried share follows the resource's cost shape; it stays in the billing currency.
            const double carriedShare = p.total == 0 ? 0.0 : static_cast<double>(p.carriedOver) / static_cast<double>(p.total);
            const Micros carried = static_cast<Micros>(std::llround(static_cast<double>(target) * carriedShare));
            w.targetCarried[t] += carried;
            w.mappedAzure[t] += p.offer.isMapped() ? azure - carried : 0;
            if (p.offer.isMapped() && resource.isVm()) {
                double hours = 0;
                for (int m = basis.firstMonth; m < basis.firstMonth + basis.months; ++m)
                    hours += resource.vmHours[static_cast<std::size_t>(m)];
                const double perMonth = basis.months == 0 ? 0 : hours * basis.scale / basis.months;
                w.targetCompute[t] += microsFromDouble(perMonth * p.offer.usdPerHour);
            }
            if (p.offer.isMapped() && !p.offer.region.isEmpty())
                regionCost[it.value()][t][p.offer.region] += target;
        }
    }
    for (std::size_t i = 0; i < rates.size(); ++i) {
        for (std::size_t t = 0; t < 2; ++t) {
            Micros best = -1;
            for (auto c = regionCost[i][t].cbegin(); c != regionCost[i][t].cend(); ++c) {
                if (c.value() > best || (c.value() == best && c.key() < rates[i].region[t])) {
                    best = c.value();
                    rates[i].region[t] = c.key();
                }
            }
        }
    }
    return rates;
}

} // namespace cloudshift
