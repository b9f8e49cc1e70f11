#pragma once

#include "meter.h"

namespace cloudshift {

class Company;

// Builds the meters of each Azure service the fleet uses, with the names, units and categories
// that EA cost-details files carry. VM prices come from the price table; the other services use
// list prices for eastus2 scaled by region.
class MeterCatalog
{
public:
    explicit MeterCatalog(const Company& company);

    Meter virtualMachine(const QByteArray& size, int region, bool windows, qint64 price) const;
    Meter managedDisk(const QByteArray& tier, int region) const;
    Meter blobCapacity(bool cool, bool geo, int region) const;
    Meter blobWrites(bool cool, bool geo, int region) const;
    Meter blobReads(bool cool, int region) const;
    Meter sqlCompute(int region) const;
    Meter sqlStorage(int region) const;
    Meter appServicePlan(const QByteArray& sku, int region) const;
    Meter aksUptimeSla(int region) const;
    Meter cosmosThroughput(int region) const;
    Meter cosmosStorage(int region) const;
    Meter internetEgress(int region) const;
    Meter interRegion(int from, int to) const;
    Meter logIngestion(int region) const;
    Meter logRetention(int region) const;
    Meter keyVaultOperations(int region) const;
    Meter loadBalancerRules(int region) const;
    Meter loadBalancerData(int region) const;
    Meter publicIp(int region) const;
    Meter vpnGateway(const QByteArray& sku, int region) const;
    Meter backupInstances(int region) const;
    Meter backupStorage(int region) const;

private:
    struct Spec
    {
        const char* category;
        const char* subCategory;
        const char* name;
        const char* unit;
        const char* family;
    };
    Meter make(const Spec& spec, const QByteArray& product, const QByteArray& plan,
        const QByteArray& meterRegion, qint64 eastUs2Price, int region) const;

    const Company& m_company;
};

} // namespace cloudshift
