#pragma once

#include <QString>

#include <vector>

namespace cloudshift {

/// A flow of calls and data from one workload to another, as the architect lists it (the dependency CSV:
/// from workload, to workload, GB/month, calls/s). Flows whose two workloads sit on different clouds
/// during a wave feed the cross-cloud chattiness factor.
struct DependencyFlow
{
    QString from;
    QString to;
    double gbPerMonth = 0.0;
    double callsPerSecond = 0.0;

    bool operator==(const DependencyFlow& other) const = default;
};

using DependencyFlows = std::vector<DependencyFlow>;

} // namespace cloudshift
