#include "mappingcoverage.h"

#include "billing/billingimporter.h"

#include <QHash>

#include <algorithm>

namespace cloudshift {

double TargetCoverage::shareAtLeast(Confidence confidence) const
{
    if (azureTotal == 0)
        return 0.0;
    Micros covered = 0;
    for (int c = 0; c <= static_cast<int>(confidence) && c < static_cast<int>(Confidence::None); ++c)
        covered += azureByConfidence[static_cast<std::size_t>(c)];
    return static_cast<double>(covered) / static_cast<double>(azureTotal);
}

Inventory MappingCoverage::inventoryOf(
    const QStringList& inputs, const Catalog& catalog, ImportSummary* summary, QString* error)
{
    BillingImporter importer;
    BillingData data = importer.importInputs(inputs);
    *summary = data.summary;
    *error = importer.fatalError();
    if (!error->isEmpty())
        return {};
    return buildInventory(data, [&catalog](const QString& unit) -> std::optional<double> {
        const auto pricing = catalog.pricingUnit(unit);
        if (!pricing || !pricing->distinctUnits.contains(u"hour", Qt::CaseInsensitive))
            return std::nullopt;
        return pricing->blockSize;
    });
}

std::array<TargetCoverage, 2> MappingCoverage::measure(
    const Inventory& inventory, const ResourcePricer& pricer)
{
    std::array<TargetCoverage, 2> result;
    for (std::size_t t = 0; t < kTargetClouds.size(); ++t) {
        TargetCoverage& coverage = result[t];
        coverage.cloud = kTargetClouds[t];
        QHash<QString, std::size_t> rowOf;
        for (const Resource& resource : inventory.resources) {
            const TargetPricing pricing = pricer.price(resource, coverage.cloud);
            coverage.targetTotal += pricing.total;
            for (std::size_t c = 0; c < coverage.azureByConfidence.size(); ++c)
                coverage.azureByConfidence[c] += pricing.azureByConfidence[c];
            coverage.azureTotal += resource.totalCost;
            for (const PricedLine& line : pricing.lines) {
                coverage.byCategory[line.meter.category][static_cast<std::size_t>(line.confidence)]
                    += line.azureCost;
                if (line.isMapped())
                    continue;
                const QString key = line.meter.category + QLatin1Char('|') + line.meter.name;
                auto it = rowOf.find(key);
                if (it == rowOf.end()) {
                    it = rowOf.insert(key, coverage.notMapped.size());
                    coverage.notMapped.push_back(
                        { line.meter.category, line.meter.name, line.kind, 0, 0, QString() });
                }
                TargetCoverage::NotMapped& row = coverage.notMapped[it.value()];
                if (row.reason.isEmpty() || line.azureCost > row.azureCost / std::max(1, row.lines))
                    row.reason = line.reason;
                row.azureCost += line.azureCost;
                ++row.lines;
            }
        }
        std::stable_sort(coverage.notMapped.begin(), coverage.notMapped.end(),
            [](const TargetCoverage::NotMapped& a, const TargetCoverage::NotMapped& b) {
                return a.azureCost > b.azureCost;
            });
    }
    return result;
}

} // namespace cloudshift
