#pragma once

#include "catalog/rate.h"
#include "mapping/linecontext.h"
#include "mapping/pricedline.h"

#include <QString>

#include <optional>
#include <vector>

namespace cloudshift {

/// The arithmetic every line pricer shares: quantity × unit price per month, graduated tiers, the note
/// for prices borrowed from a reference region, and carrying a line over at its Azure cost.
class LineCosting
{
public:
    /// Prices the line at one rate: target units = canonical quantity × unitsPerQuantity. A rate quoted
    /// for another region lowers Exact to Close and says so in the reason.
    static void applyRate(
        PricedLine& line, const LineContext& context, const Rate& rate, double unitsPerQuantity);
    /// Prices the line at graduated tiers (egress), month by month; tiers sorted by start, starts in
    /// target units.
    static void applyTiers(PricedLine& line, const LineContext& context, const std::vector<Rate>& tiers,
        double unitsPerQuantity);
    /// Prices the line at a fixed unit price that is not a catalog rate (derived from several rates).
    static void applyPrice(PricedLine& line, const LineContext& context, double usdPerUnit,
        const QString& unit, double unitsPerQuantity);
    /// Keeps the Azure cost; reason says why no target price applies.
    static void carryOver(PricedLine& line, const LineContext& context, const QString& reason);
    /// "list price of us-east-1 (none in the catalog for eu-west-2)"; empty when the rate is the region's
    /// own.
    static QString borrowedPriceNote(const Rate& rate, const QString& region);
    /// "0.08 USD/GB-month" with up to 6 significant digits.
    static QString describePrice(double usd, const QString& unit);
};

} // namespace cloudshift
