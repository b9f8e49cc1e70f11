#pragma once

#include "catalog/catalogoverlay.h"
#include "catalog/priceimport.h"
#include "catalog/vmtable.h"

namespace cloudshift {

/// Reads a Google Cloud Billing Catalog API response (services/{id}/skus, one page per file) into an
/// overlay.
///
/// Machine types are not SKUs: a series bills per vCPU-hour, per GiB-hour of memory and per GPU-hour.
/// The prices of the series' machine types in the catalog are rebuilt from those SKUs (vCPU × core +
/// GiB × RAM + GPUs × GPU) in every region the SKUs list; Spot SKUs give spot prices. Persistent Disk
/// capacity SKUs give disk rates. Prices in another currency are converted back to USD with the file's
/// own conversion rate.
class GcpSkuReader
{
public:
    /// machineTypes: the catalog's Compute Engine table, for the shapes of each series' machine types.
    explicit GcpSkuReader(const VmTable& machineTypes);

    bool read(const QString& path, CatalogOverlay& overlay, PriceImport& result) const;

private:
    const VmTable& m_machineTypes;
};

} // namespace cloudshift
