#include "mappingoverridelookup.h"

namespace cloudshift {

MappingOverrideLookup::MappingOverrideLookup(const std::vector<MappingOverride>& overrides)
{
    for (const MappingOverride& o : overrides) {
        const std::size_t t = o.cloud == Cloud::Gcp ? 1 : 0;
        if (!o.resourceId.isEmpty())
            m_byResource[t].insert(o.resourceId.toLower(), o.choice);
        else
            m_byWorkload[t].insert(o.workload, o.choice);
    }
}

bool MappingOverrideLookup::isEmpty() const
{
    return m_byResource[0].isEmpty() && m_byResource[1].isEmpty() && m_byWorkload[0].isEmpty()
        && m_byWorkload[1].isEmpty();
}

TargetOverride MappingOverrideLookup::choice(const Resource& resource, const QString& workload, std::size_t target) const
{
    const auto own = m_byResource[target].constFind(resource.id.toLower());
    if (own != m_byResource[target].constEnd())
        return own.value();
    return m_byWorkload[target].value(workload);
}

bool MappingOverrideLookup::hasOwnChoice(const Resource& resource, std::size_t target) const
{
    const auto own = m_byResource[target].constFind(resource.id.toLower());
    return own != m_byResource[target].constEnd() && !own.value().region.isEmpty();
}

} // namespace cloudshift
