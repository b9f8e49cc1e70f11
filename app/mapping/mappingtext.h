#pragma once

#include "mapping/mappingcoverage.h"
#include "mapping/offer.h"

#include <QTextStream>

#include <array>

namespace cloudshift {

// Plain-text forms of the mapping results, as the command line prints them.

/// "AWS: m6i.xlarge in us-east-1, 0.192 USD/hour, exact", the reason, the price's source and date, and
/// the alternatives.
void writeOfferText(QTextStream& out, const Offer& offer);
/// Share of the cost at each confidence per target, and the costliest meters not mapped (all with details).
void writeCoverageText(QTextStream& out, const std::array<TargetCoverage, 2>& coverage, bool details);

} // namespace cloudshift
