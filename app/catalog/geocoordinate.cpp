#include "geocoordinate.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cloudshift {

double GeoCoordinate::distanceKmTo(const GeoCoordinate& other) const
{
    constexpr double earthRadiusKm = 6371.0;
    constexpr double radians = std::numbers::pi / 180.0;
    const double dLat = (other.latitude - latitude) * radians;
    const double dLon = (other.longitude - longitude) * radians;
    // Haversine: stable for the short distances between neighbouring regions.
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(latitude * radians) * std::cos(other.latitude * radians) * std::sin(dLon / 2)
            * std::sin(dLon / 2);
    return 2.0 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace cloudshift
