#include "workloadgrouping.h"

namespace cloudshift {

WorkloadGrouping::WorkloadGrouping(QStringList tagKeys)
    : m_tagKeys(std::move(tagKeys))
{
}

WorkloadGrouping::Assignment WorkloadGrouping::assign(const Resource& resource) const
{
    for (const QString& key : m_tagKeys) {
        const QString value = resource.tag(key).trimmed();
        if (!value.isEmpty())
            return {value, QStringLiteral("tag:") + key};
    }
    // Resource group names are case-insensitive in Azure and appear in both cases within one bill.
    if (!resource.resourceGroup.isEmpty())
        return {resource.resourceGroup.toLower(), QStringLiteral("resource group")};
    if (!resource.subscriptionName.isEmpty())
        return {resource.subscriptionName, QStringLiteral("subscription")};
    if (!resource.subscriptionId.isEmpty())
        return {resource.subscriptionId, QStringLiteral("subscription")};
    return {QStringLiteral("(unassigned)"), QStringLiteral("none")};
}

} // namespace cloudshift
