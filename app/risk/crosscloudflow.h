#pragma once

#include "billing/money.h"
#include "risk/dependencyflow.h"

#include <QStringList>

#include <vector>

namespace cloudshift {

/// One month of the scenario in which part of a flow crosses clouds.
struct CrossCloudMonth
{
    int month = 0; ///< of the scenario's horizon, 0 = its first month
    double share = 0.0; ///< of the flow's traffic crossing clouds that month (0..1)
    double rttMs = 0.0; ///< round trip of the crossing calls, weighted by the cloud pairs' shares
    Micros egress = 0; ///< the crossing GB billed as internet egress of the cloud they leave
};

/// A listed flow during the scenario: the months its calls cross clouds, their round trip and what the
/// data leaving each cloud costs.
struct CrossCloudFlow
{
    DependencyFlow flow;
    std::vector<CrossCloudMonth> months; ///< only the months with crossing traffic
    Micros egressTotal = 0;
    QStringList notes; ///< what could not be priced or timed
};

} // namespace cloudshift
