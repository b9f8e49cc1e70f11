#include "mappingcoverage.h"

#include "billing/billingimporter.h"

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

double TargetCoverage::share(Confidence confidence) const
{
    if (azureTotal == 0)
        return 0.0;
    return static_cast<double>(azureByConfidence[static_cast<std::size_t>(confidence)])
        / static_cast<double>(azureTotal);
}

void MappingCoverage::add(TargetCoverage& coverage, const Resource& resource, const TargetPricing& pricing)
{
    coverage.targetTotal += pricing.total;
    for (std::size_t c = 0; c < coverage.azureByConfidence.size(); ++c)
        coverage.azureByConfidence[c] += pricing.azureByConfidence[c];
    coverage.azureTotal += resource.totalCost;
    for (const PricedLine& line : pricing.lines) {
        coverage.byCategory[line.meter.category][static_cast<std::size_t>(line.confidence)] += line.azureCost;
        if (line.isMapped())
            continue;
        // Few distinct meters go unmapped: a linear search keeps the struct a plain value.
        auto it = std::find_if(coverage.notMapped.begin(), coverage.notMapped.end(),
            [&line](const TargetCoverage::NotMapped& row) {
                return row.category == line.meter.category && row.meter == line.meter.name;
            });
        if (it == coverage.notMapped.end()) {
            coverage.notMapped.push_back(
                { line.meter.category, line.meter.name, line.kind, 0, 0, QString() });
            it = coverage.notMapped.end() - 1;
        }
        if (it->reason.isEmpty() || line.azureCost > it->azureCost / std::max(1, it->lines))
            it->reason = line.reason;
        it->azureCost += line.azureCost;
        ++it->lines;
    }
}

void MappingCoverage::finish(TargetCoverage& coverage)
{
    std::stable_sort(coverage.notMapped.begin(), coverage.notMapped.end(),
        [](const TargetCoverage::NotMapped& a, const TargetCoverage::NotMapped& b) {
            return a.azureCost > b.azureCost;
        });
}

std::array<TargetCoverage, 2> MappingCoverage::measure(
    const Inventory& inventory, const ResourcePricer& pricer)
{
    std::array<TargetCoverage, 2> result;
    for (std::size_t t = 0; t < kTargetClouds.size(); ++t) {
        result[t].cloud = kTargetClouds[t];
        for (const Resource& resource : inventory.resources)
            add(result[t], resource, pricer.price(resource, result[t].cloud));
        finish(result[t]);
    }
    return result;
}

} // namespace cloudshift
