#pragma once

#include "mapping/offer.h"

#include <QString>

namespace cloudshift {

/// Where an Azure region's workloads land on a target cloud, and how sure that is.
struct RegionMatch
{
    QString azureRegion; ///< ARM id after normalisation ("eastus2"); empty when the spelling is unknown
    QString region; ///< target region id ("us-east-1"); empty when there is none
    Confidence confidence = Confidence::None; ///< by distance (see RegionMapper)
    double distanceKm = -1.0; ///< between the Azure and the target region; -1 when not measured
    QString note; ///< why the match is less than exact (or why there is none)

    bool isValid() const { return !region.isEmpty(); }
};

} // namespace cloudshift
