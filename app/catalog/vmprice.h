#pragma once

#include <QString>

#include <optional>

namespace cloudshift {

/// Prices of one VM type in one region, USD, with the source and date of each figure.
struct VmPrice
{
    QString region;
    std::optional<double> linuxUsdPerHour; ///< on-demand / pay-as-you-go
    std::optional<double> windowsUsdPerHour; ///< licence included; absent where the catalog has none
    std::optional<double> spotUsdPerHour;
    std::optional<double> sustainedUseMonthUsd; ///< GCP: 730 h with the sustained-use discount
    std::optional<double> commitment1yMonthUsd; ///< GCP: 730 h under a 1-year resource CUD
    std::optional<double> commitment3yMonthUsd; ///< GCP: 730 h under a 3-year resource CUD
    std::optional<double> windowsLicenseUsdPerHour; ///< GCP: the Windows licence SKU alone
    QString windowsMethod; ///< how the catalog's Windows prices were obtained
    QString source; ///< catalog source id of the on-demand and Windows prices
    QString sourceDate;
    QString spotSource;
    QString spotSourceDate;
};

} // namespace cloudshift
