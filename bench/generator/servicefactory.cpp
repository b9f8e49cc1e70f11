#include "servicefactory.h"

#include "company.h"
#include "metercatalog.h"
#include "random.h"
#include "resourcefactory.h"

namespace cloudshift {

ServiceFactory::ServiceFactory(ResourceFactory& base)
    : m_base(base)
{
}

void ServiceFactory::addStorageAccount(const Placement& where, bool cool, QList<Resource>& out)
{
    const Company::App& app = m_base.company().apps().at(where.app);
    const MeterCatalog& meters = m_base.meters();
    Random& random = m_base.random();
    const bool prod = where.env == "prod";
    const bool geo = prod && (cool || app.drRegion >= 0) && random.chance(0.6);
    const bool lake = app.name == "datalake";

    Resource account = m_base.create(where, m_base.resourceGroup(where, "data"),
        "Microsoft.Storage/storageAccounts", m_base.nextStorageName(where));
    double gigabytes = cool ? random.between(500, 8000) : random.between(100, 5000);
    if (lake)
        gigabytes *= cool ? 12.0 : 3.0;
    if (!prod)
        gigabytes /= 8.0;
    const double activity = prod ? 1.0 : 0.1;
    const double growth = app.growthPerMonth + 0.01;
    const QByteArray service = "Microsoft.Storage";
    account.usages << ResourceFactory::usage(
        meters.blobCapacity(cool, geo, where.region), UsageShape::Stored, gigabytes, service, growth);
    MeterUsage writes = ResourceFactory::usage(meters.blobWrites(cool, geo, where.region), UsageShape::Volume,
        activity * (cool ? random.between(1, 20) : random.between(2, 150)), service, app.growthPerMonth);
    writes.weekendFactor = 0.6;
    account.usages << writes;
    // Accounts that only receive (logs, backups, archives) have no read line worth billing.
    if (random.chance(0.6)) {
        MeterUsage reads = ResourceFactory::usage(meters.blobReads(cool, where.region), UsageShape::Volume,
            activity * (cool ? random.between(1, 10) : random.between(5, 500)), service, app.growthPerMonth);
        reads.weekendFactor = 0.6;
        account.usages << reads;
    }
    out << account;
}

void ServiceFactory::addSqlDatabase(const Placement& where, QList<Resource>& out)
{
    const Company& company = m_base.company();
    const Company::App& app = company.apps().at(where.app);
    Random& random = m_base.random();
    const bool prod = where.env == "prod";

    const QByteArray server = m_base.stamped(
        "sql-" + app.name + '-' + where.env + '-' + company.regions().at(where.region).shortCode);
    const QByteArray database = m_base.nextName("sqldb", where);
    Resource db = m_base.create(where, m_base.resourceGroup(where, "data"),
        "Microsoft.Sql/servers/" + server + "/databases", database);
    const int vcores = prod ? (random.chance(0.4) ? 8 : 4) : 2;
    db.usages << ResourceFactory::usage(
        m_base.meters().sqlCompute(where.region), UsageShape::AlwaysOn, vcores, "Microsoft.Sql");
    db.usages << ResourceFactory::usage(m_base.meters().sqlStorage(where.region), UsageShape::Stored,
        prod ? random.between(64, 512) : random.between(16, 64), "Microsoft.Sql", app.growthPerMonth);
    out << db;
}

void ServiceFactory::addCosmosAccount(const Placement& where, QList<Resource>& out)
{
    const Company::App& app = m_base.company().apps().at(where.app);
    Random& random = m_base.random();
    const bool prod = where.env == "prod";

    Resource account = m_base.create(where, m_base.resourceGroup(where, "data"),
        "Microsoft.DocumentDB/databaseAccounts", m_base.nextName("cosmos", where));
    // Throughput is billed in blocks of 100 RU/s an hour.
    account.usages << ResourceFactory::usage(m_base.meters().cosmosThroughput(where.region),
        UsageShape::AlwaysOn, prod ? random.between(20, 100) : random.between(4, 10), "Microsoft.DocumentDB",
        prod ? app.growthPerMonth : 0.0);
    account.usages << ResourceFactory::usage(m_base.meters().cosmosStorage(where.region), UsageShape::Stored,
        prod ? random.between(50, 600) : random.between(5, 40), "Microsoft.DocumentDB", app.growthPerMonth);
    out << account;
}

void ServiceFactory::addKeyVault(const Placement& where, QList<Resource>& out)
{
    Random& random = m_base.random();
    Resource vault = m_base.create(
        where, m_base.resourceGroup(where), "Microsoft.KeyVault/vaults", m_base.nextName("kv", where));
    // Operations are billed per 10,000.
    MeterUsage operations = ResourceFactory::usage(m_base.meters().keyVaultOperations(where.region),
        UsageShape::Volume, 0.05 * random.between(1, 60), "Microsoft.KeyVault");
    operations.weekendFactor = 0.5;
    vault.usages << operations;
    out << vault;
}

void ServiceFactory::addLoadBalancer(const Placement& where, QList<Resource>& out)
{
    const Company::App& app = m_base.company().apps().at(where.app);
    Resource balancer = m_base.create(where, m_base.resourceGroup(where, "net"),
        "Microsoft.Network/loadBalancers", m_base.nextName("lbi", where));
    balancer.usages << ResourceFactory::usage(
        m_base.meters().loadBalancerRules(where.region), UsageShape::AlwaysOn, 1.0, "Microsoft.Network");
    balancer.usages << ResourceFactory::usage(m_base.meters().loadBalancerData(where.region),
        UsageShape::Volume, m_base.random().between(20, 500), "Microsoft.Network", app.growthPerMonth);
    out << balancer;
}

void ServiceFactory::addPublicIp(const Placement& where, const QByteArray& name, QList<Resource>& out)
{
    Resource address = m_base.create(where, m_base.resourceGroup(where, "net"),
        "Microsoft.Network/publicIPAddresses", name.isEmpty() ? m_base.nextName("pip", where) : name);
    address.usages << ResourceFactory::usage(
        m_base.meters().publicIp(where.region), UsageShape::AlwaysOn, 1.0, "Microsoft.Network");
    out << address;
}

void ServiceFactory::addVpnGateway(
    const Placement& where, const QByteArray& sku, int peerRegion, QList<Resource>& out)
{
    const QByteArray region = m_base.company().regions().at(where.region).shortCode;
    const QByteArray group = m_base.stamped("rg-platform-connectivity-" + region);
    const QByteArray name = m_base.stamped("vgw-hub-" + region);
    Resource gateway = m_base.create(where, group, "Microsoft.Network/virtualNetworkGateways", name);
    gateway.usages << ResourceFactory::usage(
        m_base.meters().vpnGateway(sku, where.region), UsageShape::AlwaysOn, 1.0, "Microsoft.Network");
    // Site-to-site traffic between the hubs crosses regions.
    gateway.usages << ResourceFactory::usage(m_base.meters().interRegion(where.region, peerRegion),
        UsageShape::Volume, m_base.random().between(40, 200), "Microsoft.Network");
    out << gateway;

    Resource address = m_base.create(where, group, "Microsoft.Network/publicIPAddresses", "pip-" + name);
    address.usages << ResourceFactory::usage(
        m_base.meters().publicIp(where.region), UsageShape::AlwaysOn, 1.0, "Microsoft.Network");
    out << address;
}

void ServiceFactory::addLogWorkspace(
    const Placement& where, const QByteArray& scope, double gigabytesPerDay, QList<Resource>& out)
{
    const QByteArray region = m_base.company().regions().at(where.region).shortCode;
    // Log Analytics ids come in lower case, "resourcegroups" included.
    Resource workspace = m_base.create(where, m_base.stamped("rg-platform-management-" + region),
        "Microsoft.OperationalInsights/workspaces", m_base.stamped("log-larkspur-" + scope + '-' + region),
        true);
    const QByteArray service = "microsoft.operationalinsights";
    MeterUsage ingestion = ResourceFactory::usage(
        m_base.meters().logIngestion(where.region), UsageShape::Volume, gigabytesPerDay, service, 0.02);
    ingestion.weekendFactor = 0.75;
    workspace.usages << ingestion;
    // Retention beyond the free period: a few weeks of ingestion kept.
    workspace.usages << ResourceFactory::usage(m_base.meters().logRetention(where.region), UsageShape::Stored,
        gigabytesPerDay * m_base.random().between(20, 60), service, 0.02);
    out << workspace;
}

void ServiceFactory::addBackupVault(const Placement& where, QList<Resource>& out)
{
    const QByteArray region = m_base.company().regions().at(where.region).shortCode;
    Random& random = m_base.random();
    Resource vault = m_base.create(where, m_base.stamped("rg-platform-backup-" + region),
        "Microsoft.RecoveryServices/vaults", m_base.stamped("rsv-larkspur-prod-" + region));
    const QByteArray service = "Microsoft.RecoveryServices";
    vault.usages << ResourceFactory::usage(
        m_base.meters().backupInstances(where.region), UsageShape::Prorated, random.between(6, 30), service);
    vault.usages << ResourceFactory::usage(m_base.meters().backupStorage(where.region), UsageShape::Stored,
        random.between(2000, 12000), service, 0.015);
    out << vault;
}

} // namespace cloudshift
