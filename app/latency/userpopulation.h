#pragma once

#include "catalog/geocoordinate.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace cloudshift {

/// A group of a workload's users: near a cloud region, or at a place, with its share of the traffic.
/// The default is one population per Azure region the workload runs in ("users near the current Azure
/// region"), weighted by the workload's cost there.
struct UserPopulation
{
    QString name; ///< "users near azure:westeurope", "Hamburg depot"
    QString region; ///< "cloud:region" the users are near; used when set
    std::optional<GeoCoordinate> location; ///< where the users are, when no region is given
    double share = 1.0; ///< relative weight; shares are normalised over the list

    bool operator==(const UserPopulation& other) const = default;
};

/// The populations the architect set, by workload; a workload not listed keeps the default.
using UserPopulations = std::map<QString, std::vector<UserPopulation>>;

} // namespace cloudshift
