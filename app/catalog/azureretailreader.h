#pragma once

#include "catalog/catalogoverlay.h"
#include "catalog/priceimport.h"

namespace cloudshift {

/// Reads an Azure Retail Prices API page ({"Items": [...], "NextPageLink": ...}, one page per file) into
/// an overlay: pay-as-you-go VM prices, Linux or Windows by product name, and Spot prices. Low Priority,
/// Dev/Test and reservation rows and other services are counted as skipped. Each row keeps the date it
/// took effect ("effectiveStartDate").
class AzureRetailReader
{
public:
    bool read(const QString& path, CatalogOverlay& overlay, PriceImport& result) const;
};

} // namespace cloudshift
