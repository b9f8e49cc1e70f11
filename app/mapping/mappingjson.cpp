#include "mappingjson.h"

#include <cmath>

namespace cloudshift {

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

constexpr Confidence kConfidences[]
    = { Confidence::Exact, Confidence::Close, Confidence::Approximate, Confidence::None };

nlohmann::json byConfidence(const std::array<Micros, 4>& costs)
{
    nlohmann::json json = nlohmann::json::object();
    for (Confidence c : kConfidences)
        json[str(confidenceId(c))] = microsToDouble(costs[static_cast<std::size_t>(c)]);
    return json;
}

} // namespace

nlohmann::json vmAlternativesToJson(const std::vector<VmAlternative>& alternatives)
{
    nlohmann::json list = nlohmann::json::array();
    for (const VmAlternative& a : alternatives)
        list.push_back({ { "sku", str(a.sku) }, { "vcpu", a.vcpu }, { "memory_gib", a.memoryGiB },
            { "usd_per_hour", a.usdPerHour }, { "confidence", str(confidenceId(a.confidence)) },
            { "reason", str(a.reason) } });
    return list;
}

nlohmann::json vmOfferToJson(const Offer& offer)
{
    return { { "sku", str(offer.sku) }, { "region", str(offer.region) }, { "vcpu", offer.vcpu },
        { "memory_gib", offer.memoryGiB }, { "usd_per_hour", offer.usdPerHour },
        { "confidence", str(confidenceId(offer.confidence)) }, { "reason", str(offer.reason) },
        { "alternatives", vmAlternativesToJson(offer.alternatives) }, { "source", str(offer.source) },
        { "as_of", str(offer.sourceDate) } };
}

nlohmann::json resourceLinesToJson(const Resource& resource, const ResourcePricer& pricer)
{
    nlohmann::json row = { { "id", str(resource.id) }, { "name", str(resource.name) },
        { "azure_region", str(resource.location) }, { "azure", microsToDouble(resource.totalCost) } };
    for (Cloud target : kTargetClouds) {
        const TargetPricing pricing = pricer.price(resource, target);
        nlohmann::json lines = nlohmann::json::array();
        for (const PricedLine& line : pricing.lines)
            lines.push_back(pricedLineToJson(line));
        row[str(cloudId(target))] = { { "cost", microsToDouble(pricing.total) }, { "lines", lines } };
    }
    return row;
}

nlohmann::json pricedLineToJson(const PricedLine& line)
{
    return { { "kind", str(meterKindId(line.kind)) },
        { "azure",
            { { "category", str(line.meter.category) }, { "subcategory", str(line.meter.subCategory) },
                { "meter", str(line.meter.name) }, { "unit_of_measure", str(line.meter.unit) },
                { "quantity", line.azureQuantity }, { "unit", str(line.azureUnit) },
                { "cost", microsToDouble(line.azureCost) } } },
        { "service", str(line.service) }, { "sku", str(line.sku) }, { "region", str(line.region) },
        { "quantity", line.quantity }, { "unit", str(line.unit) }, { "usd_per_unit", line.usdPerUnit },
        { "cost", microsToDouble(line.total) }, { "confidence", str(confidenceId(line.confidence)) },
        { "reason", str(line.reason) }, { "source", str(line.source) }, { "as_of", str(line.sourceDate) } };
}

nlohmann::json coverageToJson(const TargetCoverage& coverage, bool details)
{
    nlohmann::json notMapped = nlohmann::json::array();
    for (const TargetCoverage::NotMapped& row : coverage.notMapped) {
        if (!details && notMapped.size() >= 20)
            break;
        notMapped.push_back({ { "category", str(row.category) }, { "meter", str(row.meter) },
            { "kind", str(meterKindId(row.kind)) }, { "azure_cost", microsToDouble(row.azureCost) },
            { "resources", row.lines }, { "reason", str(row.reason) } });
    }
    nlohmann::json categories = nlohmann::json::object();
    for (const auto& [category, costs] : coverage.byCategory)
        categories[str(category)] = byConfidence(costs);
    const auto share = [&](Confidence c) { return std::round(coverage.shareAtLeast(c) * 10000.0) / 10000.0; };
    return { { "azure_total", microsToDouble(coverage.azureTotal) },
        { "target_total", microsToDouble(coverage.targetTotal) },
        { "azure_cost_by_confidence", byConfidence(coverage.azureByConfidence) },
        { "share_exact", share(Confidence::Exact) }, { "share_close_or_better", share(Confidence::Close) },
        { "share_mapped", share(Confidence::Approximate) }, { "by_meter_category", categories },
        { "not_mapped", notMapped } };
}

} // namespace cloudshift
