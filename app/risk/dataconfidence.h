#pragma once

#include "risk/riskinput.h"

#include <QStringList>

namespace cloudshift {

/// How far the figures behind a workload's risk and savings can be trusted, apart from the risk itself.
///
/// rating = 1 + (2 when at least 80 % of the cost is mapped with high confidence, 1 from 40 %)
///            + (1 when at least half the latency values are measured)
///            + (1 with at least 6 months of billing history).
struct DataConfidence
{
    int rating = 1; ///< 1..5
    QStringList evidence;
};

DataConfidence rateDataConfidence(const WorkloadRiskInput& input);

} // namespace cloudshift
