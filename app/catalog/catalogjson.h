#pragma once

#include "catalog/catalog.h"
#include "catalog/priceimport.h"

#include <nlohmann/json.hpp>

namespace cloudshift {

// JSON forms of the catalog's provenance, as the command line prints them.

/// {"catalog_date", "sources": [{id, title, as_of, licence, imported}]}.
nlohmann::json catalogSourcesToJson(const Catalog& catalog);
/// {path, format, sources: [{id, title, as_of}], vm_prices, rates, skipped, error}.
nlohmann::json priceImportToJson(const PriceImport& result);
/// "aws-price-list-json, 1 VM prices, 0 other rates, 1 rows skipped; prices as of 2024-05-28".
QString describePriceImport(const PriceImport& result);

} // namespace cloudshift
