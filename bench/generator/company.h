#pragma once

#include <QByteArray>
#include <QList>

namespace cloudshift {

// The fictional enterprise whose Azure estate the generator bills: Larkspur Freight, a European road
// and sea freight forwarder with a US subsidiary. Its enrollment, subscriptions, regions and
// applications are fixed, so exports made with different seeds describe the same company.
class Company
{
public:
    struct Region
    {
        QByteArray arm; // westeurope
        QByteArray display; // WestEurope, as some services spell ResourceLocation
        QByteArray meterRegion; // EU West
        QByteArray shortCode; // weu
        QByteArray geography; // Europe
        int pricePermille; // list prices relative to eastus2
    };

    struct Subscription
    {
        QByteArray name;
        QByteArray guid;
        QByteArray invoiceSection;
        QByteArray invoiceSectionId;
        QByteArray accountName;
        QByteArray accountId;
        QByteArray accountOwner;
        QByteArray costCenter;
        QByteArray offerId;
        bool devTest;
    };

    enum class Kind {
        LinuxVm,
        WindowsVm,
        GpuVm,
        Aks,
        AppService,
        SqlDatabase,
        CosmosDb,
        HotStorage,
        CoolStorage,
        KeyVault,
        LoadBalancer,
        PublicIp,
        VpnGateway,
        LogAnalytics,
        BackupVault,
    };

    struct Component
    {
        Kind kind;
        int weight;
    };

    struct App
    {
        QByteArray name;
        QByteArray code; // short form for names limited to 24 characters
        QByteArray costCenter;
        QByteArray owner;
        int homeRegion;
        int drRegion; // -1: single region
        int prodSubscription;
        double nonProdShare; // share of the app's resources in test and dev
        double growthPerMonth; // linear growth of usage, as a fraction of the first month
        double retireShare; // share of resources decommissioned during the period
        int weight; // share of the estate
        QList<Component> components;
        QList<QByteArray> vmSizes;
        QList<QByteArray> windowsSizes;
        QList<QByteArray> nodeSizes; // AKS user pools
    };

    enum SubscriptionIndex { Production = 0, NonProduction = 1, SharedServices = 2, Data = 3 };

    Company();

    const QByteArray& name() const { return m_name; }
    const QByteArray& enrollment() const { return m_enrollment; }
    const QByteArray& mailDomain() const { return m_mailDomain; }
    const QList<Region>& regions() const { return m_regions; }
    const QList<Subscription>& subscriptions() const { return m_subscriptions; }
    const QList<App>& apps() const { return m_apps; }
    int platformApp() const { return m_platformApp; }
    // Every VM size the fleet can use, for checking the price table before writing anything.
    QList<QByteArray> allVmSizes() const;
    // AKS system pools: [0] in production, [1] elsewhere.
    const QList<QByteArray>& systemPoolSizes() const { return m_systemPoolSizes; }
    const QList<QByteArray>& gpuSizes() const { return m_gpuSizes; }

private:
    void addApps();

    QByteArray m_name;
    QByteArray m_enrollment;
    QByteArray m_mailDomain;
    QList<Region> m_regions;
    QList<Subscription> m_subscriptions;
    QList<App> m_apps;
    QList<QByteArray> m_systemPoolSizes;
    QList<QByteArray> m_gpuSizes;
    int m_platformApp = 0;
};

} // namespace cloudshift
