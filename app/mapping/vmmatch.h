#pragma once

#include "mapping/offer.h"

#include <QString>

namespace cloudshift {

/// The target type a VmMatcher chose, with its price for the requested OS and how it was chosen.
struct VmMatch
{
    int type = -1; ///< index into the target cloud's VmTable
    double usdPerHour = 0.0;
    bool windowsDerived
        = false; ///< Windows priced as Linux + licence per vCPU, the catalog having no Windows price
    Confidence confidence = Confidence::None;
    QString rule; ///< how it was chosen when not through the family table

    bool isValid() const { return type >= 0; }
};

} // namespace cloudshift
