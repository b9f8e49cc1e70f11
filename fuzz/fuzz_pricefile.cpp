// Every official price-file importer (AWS Price List JSON and CSV, Google Cloud Billing Catalog SKUs,
// Azure Retail Prices, EC2 instance records), chosen by the importer's own format detection.

#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "catalog/pricefileimporter.h"
#include "fuzzsupport.h"

using namespace cloudshift;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The compiled catalog only, never the user's imported prices.
    static const Catalog catalog;
    const QString path = fuzz::writeInput(QStringLiteral("prices.json"), data, size);
    PriceFileImporter importer(catalog);
    importer.setUndatedAsOf(QStringLiteral("2026-01-01"));
    CatalogOverlay overlay;
    const PriceImport result = importer.import(path, overlay);
    if (result.ok() && result.format.isEmpty())
        fuzz::fail("a file of no known format was imported");
    if (result.vmPrices < 0 || result.rates < 0 || result.skipped < 0)
        fuzz::fail("negative counts");
    return 0;
}
