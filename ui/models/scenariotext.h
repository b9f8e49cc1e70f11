#pragma once

#include "scenario/scenario.h"

#include <QDate>
#include <QString>

#include <vector>

namespace cloudshift {

// How the scenario pages spell placement choices, and which choices each target offers. Labels only:
// the engine's ids (targetId() and friends) stay the file and command-line form.

QString targetText(Target target); ///< "AWS", "Google Cloud", "Azure", "Retire"
QString pricingText(PricingModel pricing); ///< "On-demand", "Reserved 1 year", "Savings Plan 3 years"...
QString strategyText(Strategy strategy); ///< "Rehost", "Replatform"...
/// "Month 3 (Apr 2026)": a horizon month index with its calendar month when the start is known.
QString waveMonthText(int month, const QDate& firstMonth);

std::vector<Target> allTargets();
std::vector<Strategy> allStrategies();
/// The pricing models each cloud sells under its own name (AWS reservations and Savings Plans, GCP
/// committed use, Azure reservations and savings plans); empty for Retire.
std::vector<PricingModel> pricingChoices(Target target);

} // namespace cloudshift
