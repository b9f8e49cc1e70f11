#pragma once

#include "catalog/catalogsource.h"

#include <QString>

#include <vector>

namespace cloudshift {

/// What importing one official price file did.
struct PriceImport
{
    QString path;
    QString
        format; ///< "aws-price-list-json", "aws-price-list-csv", "gcp-billing-catalog", "azure-retail-prices",
               ///< "ec2-instances"
    std::vector<CatalogSource> sources; ///< one per publication date found in the file
    int vmPrices = 0; ///< VM prices laid over the catalog
    int rates = 0; ///< other unit rates (disks, databases) laid over it
    int skipped = 0; ///< rows read but not used (other OS, tenancy, term, currency, service)
    QString error; ///< empty on success

    bool ok() const { return error.isEmpty(); }
};

} // namespace cloudshift
