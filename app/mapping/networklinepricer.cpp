#include "networklinepricer.h"

#include "mapping/linecosting.h"

namespace cloudshift {

namespace {

bool has(const QString& text, const char16_t* part)
{
    return text.contains(QStringView(part), Qt::CaseInsensitive);
}

} // namespace

bool NetworkLinePricer::price(const LineContext& context, PricedLine& line) const
{
    const BilledMeter& meter = context.usage.meter;
    if (context.unit != u"GB") {
        line.reason = QStringLiteral("bandwidth meter in \"%1\", not GB").arg(meter.unit);
        return false;
    }
    const bool aws = context.target == Cloud::Aws;
    const QString& name = meter.name;
    const QString& sub = meter.subCategory;
    if (has(name, u"Data Transfer In") || has(name, u"Ingress")) {
        line.service = aws ? QStringLiteral("Data Transfer") : QStringLiteral("Network");
        line.sku = QStringLiteral("data transfer in");
        line.confidence = Confidence::Exact;
        line.reason
            = QStringLiteral("inbound data transfer is free on %1 too").arg(cloudDisplayName(context.target));
        LineCosting::applyPrice(line, context, 0.0, QStringLiteral("GB"), 1.0);
        return true;
    }
    if (has(sub, u"Inter-Region") || has(name, u"Inter Continent") || has(name, u"Intra Continent")
        || has(name, u"Inter-Region")) {
        const bool continents = has(name, u"Inter Continent") && !aws;
        return priceTransfer(context, line,
            continents ? QStringLiteral("inter-continent") : QStringLiteral("inter-region"),
            continents ? QStringLiteral("data transfer between continents")
                       : QStringLiteral("data transfer between regions"));
    }
    if (has(sub, u"Availability Zone") || has(name, u"Availability Zone") || has(name, u"Inter-AZ"))
        return priceTransfer(
            context, line, QStringLiteral("cross-zone"), QStringLiteral("data transfer between zones"));

    // Everything else is data out to the internet. Azure routes it over Microsoft's network unless the
    // routing preference says "Internet"; Google's tiers are the same distinction.
    const bool internetRouting = has(name, u"Routing Preference") || has(sub, u"Routing Preference");
    const QString product = aws ? QStringLiteral("internet")
        : internetRouting       ? QStringLiteral("internet-standard")
                                : QStringLiteral("internet-premium");
    const std::vector<Rate> tiers = context.catalog.rates().tiers(
        context.target, QStringLiteral("egress"), product, context.region.region);
    if (tiers.empty()) {
        line.reason = QStringLiteral("no %1 internet egress price for %2")
                          .arg(cloudDisplayName(context.target), context.region.region);
        return false;
    }
    line.service = aws ? QStringLiteral("Data Transfer Out") : QStringLiteral("Network egress");
    line.sku = aws        ? QStringLiteral("internet egress")
        : internetRouting ? QStringLiteral("Standard Tier internet egress")
                          : QStringLiteral("Premium Tier internet egress");
    line.confidence = Confidence::Close;
    line.reason
        = QStringLiteral("internet egress GB → %1, tiers applied to this resource's monthly volume (the "
                         "account-wide volume may reach cheaper tiers)")
              .arg(line.sku);
    LineCosting::applyTiers(line, context, tiers, 1.0);
    return true;
}

bool NetworkLinePricer::priceTransfer(
    const LineContext& context, PricedLine& line, const QString& product, const QString& what) const
{
    const std::optional<Rate> rate
        = context.catalog.rate(context.target, QStringLiteral("transfer"), product, context.region.region);
    if (!rate) {
        line.reason = QStringLiteral("no %1 price for %2").arg(cloudDisplayName(context.target), what);
        return false;
    }
    line.service = context.target == Cloud::Aws ? QStringLiteral("Data Transfer") : QStringLiteral("Network");
    line.sku = what;
    line.confidence = Confidence::Close;
    line.reason
        = QStringLiteral("%1 GB → %2 at %3")
              .arg(what, cloudDisplayName(context.target), LineCosting::describePrice(rate->usd, rate->unit));
    LineCosting::applyRate(line, context, *rate, 1.0);
    return true;
}

} // namespace cloudshift
