#include "resourcepricer.h"

#include "mapping/linecosting.h"
#include "mapping/meterclassifier.h"

namespace cloudshift {

namespace {

bool isPurchase(const BilledMeter& meter)
{
    return meter.chargeType.compare(u"Purchase", Qt::CaseInsensitive) == 0;
}

Micros sum(const std::vector<Micros>& values)
{
    Micros total = 0;
    for (Micros value : values)
        total += value;
    return total;
}

} // namespace

ResourcePricer::ResourcePricer(const Catalog& catalog)
    : m_catalog(catalog)
    , m_vms(catalog)
    , m_regions(catalog)
    , m_units(catalog)
    , m_compute(catalog, m_vms)
{
}

QString ResourcePricer::referenceRegion(Cloud target)
{
    return target == Cloud::Aws ? QStringLiteral("us-east-1")
        : target == Cloud::Gcp  ? QStringLiteral("us-central1")
                                : QStringLiteral("eastus");
}

TargetPricing ResourcePricer::price(const Resource& resource, Cloud target) const
{
    return price(resource, target, TargetOverride());
}

RegionMatch ResourcePricer::regionFor(
    const Resource& resource, Cloud target, const TargetOverride& choice) const
{
    RegionMatch region = m_regions.map(resource.location, target, choice.region);
    if (region.isValid())
        return region;
    // Global resources (DNS zones, Front Door) and rows without a location still have a price somewhere.
    RegionMatch fallback;
    fallback.region = referenceRegion(target);
    fallback.confidence = Confidence::Close;
    fallback.note
        = QStringLiteral("no usable Azure region (%1); priced in %2").arg(region.note, fallback.region);
    return fallback;
}

TargetPricing ResourcePricer::price(
    const Resource& resource, Cloud target, const TargetOverride& choice) const
{
    if (resource.meters.empty())
        return priceWithoutMeters(resource, target, choice);
    TargetPricing result;
    result.offer.cloud = target;
    result.monthly.assign(resource.monthlyCost.size(), 0);
    const RegionMatch region = regionFor(resource, target, choice);

    Offer vmOffer;
    double vmOfferHours = -1.0;
    for (const MeterUsage& usage : resource.meters) {
        Offer lineOffer;
        PricedLine line = priceLine(resource, usage, target, region, choice, lineOffer);
        if (line.kind == MeterKind::VmCompute && line.quantity > vmOfferHours
            && (lineOffer.isMapped() || vmOfferHours < 0)) {
            vmOffer = lineOffer;
            vmOfferHours = line.isMapped() ? line.quantity : 0.0;
        }
        for (std::size_t m = 0; m < result.monthly.size() && m < line.monthly.size(); ++m)
            result.monthly[m] += line.monthly[m];
        result.azureByConfidence[static_cast<std::size_t>(line.confidence)] += line.azureCost;
        if (!line.isMapped())
            result.carriedOver += line.azureCost;
        result.lines.push_back(std::move(line));
    }
    result.total = sum(result.monthly);

    if (vmOfferHours >= 0.0) {
        result.offer = vmOffer;
        return result;
    }
    // Otherwise the resource is shown as its costliest priced line's product.
    const PricedLine* main = nullptr;
    for (const PricedLine& line : result.lines) {
        if (line.isMapped() && (!main || line.azureCost > main->azureCost))
            main = &line;
    }
    if (!main) {
        for (const PricedLine& line : result.lines) {
            if (!main || line.azureCost > main->azureCost)
                main = &line;
        }
    }
    if (main) {
        result.offer.service = main->service;
        result.offer.sku = main->sku;
        result.offer.region = main->isMapped() ? main->region : QString();
        result.offer.confidence = main->confidence;
        result.offer.reason = main->reason;
        result.offer.source = main->source;
        result.offer.sourceDate = main->sourceDate;
    }
    return result;
}

PricedLine ResourcePricer::priceLine(const Resource& resource, const MeterUsage& usage, Cloud target,
    const RegionMatch& region, const TargetOverride& choice, Offer& vmOffer) const
{
    PricedLine line;
    line.meter = usage.meter;
    line.kind = MeterClassifier::classify(usage.meter);
    line.azureCost = sum(usage.cost);
    line.region = region.region;
    const std::optional<UnitConverter::Unit> unit = m_units.convert(usage.meter.unit);
    LineContext context { m_catalog, resource, usage, target, region, choice, {},
        unit ? unit->unit : QString() };
    context.quantity.reserve(usage.quantity.size());
    for (double quantity : usage.quantity)
        context.quantity.push_back(quantity * (unit ? unit->factor : 1.0));
    line.azureQuantity = context.totalQuantity();
    line.azureUnit = unit ? unit->unit : usage.meter.unit;

    if (isPurchase(usage.meter)) {
        LineCosting::carryOver(line, context,
            QStringLiteral("%1 / %2: a purchase (reservation, marketplace), kept at its Azure cost")
                .arg(usage.meter.category, usage.meter.name));
        return line;
    }
    if (!unit) {
        LineCosting::carryOver(line, context,
            QStringLiteral("%1 / %2: unit \"%3\" not understood; kept at its Azure cost")
                .arg(usage.meter.category, usage.meter.name, usage.meter.unit));
        return line;
    }
    bool priced = false;
    switch (line.kind) {
    case MeterKind::VmCompute:
        priced = m_compute.price(context, line, vmOffer);
        break;
    case MeterKind::Disk:
    case MeterKind::BlobCapacity:
    case MeterKind::BlobOperations:
        priced = m_storage.price(context, line);
        break;
    case MeterKind::Egress:
        priced = m_network.price(context, line);
        break;
    case MeterKind::DbCompute:
    case MeterKind::DbStorage:
        priced = m_databases.price(context, line);
        break;
    case MeterKind::Service:
        priced = m_services.price(context, line);
        break;
    case MeterKind::Other:
        break;
    }
    if (!priced) {
        const QString reason = line.reason.isEmpty()
            ? ServiceLinePricer::notMappedReason(m_catalog, usage.meter, target)
            : line.reason;
        LineCosting::carryOver(line, context, reason);
        return line;
    }
    // Where the resource landed counts too: a region far from the Azure one is not a like-for-like move.
    line.confidence = weakerConfidence(line.confidence, region.confidence);
    if (!region.note.isEmpty() && !line.reason.contains(region.note))
        line.reason += QStringLiteral("; ") + region.note;
    return line;
}

TargetPricing ResourcePricer::priceWithoutMeters(
    const Resource& resource, Cloud target, const TargetOverride& choice) const
{
    TargetPricing result;
    result.offer.cloud = target;
    result.monthly = resource.monthlyCost;
    if (resource.isVm()) {
        result.offer = m_vms.map(resource.vmSize, resource.location,
            resource.windows ? OsType::Windows : OsType::Linux, target, choice);
    } else {
        result.offer.reason
            = QStringLiteral("no meters to price: %1 kept at its Azure cost").arg(resource.serviceCategory);
    }
    for (std::size_t m = 0; m < result.monthly.size(); ++m) {
        if (result.offer.isMapped() && m < resource.vmHours.size() && m < resource.vmComputeCost.size()) {
            result.monthly[m] += microsFromDouble(resource.vmHours[m] * result.offer.usdPerHour)
                - resource.vmComputeCost[m];
            result.carriedOver += resource.monthlyCost[m] - resource.vmComputeCost[m];
            result.azureByConfidence[static_cast<std::size_t>(result.offer.confidence)]
                += resource.vmComputeCost[m];
            result.azureByConfidence[static_cast<std::size_t>(Confidence::None)]
                += resource.monthlyCost[m] - resource.vmComputeCost[m];
        } else {
            result.carriedOver += resource.monthlyCost[m];
            result.azureByConfidence[static_cast<std::size_t>(Confidence::None)] += resource.monthlyCost[m];
        }
        result.total += result.monthly[m];
    }
    return result;
}

} // namespace cloudshift
