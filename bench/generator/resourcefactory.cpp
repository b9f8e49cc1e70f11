#include "resourcefactory.h"

#include "company.h"
#include "metercatalog.h"
#include "random.h"

namespace cloudshift {

ResourceFactory::ResourceFactory(
    const Company& company, const MeterCatalog& meters, Random& random, int batch)
    : m_company(company)
    , m_meters(meters)
    , m_random(random)
{
    if (batch > 0)
        m_stamp = "s" + QByteArray::number(batch + 1).rightJustified(2, '0');
}

QByteArray ResourceFactory::nextName(const QByteArray& prefix, const Placement& where)
{
    QByteArray stem = prefix + '-' + m_company.apps().at(where.app).name + '-' + where.env;
    if (!m_stamp.isEmpty())
        stem += '-' + m_stamp;
    const int number = ++m_counters[stem];
    return stem + '-' + QByteArray::number(number).rightJustified(2, '0');
}

QByteArray ResourceFactory::stamped(const QByteArray& name) const
{
    return m_stamp.isEmpty() ? name : name + '-' + m_stamp;
}

QByteArray ResourceFactory::nextStorageName(const Placement& where)
{
    const QByteArray stem = "st" + m_company.apps().at(where.app).code + where.env
        + m_company.regions().at(where.region).shortCode + m_stamp;
    const int number = ++m_counters[stem];
    return stem + QByteArray::number(number).rightJustified(2, '0');
}

QByteArray ResourceFactory::resourceGroup(const Placement& where, const QByteArray& tier) const
{
    QByteArray group = "rg-" + m_company.apps().at(where.app).name + '-' + where.env + '-';
    if (!tier.isEmpty())
        group += tier + '-';
    group += m_company.regions().at(where.region).shortCode;
    if (!m_stamp.isEmpty())
        group += '-' + m_stamp;
    return group;
}

Resource ResourceFactory::create(const Placement& where, const QByteArray& group,
    const QByteArray& providerPath, const QByteArray& name, bool lowerCase)
{
    const Company::Region& region = m_company.regions().at(where.region);
    Resource resource;
    resource.key = m_random.next();
    resource.subscription = where.subscription;
    resource.region = where.region;
    resource.resourceGroup = group;
    resource.name = name;
    const QByteArray& subscription = m_company.subscriptions().at(where.subscription).guid;
    resource.id = "/subscriptions/" + subscription + (lowerCase ? "/resourcegroups/" : "/resourceGroups/")
        + group + "/providers/" + (lowerCase ? providerPath.toLower() : providerPath) + '/' + name;
    // Real files mix "westeurope" and "WestEurope" in ResourceLocation, even within one service.
    resource.location = m_random.chance(0.25) ? region.display : region.arm;
    resource.tags = where.tags;
    resource.firstDay = where.firstDay;
    resource.lastDay = where.lastDay;
    return resource;
}

MeterUsage ResourceFactory::usage(const Meter& meter, UsageShape shape, double base,
    const QByteArray& consumedService, double growthPerMonth)
{
    MeterUsage usage;
    usage.meter = meter;
    usage.shape = shape;
    usage.base = base;
    usage.consumedService = consumedService;
    usage.growthPerMonth = growthPerMonth;
    return usage;
}

QByteArray ResourceFactory::tag(const QByteArray& key, const QByteArray& value)
{
    return '"' + key + "\": \"" + value + '"';
}

} // namespace cloudshift
