#pragma once

#include "catalog/catalog.h"
#include "inventory/resource.h"
#include "mapping/regionmatch.h"
#include "mapping/targetoverride.h"

#include <QString>

#include <vector>

namespace cloudshift {

/// Everything a line pricer works from: the resource, one of its meters with its quantities in a
/// canonical unit, the target cloud and the region the resource lands in there.
struct LineContext
{
    const Catalog& catalog;
    const Resource& resource;
    const MeterUsage& usage;
    Cloud target;
    const RegionMatch& region;
    const TargetOverride& choice;
    std::vector<double> quantity; ///< per inventory month, in unit
    QString unit; ///< canonical unit (UnitConverter); empty when the unit is unknown

    double totalQuantity() const
    {
        double sum = 0.0;
        for (double q : quantity)
            sum += q;
        return sum;
    }
};

} // namespace cloudshift
