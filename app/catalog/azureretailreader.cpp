#include "azureretailreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <nlohmann/json.hpp>

namespace cloudshift {

namespace {

QString text(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

bool AzureRetailReader::read(const QString& path, CatalogOverlay& overlay, PriceImport& result) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return false;
    }
    const nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (json.is_discarded() || !json.contains("Items") || !json["Items"].is_array()) {
        result.error = QStringLiteral("not an Azure Retail Prices API page");
        return false;
    }
    QHash<QString, QString> sourceOf;
    for (const auto& item : json["Items"]) {
        const QString meter = text(item, "meterName");
        const QString product = text(item, "productName");
        const QString sku = text(item, "armSkuName");
        const QString region = text(item, "armRegionName");
        const bool vm = text(item, "serviceName") == u"Virtual Machines";
        if (!vm || text(item, "type") != u"Consumption" || text(item, "currencyCode") != u"USD"
            || text(item, "unitOfMeasure") != u"1 Hour" || meter.endsWith(u" Low Priority") || sku.isEmpty()
            || region.isEmpty() || !item.value("retailPrice", nlohmann::json()).is_number()) {
            ++result.skipped;
            continue;
        }
        const bool windows = product.endsWith(u" Windows");
        const bool spot = meter.endsWith(u" Spot");
        // The catalog keeps Linux spot prices only.
        if (windows && spot) {
            ++result.skipped;
            continue;
        }
        const QString date = text(item, "effectiveStartDate").left(10);
        if (!sourceOf.contains(date)) {
            const QString id = QStringLiteral("azure-retail-prices-%1").arg(date);
            sourceOf.insert(date, id);
            const CatalogSource source { id,
                QStringLiteral("Azure Retail Prices API, effective %1").arg(date), date,
                QStringLiteral("Microsoft public retail prices"), QFileInfo(path).fileName() };
            overlay.addSource(source);
            result.sources.push_back(source);
        }
        overlay.setVmPrice({ Cloud::Azure, region, sku,
            spot          ? VmTable::Spot
                : windows ? VmTable::Windows
                          : VmTable::Linux,
            item["retailPrice"].get<double>(), sourceOf.value(date), 0.0, 0.0 });
        ++result.vmPrices;
    }
    if (result.vmPrices == 0)
        result.error = QStringLiteral("no pay-as-you-go VM price in the page");
    return result.error.isEmpty();
}

} // namespace cloudshift
