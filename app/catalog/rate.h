#pragma once

#include "catalog/cloud.h"

#include <QString>

namespace cloudshift {

/// Where a rate's price holds: its own region, one reference region (used elsewhere as an estimate), or
/// everywhere.
enum class RateScope { Region, Reference, Global };

/// One unit price that is not a VM-hour: a GB-month of a disk or storage class, 10K operations, a GB of
/// egress from one tier on, an RDS instance-hour, a service's hour or GB. Kinds and product keys are
/// those of tools/catalog_rates.py ("block"/"gp3", "operation"/"standard:write", "db-instance"/
/// "postgres:db.m5.large").
struct Rate
{
    Cloud cloud = Cloud::Aws;
    QString kind;
    QString product;
    QString region; ///< the region the price was quoted for; "global" for global prices
    QString unit; ///< "GB-month", "GB", "10K", "hour", "vCPU-hour", "1M"
    double usd = 0.0;
    double tierStart = 0.0; ///< tiered prices: first unit (GB) the price applies to
    RateScope scope = RateScope::Region;
    QString source; ///< catalog source id
    QString sourceDate;
    QString note; ///< verification mark and the page quoting it, where the source gives one
};

} // namespace cloudshift
