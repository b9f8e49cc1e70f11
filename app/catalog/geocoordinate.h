#pragma once

namespace cloudshift {

/// A point on the globe in degrees (WGS 84), city- or campus-level for cloud regions.
struct GeoCoordinate
{
    double latitude = 0.0;
    double longitude = 0.0;

    /// Great-circle distance in kilometres.
    double distanceKmTo(const GeoCoordinate& other) const;

    bool operator==(const GeoCoordinate& other) const = default;
};

} // namespace cloudshift
