#pragma once

#include <QString>

namespace cloudshift {

/// A fixed-size Azure managed disk tier: bills carry the tier ("P10 LRS Disk"), not the size.
struct AzureDiskTier
{
    QString tier; ///< "P10", "E30", "S4"
    QString kind; ///< "premium-ssd", "standard-ssd", "standard-hdd"
    double sizeGiB = 0.0;
    double iops = 0.0; ///< provisioned (baseline) IOPS
    double mbps = 0.0; ///< provisioned throughput, MB/s
};

} // namespace cloudshift
