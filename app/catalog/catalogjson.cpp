#include "catalogjson.h"

#include <algorithm>

namespace cloudshift {

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

} // namespace

nlohmann::json catalogSourcesToJson(const Catalog& catalog)
{
    nlohmann::json list = nlohmann::json::array();
    for (const CatalogSource& s : catalog.sources()) {
        const bool imported = std::any_of(catalog.overlaySources().begin(), catalog.overlaySources().end(),
            [&s](const CatalogSource& o) { return o.id == s.id; });
        list.push_back({ { "id", str(s.id) }, { "title", str(s.title) }, { "as_of", str(s.asOf) },
            { "licence", str(s.licence) }, { "imported", imported } });
    }
    return { { "catalog_date", str(catalog.catalogDate()) }, { "sources", list } };
}

nlohmann::json priceImportToJson(const PriceImport& result)
{
    nlohmann::json sources = nlohmann::json::array();
    for (const CatalogSource& s : result.sources)
        sources.push_back({ { "id", str(s.id) }, { "title", str(s.title) }, { "as_of", str(s.asOf) } });
    return { { "path", str(result.path) }, { "format", str(result.format) }, { "sources", sources },
        { "vm_prices", result.vmPrices }, { "rates", result.rates }, { "skipped", result.skipped },
        { "error", str(result.error) } };
}

QString describePriceImport(const PriceImport& result)
{
    QStringList dates;
    for (const CatalogSource& s : result.sources)
        dates << s.asOf;
    return QStringLiteral("%1, %2 VM prices, %3 other rates, %4 rows skipped; prices as of %5")
        .arg(result.format)
        .arg(result.vmPrices)
        .arg(result.rates)
        .arg(result.skipped)
        .arg(dates.join(QStringLiteral(", ")));
}

} // namespace cloudshift
