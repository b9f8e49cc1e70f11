#include "mappingtext.h"

namespace cloudshift {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

void writeOfferText(QTextStream& out, const Offer& offer)
{
    out << cloudDisplayName(offer.cloud) << ": ";
    if (!offer.isMapped()) {
        out << "not mapped: " << offer.reason << '\n';
        return;
    }
    out << offer.sku << " in " << offer.region << ", " << number(offer.usdPerHour) << " USD/hour, "
        << confidenceId(offer.confidence) << '\n'
        << "  " << offer.reason << '\n'
        << "  price: " << offer.source << ", as of " << offer.sourceDate << '\n';
    for (const VmAlternative& a : offer.alternatives)
        out << "  alternative: " << a.sku << ", " << number(a.usdPerHour) << " USD/hour (" << a.reason
            << ")\n";
}

void writeCoverageText(QTextStream& out, const std::array<TargetCoverage, 2>& coverage, bool details)
{
    for (const TargetCoverage& c : coverage) {
        out << '\n'
            << cloudDisplayName(c.cloud) << ": " << percent(c.share(Confidence::Exact)) << " exact, "
            << percent(c.share(Confidence::Close)) << " close, " << percent(c.share(Confidence::Approximate))
            << " approximate, " << percent(c.share(Confidence::None)) << " not mapped ("
            << percent(c.shareAtLeast(Confidence::Close)) << " close or better); "
            << formatMoney(c.azureByConfidence[static_cast<std::size_t>(Confidence::None)]) << " of "
            << formatMoney(c.azureTotal) << " kept at Azure cost\n";
        std::size_t shown = 0;
        for (const TargetCoverage::NotMapped& row : c.notMapped) {
            if (!details && ++shown > 10) {
                out << "  ... " << c.notMapped.size() - 10 << " more (--details)\n";
                break;
            }
            out << "  not mapped: " << formatMoney(row.azureCost) << "  " << row.category << " / "
                << row.meter << " (" << row.reason << ")\n";
        }
    }
}

} // namespace cloudshift
