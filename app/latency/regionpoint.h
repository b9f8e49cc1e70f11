#pragma once

#include "catalog/geocoordinate.h"

#include <QString>

namespace cloudshift {

/// Where a cloud region is, and the continent group whose route factors apply to its paths.
struct RegionPoint
{
    GeoCoordinate coordinate;
    QString group; ///< "eu", "nae", ... (names in LatencyData::groupName)
};

} // namespace cloudshift
