#pragma once

#include "catalog/catalog.h"
#include "inventory/resource.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cloudshift {

/// Gigabytes that one unit of an Azure UnitOfMeasure stands for ("100 GB/Month" → 100, "1 TB/Month" →
/// 1000); nullopt for units that are not stored volume.
using GigabytesPerUnit = std::function<std::optional<double>(const QString& unitOfMeasure)>;

/// Storage units from the catalog's pricing-unit table (GB, GiB, TB, TiB, MB per month).
GigabytesPerUnit catalogGigabytesPerUnit(const Catalog& catalog);

/// The data a resource holds, month by month, as far as its bill tells.
struct StoredData
{
    std::vector<double> monthlyGigabytes; ///< per inventory month
    bool managedDatabase = false; ///< billed under a managed database service (SQL, Cosmos DB, MySQL…)
};

/// Volume meters ("Data Stored", GB/Month) count their billed quantity; managed disks ("P10 LRS Disk",
/// billed per disk-month) count their tier's provisioned size.
StoredData storedData(const Resource& resource, const GigabytesPerUnit& gigabytesPerUnit);

/// Provisioned size in GB of a managed-disk meter name ("P30 LRS Disk" → 1099.5); nullopt otherwise.
std::optional<double> managedDiskGigabytes(const QString& meterName);

} // namespace cloudshift
