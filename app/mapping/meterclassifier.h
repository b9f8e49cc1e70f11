#pragma once

#include "billing/billingdata.h"
#include "mapping/meterkind.h"

namespace cloudshift {

/// Sorts an Azure meter into a MeterKind from its category, subcategory, name and unit, the way Azure
/// names them in cost exports and price sheets ("Storage" / "Premium SSD Managed Disks" / "P10 LRS Disk").
class MeterClassifier
{
public:
    static MeterKind classify(const BilledMeter& meter);

    /// Managed database services billed per vCore or instance ("SQL Database", "Azure Database for
    /// PostgreSQL").
    static bool isDatabaseCategory(const QString& category);
};

} // namespace cloudshift
