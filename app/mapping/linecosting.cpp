#include "linecosting.h"

namespace cloudshift {

void LineCosting::applyPrice(PricedLine& line, const LineContext& context, double usdPerUnit,
    const QString& unit, double unitsPerQuantity)
{
    line.usdPerUnit = usdPerUnit;
    line.unit = unit;
    line.region = context.region.region;
    line.quantity = 0.0;
    line.total = 0;
    line.monthly.assign(context.quantity.size(), 0);
    for (std::size_t m = 0; m < context.quantity.size(); ++m) {
        const double units = context.quantity[m] * unitsPerQuantity;
        line.quantity += units;
        line.monthly[m] = microsFromDouble(units * usdPerUnit);
        line.total += line.monthly[m];
    }
}

void LineCosting::applyRate(
    PricedLine& line, const LineContext& context, const Rate& rate, double unitsPerQuantity)
{
    applyPrice(line, context, rate.usd, rate.unit, unitsPerQuantity);
    line.source = rate.source;
    line.sourceDate = rate.sourceDate;
    const QString note = borrowedPriceNote(rate, context.region.region);
    if (!note.isEmpty()) {
        line.confidence = weakerConfidence(line.confidence, Confidence::Close);
        line.reason += QStringLiteral("; ") + note;
    }
}

void LineCosting::applyTiers(
    PricedLine& line, const LineContext& context, const std::vector<Rate>& tiers, double unitsPerQuantity)
{
    if (tiers.empty())
        return;
    applyRate(line, context, tiers.front(), unitsPerQuantity);
    line.total = 0;
    for (std::size_t m = 0; m < context.quantity.size(); ++m) {
        const double units = context.quantity[m] * unitsPerQuantity;
        double usd = 0.0;
        // Refunds come as negative quantities: priced at the first tier, they undo what they refund.
        if (units <= 0.0) {
            usd = units * tiers.front().usd;
        } else {
            for (std::size_t t = 0; t < tiers.size(); ++t) {
                const double start = tiers[t].tierStart;
                const double end = t + 1 < tiers.size() ? tiers[t + 1].tierStart : units;
                if (units <= start)
                    break;
                usd += (std::min(units, end) - start) * tiers[t].usd;
            }
            // A first tier that starts above zero (Azure's free allowance) leaves the units below it free.
        }
        line.monthly[m] = microsFromDouble(usd);
        line.total += line.monthly[m];
    }
}

void LineCosting::carryOver(PricedLine& line, const LineContext& context, const QString& reason)
{
    line.confidence = Confidence::None;
    line.monthly = context.usage.cost;
    line.total = 0;
    for (Micros cost : line.monthly)
        line.total += cost;
    line.quantity = 0.0;
    line.usdPerUnit = 0.0;
    line.service.clear();
    line.sku.clear();
    line.unit.clear();
    line.source.clear();
    line.sourceDate.clear();
    line.reason = reason;
}

QString LineCosting::borrowedPriceNote(const Rate& rate, const QString& region)
{
    if (rate.scope != RateScope::Reference || rate.region.compare(region, Qt::CaseInsensitive) == 0)
        return {};
    return QStringLiteral("list price of %1 (none in the catalog for %2)").arg(rate.region, region);
}

QString LineCosting::describePrice(double usd, const QString& unit)
{
    return QStringLiteral("%1 USD/%2").arg(QString::number(usd, 'g', 6), unit);
}

} // namespace cloudshift
