#pragma once

#include "billing/money.h"
#include "catalog/catalog.h"
#include "latency/latencyestimator.h"
#include "risk/crosscloudflow.h"
#include "risk/workloadcourse.h"

#include <QHash>
#include <QString>

#include <vector>

namespace cloudshift {

/// One end of a flow: how the workload moves and where it runs on each cloud ("azure:westeurope",
/// "aws:eu-west-1"; empty when it has no known region there).
struct FlowEndpoint
{
    WorkloadCourse course;
    QString azureRegion;
    QString targetRegion;
};

/// Prices in USD per GB of data leaving each cloud to another, converted with `usdToCurrency`.
struct EgressPrices
{
    double azureUsdPerGb = 0.087;
    double usdToCurrency = 1.0;
};

/// The flows whose two ends (by workload name in `ends`) sit on different clouds in some month of
/// [0, horizonMonths). The GB of a flow travel from its `from` workload to its `to` workload, so they are
/// billed at the egress price of the cloud `from` runs on; AWS and Google Cloud egress is the catalog's
/// first paid internet tier in that region.
std::vector<CrossCloudFlow> assessCrossCloudFlows(const DependencyFlows& flows,
    const QHash<QString, FlowEndpoint>& ends, int horizonMonths, const LatencyEstimator& estimator,
    const Catalog& catalog, const EgressPrices& prices);

} // namespace cloudshift
