#pragma once

#include "inventory/inventory.h"
#include "mapping/targetoverride.h"
#include "scenario/mappingoverride.h"

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace cloudshift {

/// The user's mapping choices by resource (lower-cased id, as Azure compares ids) and by workload, per
/// target (0 = AWS, 1 = GCP). A resource's own choice wins over its workload's.
class MappingOverrideLookup
{
public:
    explicit MappingOverrideLookup(const std::vector<MappingOverride>& overrides);

    bool isEmpty() const;
    TargetOverride choice(const Resource& resource, const QString& workload, std::size_t target) const;
    /// True when the resource itself has a choice on that target (it then keeps its own region).
    bool hasOwnChoice(const Resource& resource, std::size_t target) const;

private:
    std::array<QHash<QString, TargetOverride>, 2> m_byResource;
    std::array<QHash<QString, TargetOverride>, 2> m_byWorkload;
};

} // namespace cloudshift
