#pragma once

#include "billing/billingdata.h"
#include "billing/money.h"
#include "mapping/confidence.h"
#include "mapping/meterkind.h"

#include <QString>

#include <vector>

namespace cloudshift {

/// One Azure meter of a resource priced on one target cloud: what it was on Azure, what replaces it,
/// at which unit price, and how sure that is. A line without an equivalent keeps its Azure cost
/// (confidence None) and belongs on the "not mapped" list.
struct PricedLine
{
    MeterKind kind = MeterKind::Other;
    BilledMeter meter; ///< the Azure meter as billed
    double azureQuantity = 0.0; ///< over the period, in azureUnit
    QString azureUnit; ///< normalised unit: "hours", "GB-month", "GB", "operations", "units/month"
    Micros azureCost = 0; ///< over the period

    QString service; ///< target service: "EC2", "S3", "CloudWatch Logs"
    QString sku; ///< target product: "m6i.xlarge", "S3 Standard", "gp3 128 GiB"
    QString region; ///< target region id
    double quantity = 0.0; ///< over the period, in unit
    QString unit; ///< target billing unit: "hour", "GB-month", "10K operations"
    double usdPerUnit = 0.0; ///< first tier's price for tiered rates
    std::vector<Micros> monthly; ///< target cost per month; the Azure cost when not mapped
    Micros total = 0;
    Confidence confidence = Confidence::None;
    QString reason; ///< one line: what was matched and why, or why nothing was
    QString source; ///< catalog source id of the unit price
    QString sourceDate;

    bool isMapped() const { return confidence != Confidence::None; }
};

} // namespace cloudshift
