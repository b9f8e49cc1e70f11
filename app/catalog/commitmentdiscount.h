#pragma once

#include "catalog/cloud.h"

#include <QString>

namespace cloudshift {

/// A published discount of a reserved or committed term off the on-demand price, used where the catalog
/// has no price row for the term itself.
struct CommitmentDiscount
{
    Cloud cloud = Cloud::Aws;
    QString service; ///< "vm", "database"
    int termYears = 1;
    QString offering; ///< "standard", "convertible", "committed use"
    QString upfront; ///< "none", "partial", "all"
    double discount = 0.0; ///< 0.3847 = 38.47 % off on-demand
    QString source;
    QString note; ///< the example the ratio was taken from
};

} // namespace cloudshift
