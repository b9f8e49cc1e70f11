// Rubrics of the factors about the services themselves: equivalence, lock-in, availability, strategy.
#include "risk/riskformat.h"
#include "risk/servicelockin.h"
#include "riskrubrics.h"

#include <QMap>

#include <algorithm>

namespace cloudshift {

using namespace riskformat;

namespace {

struct ServiceUse
{
    ServiceLockIn lockIn;
    Micros cost = 0;
    QStringList resources;
};

// Services by name with their cost, from every meter of every resource (a VM's disks count as Storage).
QMap<QString, ServiceUse> servicesOf(const WorkloadRiskInput& input)
{
    QMap<QString, ServiceUse> services;
    for (const RiskResource& r : input.resources) {
        for (const MeterUsage& usage : r.resource->meters) {
            const ServiceLockIn lockIn = serviceLockIn(usage.meter.category, r.resource->resourceType);
            ServiceUse& use = services[lockIn.service];
            use.lockIn = lockIn;
            for (Micros c : usage.cost)
                use.cost += c;
            if (!use.resources.contains(r.resource->name))
                use.resources << r.resource->name;
        }
    }
    return services;
}

QString resourceList(const QStringList& names)
{
    return names.size() <= 3
        ? names.join(QStringLiteral(", "))
        : names.mid(0, 3).join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(names.size() - 3);
}

} // namespace

FactorScore scoreServiceEquivalence(const WorkloadRiskInput& input)
{
    Micros vmCost = 0;
    Micros approximate = 0;
    Micros none = 0;
    QStringList approximateNames, noneNames;
    int vms = 0;
    for (const RiskResource& r : input.resources) {
        if (!r.resource->isVm())
            continue;
        ++vms;
        // A VM without cost in the period still counts, as one micro-unit, so it is never invisible.
        const Micros cost = std::max<Micros>(r.resource->totalCost, 1);
        vmCost += cost;
        if (r.offer.confidence == Confidence::Approximate) {
            approximate += cost;
            approximateNames << r.resource->name;
        } else if (r.offer.confidence == Confidence::None) {
            none += cost;
            noneNames << QStringLiteral("%1 (%2)").arg(r.resource->name, r.offer.reason);
        }
    }
    if (vms == 0)
        return { 1,
            QStringLiteral(
                "no VM: the workload's %1 resources (%2) are carried over at their Azure cost, not "
                "yet matched to %3 services")
                .arg(input.resources.size())
                .arg(money(input.workloadCost(), input.currency()), cloudDisplayName(input.target)) };
    const double approximateShare = share(approximate, vmCost);
    const double noneShare = share(none, vmCost);
    const int score = noneShare > 0.25          ? 3
        : (none > 0 || approximateShare > 0.25) ? 2
        : approximate > 0                       ? 1
                                                : 0;
    QString evidence
        = QStringLiteral("%1 VMs (%2) on %3: exact or close %4, approximate %5, no equivalent %6")
              .arg(vms)
              .arg(money(input.vmCost(), input.currency()), cloudDisplayName(input.target),
                  percent(1.0 - approximateShare - noneShare), percent(approximateShare), percent(noneShare));
    if (!approximateNames.isEmpty())
        evidence += QStringLiteral("; approximate: ") + resourceList(approximateNames);
    if (!noneNames.isEmpty())
        evidence += QStringLiteral("; none: ") + resourceList(noneNames);
    return { score, evidence };
}

FactorScore scorePaasLockIn(const WorkloadRiskInput& input)
{
    const QMap<QString, ServiceUse> services = servicesOf(input);
    if (services.isEmpty())
        return { 0, QStringLiteral("no billed service") };
    std::vector<const ServiceUse*> ranked;
    for (const ServiceUse& use : services)
        ranked.push_back(&use);
    std::stable_sort(ranked.begin(), ranked.end(), [](const ServiceUse* a, const ServiceUse* b) {
        return a->lockIn.level != b->lockIn.level ? a->lockIn.level > b->lockIn.level : a->cost > b->cost;
    });
    const int score = ranked.front()->lockIn.level;
    QStringList lines;
    for (const ServiceUse* use : ranked) {
        if (lines.size() == 3 || (use->lockIn.level < score && !lines.isEmpty()))
            break;
        lines << QStringLiteral("%1 (level %2, %3, %4 of the cost; %5) → %6")
                     .arg(use->lockIn.service)
                     .arg(use->lockIn.level)
                     .arg(money(use->cost, input.currency()), percent(share(use->cost, input.workloadCost())),
                         resourceList(use->resources), use->lockIn.counterpart);
    }
    return { score,
        lines.join(QStringLiteral("; ")) + QStringLiteral(" (%1 services in all)").arg(services.size()) };
}

FactorScore scoreTargetAvailability(const WorkloadRiskInput& input)
{
    int score = 0;
    QStringList lines;
    QStringList seen;
    QStringList missingSizes;
    int global = 0;
    for (const RiskResource& r : input.resources) {
        if (r.region.azureRegion.isEmpty()) {
            ++global;
            continue;
        }
        if (r.resource->isVm() && r.sizeKnown && !r.offer.isMapped() && r.region.isValid()) {
            missingSizes << QStringLiteral("%1 in %2").arg(r.resource->vmSize, r.region.region);
            score = std::max(score, 2);
        }
        if (seen.contains(r.region.azureRegion))
            continue;
        seen << r.region.azureRegion;
        int level = 0;
        QString line;
        if (!r.region.isValid()) {
            level = 3;
            line = QStringLiteral("azure:%1 → none (%2)").arg(r.region.azureRegion, r.region.note);
        } else {
            level = r.region.confidence == Confidence::Approximate                        ? 2
                : (r.region.confidence == Confidence::Close || !r.regionCaveat.isEmpty()) ? 1
                                                                                          : 0;
            const QString why = !r.region.note.isEmpty() ? r.region.note : r.regionCaveat;
            line = QStringLiteral("azure:%1 → %2:%3%4")
                       .arg(r.region.azureRegion, cloudId(input.target), r.region.region,
                           why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
        }
        score = std::max(score, level);
        lines << line;
    }
    if (!missingSizes.isEmpty()) {
        missingSizes.removeDuplicates();
        lines << QStringLiteral("VM sizes with no priced type there: ") + resourceList(missingSizes);
    }
    if (global > 0)
        lines << QStringLiteral("%1 resources without a regional location").arg(global);
    return { score,
        lines.isEmpty() ? QStringLiteral("no regional resource") : lines.join(QStringLiteral("; ")) };
}

Strategy suggestedStrategy(const WorkloadRiskInput& input)
{
    int level = 0;
    const Micros total = input.workloadCost();
    for (const ServiceUse& use : servicesOf(input)) {
        if (use.lockIn.level == 3)
            return Strategy::Refactor;
        if (share(use.cost, total) >= 0.05)
            level = std::max(level, use.lockIn.level);
    }
    return level > 0 ? Strategy::Replatform : Strategy::Rehost;
}

FactorScore scoreStrategyComplexity(const WorkloadRiskInput& input)
{
    const bool given = input.scenario.strategy.has_value();
    const Strategy strategy = given ? *input.scenario.strategy : suggestedStrategy(input);
    int score = 0;
    switch (strategy) {
    case Strategy::Retire:
    case Strategy::Retain:
        score = 0;
        break;
    case Strategy::Rehost:
    case Strategy::Relocate:
        score = 1;
        break;
    case Strategy::Repurchase:
    case Strategy::Replatform:
        score = 2;
        break;
    case Strategy::Refactor:
        score = 3;
        break;
    }
    if (given)
        return { score, QStringLiteral("%1, as set in the scenario").arg(strategyId(strategy)) };
    return { score,
        QStringLiteral("%1 assumed from the services used (the scenario sets no strategy; see PaaS lock-in)")
            .arg(strategyId(strategy)) };
}

} // namespace cloudshift
