#pragma once

#include "placement.h"
#include "resource.h"

#include <QHash>

namespace cloudshift {

class Company;
class MeterCatalog;
class Random;

// The parts every resource shares: names, resource groups, ARM ids and usages. The compute and
// service factories build on it; one instance lives for one batch of the fleet.
class ResourceFactory
{
public:
    ResourceFactory(const Company& company, const MeterCatalog& meters, Random& random, int batch);

    const Company& company() const { return m_company; }
    const MeterCatalog& meters() const { return m_meters; }
    Random& random() { return m_random; }

    // "vm-booking-prod-01"; later batches insert a deployment stamp: "vm-booking-prod-s02-01".
    QByteArray nextName(const QByteArray& prefix, const Placement& where);
    // Appends the batch's deployment stamp, if any, to a fixed name.
    QByteArray stamped(const QByteArray& name) const;
    // Storage account names allow 3-24 lower-case letters and digits only.
    QByteArray nextStorageName(const Placement& where);
    // "rg-booking-prod-weu", or with a tier: "rg-booking-prod-data-weu".
    QByteArray resourceGroup(const Placement& where, const QByteArray& tier = QByteArray()) const;

    // providerPath is "Microsoft.Compute/virtualMachines"; lowerCase writes the id the way some
    // services do ("resourcegroups", lower-case provider).
    Resource create(const Placement& where, const QByteArray& group, const QByteArray& providerPath,
        const QByteArray& name, bool lowerCase = false);

    static MeterUsage usage(const Meter& meter, UsageShape shape, double base,
        const QByteArray& consumedService, double growthPerMonth = 0.0);
    static QByteArray tag(const QByteArray& key, const QByteArray& value);

private:
    const Company& m_company;
    const MeterCatalog& m_meters;
    Random& m_random;
    QByteArray m_stamp;
    QHash<QByteArray, int> m_counters;
};

} // namespace cloudshift
