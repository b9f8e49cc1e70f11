#pragma once

#include "mapping/confidence.h"

#include <QString>

namespace cloudshift {

/// Another target type that would also serve an Azure VM, shown beside the chosen one.
struct VmAlternative
{
    QString sku;
    double vcpu = 0.0;
    double memoryGiB = 0.0;
    double usdPerHour = 0.0;
    Confidence confidence = Confidence::None;
    QString reason; ///< "m6a: 4 vCPU 16 GiB, AMD, 10 % cheaper than m6i.xlarge"
};

} // namespace cloudshift
