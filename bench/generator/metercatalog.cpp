#include "metercatalog.h"

#include "company.h"
#include "random.h"

#include <QPair>

namespace cloudshift {

namespace {

constexpr qint64 usd(double dollars)
{
    return qint64(dollars * 1000000.0 + 0.5);
}

struct VmNames
{
    QByteArray series; // MeterSubCategory without the " Windows" suffix
    QByteArray meter; // MeterName
};

// Azure's billing names for a size: Standard_D4s_v5 is meter "D4s v5" in "Dsv5 Series",
// Standard_NC4as_T4_v3 is "NC4as T4 v3" in "NCasT4_v3 Series", and the v3 D sizes share one meter
// with their non-premium twins ("D4 v3/D4s v3").
VmNames vmNames(const QByteArray& size)
{
    const QByteArray bare = size.startsWith("Standard_") ? size.mid(9) : size;
    const QList<QByteArray> parts = bare.split('_');
    const QByteArray& first = parts.first();
    QByteArray letters;
    QByteArray number;
    for (const char c : first) {
        if (c >= '0' && c <= '9')
            number.append(c);
        else
            letters.append(c);
    }
    const QByteArray version = parts.size() > 1 ? parts.last() : QByteArray();
    const QByteArray extra = parts.size() > 2 ? parts.at(1) : QByteArray();

    VmNames names;
    names.meter = parts.join(' ');
    if (version.isEmpty()) {
        names.series = letters.startsWith('B') ? QByteArray("BS Series") : letters.toUpper() + " Series";
    } else if (version == "v3" && letters == "Ds") {
        names.series = "Dv3/DSv3 Series";
        names.meter = "D" + number + " v3/D" + number + "s v3";
    } else if (letters == "Fs") {
        names.series = "FSv2 Series";
    } else if (!extra.isEmpty()) {
        names.series = letters + extra + "_" + version + " Series";
    } else {
        names.series = letters + version + " Series";
    }
    return names;
}

} // namespace

MeterCatalog::MeterCatalog(const Company& company)
    : m_company(company)
{
}

Meter MeterCatalog::make(const Spec& spec, const QByteArray& product, const QByteArray& plan,
    const QByteArray& meterRegion, qint64 eastUs2Price, int region) const
{
    Meter meter;
    meter.category = spec.category;
    meter.subCategory = spec.subCategory;
    meter.name = spec.name;
    meter.unit = spec.unit;
    meter.serviceFamily = spec.family;
    meter.productName = product;
    meter.planName = plan;
    meter.region = meterRegion;
    const qint64 permille = region >= 0 ? m_company.regions().at(region).pricePermille : 1000;
    meter.price = (eastUs2Price * permille + 500) / 1000;

    // Meter ids and part numbers are Azure-wide constants, so they hang on the meter's identity
    // and not on the seed.
    Random ids(Random::hashBytes(product + '|' + meter.name + '|' + meterRegion));
    meter.id = ids.guid();
    const quint64 part = ids.next();
    meter.partNumber
        = QByteArray("AA") + char('A' + part % 8) + '-' + QByteArray::number((part >> 8) % 90000 + 10000);
    return meter;
}

Meter MeterCatalog::virtualMachine(const QByteArray& size, int region, bool windows, qint64 price) const
{
    const VmNames names = vmNames(size);
    const QByteArray series = windows ? names.series + " Windows" : names.series;
    const auto& where = m_company.regions().at(region);
    Meter meter = make({ "Virtual Machines", "", "", "1 Hour", "Compute" },
        "Virtual Machines " + series + " - " + names.meter + " - " + where.meterRegion, names.meter,
        where.meterRegion, 0, region);
    meter.subCategory = series;
    meter.name = names.meter;
    meter.price = price;
    Random ids(Random::hashBytes(meter.productName));
    meter.id = ids.guid();
    return meter;
}

Meter MeterCatalog::managedDisk(const QByteArray& tier, int region) const
{
    const bool premium = tier.startsWith('P');
    static const QList<QPair<QByteArray, qint64>> prices = {
        { "P10", usd(19.71) },
        { "P20", usd(38.02) },
        { "P30", usd(135.17) },
        { "E10", usd(9.60) },
    };
    qint64 price = usd(9.60);
    for (const auto& entry : prices) {
        if (entry.first == tier)
            price = entry.second;
    }
    const QByteArray family = premium ? "Premium SSD Managed Disks" : "Standard SSD Managed Disks";
    const auto& where = m_company.regions().at(region);
    Meter meter = make({ "Storage", "", "", "1/Month", "Storage" },
        family + " - " + tier + " LRS - " + where.meterRegion, tier, where.meterRegion, price, region);
    meter.subCategory = family;
    meter.name = tier + " LRS Disk";
    return meter;
}

Meter MeterCatalog::blobCapacity(bool cool, bool geo, int region) const
{
    const QByteArray sku = QByteArray(cool ? "Cool" : "Hot") + (geo ? " GRS" : " LRS");
    const qint64 price = cool ? (geo ? usd(0.02) : usd(0.01)) : (geo ? usd(0.0368) : usd(0.0184));
    const auto& where = m_company.regions().at(region);
    Meter meter = make({ "Storage", "Tiered Block Blob", "", "1 GB/Month", "Storage" },
        "Tiered Block Blob - " + sku + " - Data Stored - " + where.meterRegion, cool ? "Cool" : "Hot",
        where.meterRegion, price, region);
    meter.name = sku + " Data Stored";
    return meter;
}

Meter MeterCatalog::blobWrites(bool cool, bool geo, int region) const
{
    const QByteArray sku = QByteArray(cool ? "Cool" : "Hot") + (geo ? " GRS" : " LRS");
    const qint64 price = (cool ? usd(0.10) : usd(0.055)) * (geo ? 2 : 1);
    const auto& where = m_company.regions().at(region);
    Meter meter = make({ "Storage", "Tiered Block Blob", "", "10K", "Storage" },
        "Tiered Block Blob - " + sku + " - Write Operations - " + where.meterRegion, cool ? "Cool" : "Hot",
        where.meterRegion, price, region);
    meter.name = sku + " Write Operations";
    return meter;
}

Meter MeterCatalog::blobReads(bool cool, int region) const
{
    const QByteArray tier = cool ? "Cool" : "Hot";
    const auto& where = m_company.regions().at(region);
    Meter meter = make({ "Storage", "Tiered Block Blob", "", "10K", "Storage" },
        "Tiered Block Blob - " + tier + " - Read Operations - " + where.meterRegion, tier, where.meterRegion,
        cool ? usd(0.01) : usd(0.0044), region);
    meter.name = tier + " Read Operations";
    return meter;
}

Meter MeterCatalog::sqlCompute(int region) const
{
    const auto& where = m_company.regions().at(region);
    return make({ "SQL Database", "Single/Elastic Pool General Purpose - Compute Gen5", "vCore", "1 Hour",
                    "Databases" },
        "SQL Database Single/Elastic Pool General Purpose - Compute Gen5 - " + where.meterRegion,
        "General Purpose", where.meterRegion, usd(0.2522), region);
}

Meter MeterCatalog::sqlStorage(int region) const
{
    const auto& where = m_company.regions().at(region);
    return make({ "SQL Database", "Single/Elastic Pool General Purpose - Storage", "Data Stored",
                    "1 GB/Month", "Databases" },
        "SQL Database Single/Elastic Pool General Purpose - Storage - " + where.meterRegion,
        "General Purpose", where.meterRegion, usd(0.115), region);
}

Meter MeterCatalog::appServicePlan(const QByteArray& sku, int region) const
{
    QByteArray plan = "Basic Plan";
    QByteArray name = "B1 App";
    qint64 price = usd(0.075);
    if (sku == "P1v3" || sku == "P2v3") {
        plan = "Premium v3 Plan";
        name = sku.left(2) + " v3 App";
        price = sku == "P1v3" ? usd(0.24) : usd(0.48);
    } else if (sku == "S1") {
        plan = "Standard Plan";
        name = "S1 App";
        price = usd(0.10);
    }
    const auto& where = m_company.regions().at(region);
    Meter meter = make({ "Azure App Service", "", "", "1 Hour", "Compute" },
        "Azure App Service " + plan + " - " + where.meterRegion, name.left(name.size() - 4),
        where.meterRegion, price, region);
    meter.subCategory = plan;
    meter.name = name;
    return meter;
}

Meter MeterCatalog::aksUptimeSla(int region) const
{
    const auto& where = m_company.regions().at(region);
    return make({ "Azure Kubernetes Service", "Standard", "Standard Uptime SLA", "1 Hour", "Compute" },
        "Azure Kubernetes Service - Standard Uptime SLA - " + where.meterRegion, "Standard",
        where.meterRegion, usd(0.10), region);
}

Meter MeterCatalog::cosmosThroughput(int region) const
{
    const auto& where = m_company.regions().at(region);
    return make({ "Azure Cosmos DB", "", "100 RU/s", "1 Hour", "Databases" },
        "Azure Cosmos DB - RUs - " + where.meterRegion, "RUs", where.meterRegion, usd(0.008), region);
}

Meter MeterCatalog::cosmosStorage(int region) const
{
    const auto& where = m_company.regions().at(region);
    return make({ "Azure Cosmos DB", "", "Data Stored", "1 GB/Month", "Databases" },
        "Azure Cosmos DB - Data Stored - " + where.meterRegion, "Data Stored", where.meterRegion, usd(0.25),
        region);
}

Meter MeterCatalog::internetEgress(int /*region*/) const
{
    // Internet egress is priced by zone, not by region: Europe and North America are both Zone 1.
    return make({ "Bandwidth", "", "Standard Data Transfer Out", "1 GB", "Networking" },
        "Rtn Preference: MGN - Standard Data Transfer Out - Zone 1", "Standard", "Zone 1", usd(0.087), -1);
}

Meter MeterCatalog::interRegion(int from, int to) const
{
    const auto& source = m_company.regions().at(from);
    const bool sameContinent = source.geography == m_company.regions().at(to).geography;
    const QByteArray kind = sameContinent ? "Intra Continent" : "Inter Continent";
    Meter meter = make({ "Bandwidth", "Inter-Region", "", "1 GB", "Networking" },
        "Bandwidth Inter-Region - " + kind + " Data Transfer Out - " + source.geography, kind,
        source.geography, sameContinent ? usd(0.02) : usd(0.05), -1);
    meter.name = kind + " Data Transfer Out";
    return meter;
}

Meter MeterCatalog::logIngestion(int region) const
{
    return make({ "Log Analytics", "", "Pay-as-you-go Data Ingestion", "1 GB", "Management and Governance" },
        "Log Analytics - Pay-as-you-go Data Ingestion", "Pay-as-you-go", QByteArray(), usd(2.30), region);
}

Meter MeterCatalog::logRetention(int region) const
{
    return make(
        { "Log Analytics", "", "Pay-as-you-go Data Retention", "1 GB/Month", "Management and Governance" },
        "Log Analytics - Pay-as-you-go Data Retention", "Pay-as-you-go", QByteArray(), usd(0.10), region);
}

Meter MeterCatalog::keyVaultOperations(int region) const
{
    return make({ "Key Vault", "", "Operations", "10K", "Security" }, "Key Vault - Operations", "Standard",
        QByteArray(), usd(0.03), region);
}

Meter MeterCatalog::loadBalancerRules(int region) const
{
    return make({ "Load Balancer", "Standard", "Standard Included LB Rules and Outbound Rules", "1 Hour",
                    "Networking" },
        "Load Balancer - Standard Included LB Rules and Outbound Rules", "Standard", QByteArray(), usd(0.025),
        region);
}

Meter MeterCatalog::loadBalancerData(int region) const
{
    return make({ "Load Balancer", "Standard", "Standard Data Processed", "1 GB", "Networking" },
        "Load Balancer - Standard Data Processed", "Standard", QByteArray(), usd(0.005), region);
}

Meter MeterCatalog::publicIp(int region) const
{
    return make(
        { "Virtual Network", "IP Addresses", "Standard IPv4 Static Public IP", "1 Hour", "Networking" },
        "IP Addresses - Standard IPv4 Static Public IP", "Standard", QByteArray(), usd(0.005), region);
}

Meter MeterCatalog::vpnGateway(const QByteArray& sku, int region) const
{
    const auto& where = m_company.regions().at(region);
    Meter meter = make({ "VPN Gateway", "", "", "1 Hour", "Networking" }, "VPN Gateway - " + sku, sku,
        where.meterRegion, sku == "VpnGw2" ? usd(0.49) : usd(0.19), region);
    meter.subCategory = sku;
    meter.name = sku;
    return meter;
}

Meter MeterCatalog::backupInstances(int region) const
{
    const auto& where = m_company.regions().at(region);
    return make({ "Backup", "", "Azure VM Protected Instances", "1/Month", "Storage" },
        "Backup - Azure VM Protected Instances - " + where.meterRegion, "Standard", where.meterRegion,
        usd(10.0), region);
}

Meter MeterCatalog::backupStorage(int region) const
{
    const auto& where = m_company.regions().at(region);
    return make({ "Backup", "", "GRS Data Stored", "1 GB/Month", "Storage" },
        "Backup - GRS Data Stored - " + where.meterRegion, "Standard", where.meterRegion, usd(0.0448),
        region);
}

} // namespace cloudshift
