#pragma once

#include "catalog/cloud.h"
#include "mapping/targetoverride.h"

#include <QString>

namespace cloudshift {

/// The architect's choice of target region or VM type on one cloud, for one resource or for every
/// resource of a workload. A resource's own override wins over its workload's.
struct MappingOverride
{
    QString resourceId; ///< set for a resource override (compared case-insensitively)
    QString workload; ///< set for a workload override (when resourceId is empty)
    Cloud cloud = Cloud::Aws; ///< Aws or Gcp
    TargetOverride choice;

    bool operator==(const MappingOverride& other) const
    {
        return resourceId == other.resourceId && workload == other.workload && cloud == other.cloud
            && choice.region == other.choice.region && choice.vmSku == other.choice.vmSku;
    }
};

} // namespace cloudshift
