#include "fleetbuilder.h"

#include "billingcalendar.h"
#include "computefactory.h"
#include "random.h"
#include "resourcefactory.h"
#include "servicefactory.h"
#include "vmpricetable.h"

#include <algorithm>

namespace cloudshift {

namespace {

using Kind = Company::Kind;

template <typename T, typename Weight>
int weightedPick(Random& random, const QList<T>& items, Weight weightOf)
{
    int total = 0;
    for (const T& item : items)
        total += weightOf(item);
    int draw = random.between(0, total - 1);
    for (int i = 0; i < items.size(); ++i) {
        draw -= weightOf(items.at(i));
        if (draw < 0)
            return i;
    }
    return int(items.size()) - 1;
}

} // namespace

FleetBuilder::FleetBuilder(const Company& company, const MeterCatalog& meters, const VmPriceTable& prices,
    const BillingCalendar& calendar)
    : m_company(company)
    , m_meters(meters)
    , m_prices(prices)
    , m_calendar(calendar)
{
}

QStringList FleetBuilder::missingPrices() const
{
    QList<QByteArray> windowsSizes;
    for (const Company::App& app : m_company.apps())
        windowsSizes << app.windowsSizes;
    QStringList missing;
    for (const Company::Region& region : m_company.regions()) {
        for (const QByteArray& size : m_company.allVmSizes()) {
            const auto price = m_prices.price(region.arm, size);
            const QString where = QString::fromUtf8(region.arm + ' ' + size);
            if (!price && !missing.contains(where))
                missing << where;
            else if (price && windowsSizes.contains(size) && price->windowsHourly == 0
                && !missing.contains(where + QStringLiteral(" (Windows)")))
                missing << where + QStringLiteral(" (Windows)");
        }
    }
    return missing;
}

QList<Resource> FleetBuilder::build(quint64 seed, int batch, int count) const
{
    Random random(Random::mix(seed, quint64(batch)));
    ResourceFactory base(m_company, m_meters, random, batch);
    ComputeFactory compute(base, m_prices);
    ServiceFactory services(base);

    QList<Resource> fleet;
    addPlatform(services, random, fleet);
    const QList<Company::App>& apps = m_company.apps();
    // Every estate, however small, has each app's main component in production, and the GPU
    // machine; the rest is drawn by weight.
    for (int app = 0; app < apps.size(); ++app) {
        for (const Company::Component& component : apps.at(app).components) {
            if (component.kind == apps.at(app).components.first().kind || component.kind == Kind::GpuVm)
                addComponent(compute, services, component.kind, place(random, app, true), fleet);
        }
    }
    while (fleet.size() < count) {
        const int app = weightedPick(random, apps, [](const Company::App& a) { return a.weight; });
        const Placement where = place(random, app, false);
        const int component = weightedPick(
            random, apps.at(app).components, [](const Company::Component& c) { return c.weight; });
        addComponent(compute, services, apps.at(app).components.at(component).kind, where, fleet);
    }
    fleet.resize(count);
    addRefunds(random, fleet);
    return fleet;
}

void FleetBuilder::addPlatform(ServiceFactory& services, Random& random, QList<Resource>& out) const
{
    const auto at = [&](int region) {
        Placement where;
        where.app = m_company.platformApp();
        where.env = "prod";
        where.subscription = Company::SharedServices;
        where.region = region;
        where.tags = tagsFor(random, m_company.apps().at(where.app), where.env);
        where.lastDay = m_calendar.totalDays() - 1;
        return where;
    };
    enum { WestEurope = 0, NorthEurope = 1, UkSouth = 2, EastUs2 = 3 };
    services.addVpnGateway(at(WestEurope), "VpnGw2", EastUs2, out);
    services.addVpnGateway(at(EastUs2), "VpnGw1", WestEurope, out);
    services.addLogWorkspace(at(WestEurope), "prod", 60.0, out);
    services.addLogWorkspace(at(WestEurope), "nonprod", 12.0, out);
    services.addLogWorkspace(at(EastUs2), "prod", 25.0, out);
    services.addBackupVault(at(WestEurope), out);
    services.addBackupVault(at(UkSouth), out);
    services.addBackupVault(at(EastUs2), out);
    Q_UNUSED(NorthEurope);
}

Placement FleetBuilder::place(Random& random, int appIndex, bool production) const
{
    const Company::App& app = m_company.apps().at(appIndex);
    Placement where;
    where.app = appIndex;
    where.env = "prod";
    if (!production && random.chance(app.nonProdShare))
        where.env = random.chance(0.45) ? "test" : "dev";
    const bool prod = where.env == "prod";
    where.subscription = prod ? app.prodSubscription : int(Company::NonProduction);
    where.region = app.homeRegion;
    if (prod && app.drRegion >= 0 && random.chance(0.15))
        where.region = app.drRegion;
    if (prod && random.chance(0.5))
        where.zone = QByteArray::number(random.between(1, 3));
    where.tags = tagsFor(random, app, where.env);

    // Life spans: most resources run all period; some are retired (more so for apps being
    // replatformed), some arrive later (more so for growing apps), and dev has short-lived machines.
    const int total = m_calendar.totalDays();
    where.firstDay = 0;
    where.lastDay = total - 1;
    const double draw = random.uniform();
    const double arriving = 0.06 + app.growthPerMonth * 2.5;
    if (total >= 60) {
        if (draw < app.retireShare) {
            where.lastDay = random.between(total / 6, total - 20);
        } else if (draw < app.retireShare + arriving) {
            where.firstDay = random.between(20, total * 5 / 6);
        } else if (where.env == "dev" && draw < app.retireShare + arriving + 0.08) {
            where.firstDay = random.between(0, total - 60);
            where.lastDay = where.firstDay + random.between(14, 59);
        }
    }
    return where;
}

QByteArray FleetBuilder::tagsFor(Random& random, const Company::App& app, const QByteArray& env) const
{
    const double draw = random.uniform();
    if (draw < 0.05)
        return QByteArray();
    QByteArray tags = ResourceFactory::tag("app", app.name) + ',' + ResourceFactory::tag("env", env);
    // A few resources were tagged by hand and only half-way.
    if (draw < 0.08)
        return tags;
    return tags + ',' + ResourceFactory::tag("costcenter", app.costCenter) + ','
        + ResourceFactory::tag("owner", app.owner);
}

void FleetBuilder::addComponent(ComputeFactory& compute, ServiceFactory& services, Company::Kind kind,
    const Placement& where, QList<Resource>& out) const
{
    switch (kind) {
    case Kind::LinuxVm:
        compute.addVirtualMachine(where, ComputeFactory::Os::Linux, out);
        break;
    case Kind::WindowsVm:
        compute.addVirtualMachine(where, ComputeFactory::Os::Windows, out);
        break;
    case Kind::GpuVm:
        compute.addVirtualMachine(where, ComputeFactory::Os::Gpu, out);
        break;
    case Kind::Aks:
        compute.addKubernetes(where, out);
        break;
    case Kind::AppService:
        compute.addAppServicePlan(where, out);
        break;
    case Kind::SqlDatabase:
        services.addSqlDatabase(where, out);
        break;
    case Kind::CosmosDb:
        services.addCosmosAccount(where, out);
        break;
    case Kind::HotStorage:
    case Kind::CoolStorage:
        services.addStorageAccount(where, kind == Kind::CoolStorage, out);
        break;
    case Kind::KeyVault:
        services.addKeyVault(where, out);
        break;
    case Kind::LoadBalancer:
        services.addLoadBalancer(where, out);
        break;
    case Kind::PublicIp:
        services.addPublicIp(where, QByteArray(), out);
        break;
    case Kind::VpnGateway:
    case Kind::LogAnalytics:
    case Kind::BackupVault:
        // Shared platform services are laid out once per batch by addPlatform().
        break;
    }
}

void FleetBuilder::addRefunds(Random& random, QList<Resource>& fleet) const
{
    if (fleet.isEmpty())
        return;
    const int wanted = std::max(1, int(fleet.size()) / 80);
    int made = 0;
    for (int attempt = 0; attempt < wanted * 40 && made < wanted; ++attempt) {
        Resource& resource = fleet[random.between(0, int(fleet.size()) - 1)];
        if (resource.subscription == Company::NonProduction || resource.usages.isEmpty()
            || resource.usages.first().meter.category != "Virtual Machines" || !resource.refunds.isEmpty())
            continue;
        const int usage = random.between(0, int(resource.usages.size()) - 1);
        if (resource.usages.at(usage).meter.category != "Virtual Machines")
            continue;
        const int first = std::max(resource.firstDay, resource.usages.at(usage).firstDay);
        if (resource.lastDay - first < 10)
            continue;
        // An outage credit: a few hours of one machine given back.
        const qint64 hours = random.between(2, 24);
        resource.refunds << Refund { usage, random.between(first, resource.lastDay), hours * 1000000 };
        ++made;
    }
}

} // namespace cloudshift
