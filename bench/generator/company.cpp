#include "company.h"

#include "random.h"

namespace cloudshift {

namespace {

using Kind = Company::Kind;

QByteArray vm(const char* size)
{
    return QByteArray("Standard_") + size;
}

} // namespace

Company::Company()
    : m_name("Larkspur Freight Ltd")
    , m_enrollment("71684209")
    , m_mailDomain("larkspurfreight.example")
{
    // Prices of the other services are set for eastus2 and scaled by region, roughly as Azure's
    // list prices differ between these regions.
    m_regions = {
        { "westeurope", "WestEurope", "EU West", "weu", "Europe", 1100 },
        { "northeurope", "NorthEurope", "EU North", "neu", "Europe", 1050 },
        { "uksouth", "UKSouth", "UK South", "uks", "Europe", 1080 },
        { "eastus2", "EastUS2", "US East 2", "eus2", "North America", 1000 },
    };

    // The subscription ids are the company's, not the run's: a fixed stream keeps them stable
    // across seeds, so exports made with different seeds can be imported side by side.
    Random ids(0x4c61726b73707572ULL);
    const QByteArray domain = "@" + m_mailDomain;
    m_subscriptions = {
        { "larkspur-prod", ids.guid(), "Digital Products", "4127710", "Digital Products Cloud", "2381764",
            "azure-digital" + domain, "CC-2100", "MS-AZR-0017P", false },
        { "larkspur-nonprod", ids.guid(), "Digital Products", "4127710", "Digital Products Cloud", "2381764",
            "azure-digital" + domain, "CC-2100", "MS-AZR-0148P", true },
        { "larkspur-shared-services", ids.guid(), "Group IT", "4127702", "Group IT Platform", "2381750",
            "azure-platform" + domain, "CC-1000", "MS-AZR-0017P", false },
        { "larkspur-data", ids.guid(), "Data & Analytics", "4127735", "Data Platform", "2381791",
            "azure-data" + domain, "CC-3100", "MS-AZR-0017P", false },
    };
    m_systemPoolSizes = { vm("D4s_v5"), vm("D2s_v5") };
    m_gpuSizes = { vm("NC4as_T4_v3"), vm("NC8as_T4_v3") };
    addApps();
}

void Company::addApps()
{
    const QByteArray domain = "@" + m_mailDomain;
    // name, code, cost centre, owner, home region, DR region, prod subscription, non-prod share,
    // growth a month, retired share, weight, components, Linux sizes, Windows sizes, AKS node sizes
    m_apps = {
        { "platform", "plt", "CC-1000", "it-platform" + domain, 0, 3, SharedServices, 0.0, 0.01, 0.02, 8,
            { { Kind::LinuxVm, 4 }, { Kind::WindowsVm, 2 }, { Kind::KeyVault, 1 }, { Kind::PublicIp, 1 },
                { Kind::HotStorage, 1 } },
            { vm("B2ms"), vm("B2s_v2"), vm("B4ms"), vm("D2s_v5") }, { vm("D2s_v5"), vm("D4s_v5") }, {} },
        { "booking", "bkg", "CC-2110", "a.lindqvist" + domain, 0, 1, Production, 0.45, 0.02, 0.04, 9,
            { { Kind::AppService, 3 }, { Kind::SqlDatabase, 2 }, { Kind::HotStorage, 2 },
                { Kind::KeyVault, 1 }, { Kind::LinuxVm, 2 }, { Kind::PublicIp, 1 } },
            { vm("D2s_v5"), vm("D4s_v5") }, {}, {} },
        { "tracking", "trk", "CC-2120", "r.mensah" + domain, 0, -1, Production, 0.4, 0.04, 0.03, 10,
            { { Kind::Aks, 2 }, { Kind::CosmosDb, 2 }, { Kind::HotStorage, 1 }, { Kind::KeyVault, 1 },
                { Kind::LinuxVm, 1 } },
            { vm("D2as_v5") }, {}, { vm("D8s_v5"), vm("D4s_v5") } },
        { "routeopt", "rto", "CC-2130", "t.nakamura" + domain, 1, -1, Production, 0.3, 0.03, 0.05, 8,
            { { Kind::LinuxVm, 6 }, { Kind::GpuVm, 1 }, { Kind::HotStorage, 1 } },
            { vm("F4s_v2"), vm("F8s_v2"), vm("F16s_v2") }, {}, {} },
        { "warehouse", "whs", "CC-2140", "c.oduya" + domain, 2, -1, Production, 0.35, 0.0, 0.04, 9,
            { { Kind::WindowsVm, 5 }, { Kind::SqlDatabase, 2 }, { Kind::LoadBalancer, 1 },
                { Kind::HotStorage, 1 }, { Kind::LinuxVm, 1 } },
            { vm("D2s_v5") }, { vm("D4s_v5"), vm("D8s_v5"), vm("E4s_v5") }, {} },
        { "customs", "cus", "CC-2150", "p.varga" + domain, 2, -1, Production, 0.3, 0.0, 0.35, 7,
            { { Kind::LinuxVm, 5 }, { Kind::WindowsVm, 1 }, { Kind::CoolStorage, 1 }, { Kind::KeyVault, 1 } },
            { vm("D2s_v3"), vm("D4s_v3"), vm("D8s_v3"), vm("D4s_v5") }, { vm("D4s_v3") }, {} },
        { "telematics", "tlm", "CC-2160", "s.brennan" + domain, 3, -1, Production, 0.3, 0.06, 0.02, 10,
            { { Kind::Aks, 2 }, { Kind::CosmosDb, 1 }, { Kind::HotStorage, 2 }, { Kind::LinuxVm, 2 },
                { Kind::LoadBalancer, 1 }, { Kind::PublicIp, 1 } },
            { vm("D4as_v5"), vm("D8as_v5") }, {}, { vm("D8as_v5"), vm("E8s_v5") } },
        { "invoicing", "inv", "CC-2170", "m.rossi" + domain, 0, 1, Production, 0.4, 0.01, 0.03, 8,
            { { Kind::LinuxVm, 4 }, { Kind::SqlDatabase, 2 }, { Kind::KeyVault, 1 },
                { Kind::HotStorage, 1 } },
            { vm("E4s_v5"), vm("E8s_v5"), vm("D4s_v5") }, {}, {} },
        { "partnerportal", "ptl", "CC-2180", "k.haddad" + domain, 3, -1, Production, 0.4, 0.02, 0.04, 6,
            { { Kind::AppService, 3 }, { Kind::SqlDatabase, 1 }, { Kind::HotStorage, 1 },
                { Kind::PublicIp, 1 }, { Kind::KeyVault, 1 } },
            { vm("D2s_v5") }, {}, {} },
        { "datalake", "dlk", "CC-3100", "l.fernandes" + domain, 1, 0, Data, 0.15, 0.04, 0.02, 8,
            { { Kind::CoolStorage, 3 }, { Kind::HotStorage, 2 }, { Kind::LinuxVm, 3 } },
            { vm("E8s_v5"), vm("E16s_v5"), vm("D16s_v5") }, {}, {} },
        { "reporting", "rpt", "CC-3200", "j.whitaker" + domain, 0, -1, Data, 0.25, 0.01, 0.05, 6,
            { { Kind::WindowsVm, 3 }, { Kind::SqlDatabase, 2 }, { Kind::HotStorage, 1 } }, { vm("D2s_v5") },
            { vm("E4s_v5"), vm("D4s_v5") }, {} },
        { "edi", "edi", "CC-2190", "n.petrova" + domain, 3, -1, Production, 0.35, 0.0, 0.05, 7,
            { { Kind::LinuxVm, 5 }, { Kind::HotStorage, 1 }, { Kind::LoadBalancer, 1 },
                { Kind::PublicIp, 1 } },
            { vm("D2as_v5"), vm("D4as_v5"), vm("B2ms"), vm("B2s_v2"), vm("B2ls_v2") }, {}, {} },
    };
    m_platformApp = 0;
}

QList<QByteArray> Company::allVmSizes() const
{
    QList<QByteArray> sizes = m_systemPoolSizes;
    sizes << gpuSizes();
    for (const App& app : m_apps)
        sizes << app.vmSizes << app.windowsSizes << app.nodeSizes;
    return sizes;
}

} // namespace cloudshift
