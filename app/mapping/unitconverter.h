#pragma once

#include "catalog/catalog.h"

#include <QString>

#include <optional>

namespace cloudshift {

/// Azure UnitOfMeasure → a quantity the target clouds price in: hours, GB-month, GB, operations,
/// units/month (disks, protected instances), units/day or GB-seconds.
///
/// The pricing block size comes from the catalog's PricingUnits table ("10K" counts 10,000 operations,
/// "100 Hours" 100 hours); the distinct unit says which canonical unit it is. Azure bills storage in GB
/// of 2^30 bytes, which is what AWS and Google Cloud price too, so GB and GiB are one unit here.
class UnitConverter
{
public:
    struct Unit
    {
        double factor = 1.0; ///< canonical units per billed quantity
        QString unit; ///< "hours", "GB-month", "GB", "operations", "units/month", "units/day", "GB-seconds"
    };

    explicit UnitConverter(const Catalog& catalog);

    /// nullopt for a unit the table does not know or that no target prices in.
    std::optional<Unit> convert(const QString& unitOfMeasure) const;

private:
    const Catalog& m_catalog;
};

} // namespace cloudshift
