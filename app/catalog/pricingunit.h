#pragma once

#include <QString>

namespace cloudshift {

/// How an Azure UnitOfMeasure string counts: "100 Hours" bills blocks of 100 hours, so a quantity of
/// 7.3 in that unit is 730 hours.
struct PricingUnit
{
    QString unitOfMeasure; ///< as written in Azure price sheets and exports: "100 Hours", "1 GB/Month"
    double blockSize = 1.0; ///< 100 for "100 Hours"
    QString distinctUnits; ///< the unit once the block size is applied: "Hours", "GB/Month"
};

} // namespace cloudshift
