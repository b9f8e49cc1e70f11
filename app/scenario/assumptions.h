#pragma once

#include <QString>

#include <array>

namespace cloudshift {

/// The inputs of a simulation that are not in the bill, each with a default and where it comes from.
///
/// Defaults are deliberately plain, documented numbers the architect replaces with their own; the
/// sources are shown next to them in the GUI and in reports (see assumptionNotes()).
struct Assumptions
{
    int horizonMonths = 36; ///< 12..60
    double growthPerYear = 0.0; ///< run-cost growth, e.g. 0.10 for +10 % a year, applied to every cloud

    /// Labour per resource moved, USD, by strategy (order of Strategy) — before the size factor.
    std::array<double, 7> labourPerResource{1500, 4000, 12000, 3000, 200, 0, 800};
    /// Extra labour per vCPU of a VM, USD: bigger machines take longer to test and cut over.
    double labourPerVcpu = 50.0;
    int parallelRunMonths = 1; ///< months the Azure side keeps running after a workload has moved
    double azureEgressUsdPerGb = 0.087; ///< data leaving Azure to the internet, first paid tier
    bool exitEgressWaived = true; ///< Azure waives egress fees for customers moving out (on request)

    /// Compute discounts of the pricing models, as fractions of on-demand (0.38 = 38 % off).
    double awsReserved1y = 0.38, awsReserved3y = 0.72, awsSavingsPlan1y = 0.26, awsSavingsPlan3y = 0.65;
    double gcpCommitted1y = 0.37, gcpCommitted3y = 0.55;
    double azureReserved1y = 0.41, azureReserved3y = 0.62;
    double spotDiscount = 0.56; ///< spot price cut (m6i.large us-east-1: 0.0425 vs 0.096 USD/h)

    QString currency; ///< display currency; empty = the billing currency
    double usdToCurrency = 1.0; ///< exchange rate for USD catalog prices when the bill is not in USD

    bool operator==(const Assumptions&) const = default;
};

/// One line per assumption: its value's meaning and source, for the GUI and reports.
QStringList assumptionNotes();

} // namespace cloudshift
