#pragma once

#include <QString>

namespace cloudshift {

/// The shape of one App Service plan instance ("P1v3": 2 vCPU, 8 GiB).
struct AppServicePlan
{
    QString sku; ///< "P1v3", "S1", "EP2"
    QString tier; ///< "Premium v3"
    double vcpu = 0.0;
    double memoryGiB = 0.0;
};

} // namespace cloudshift
