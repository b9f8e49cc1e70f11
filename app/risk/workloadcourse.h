#pragma once

#include "catalog/cloud.h"

namespace cloudshift {

/// Where a workload runs month by month of a scenario, as the simulator moves it: all on Azure before its
/// wave, then min(1, (month - waveStart + 1) / waveMonths) of it on the target, so during a wave of
/// several months it runs on both clouds. A retired workload's moved share is gone.
struct WorkloadCourse
{
    Cloud target = Cloud::Azure;
    bool retired = false;
    int waveStart = 0;
    int waveMonths = 1;

    /// Share of the workload on `cloud` in `month` (0..1).
    double shareOn(Cloud cloud, int month) const;
};

/// Share of the traffic between `a` and `b` that crosses clouds in `month`: the part of `a` on one cloud
/// times the part of `b` on another, summed (0..1).
double crossCloudShare(const WorkloadCourse& a, const WorkloadCourse& b, int month);

/// Months of [0, horizonMonths) in which some of the traffic between `a` and `b` crosses clouds.
int crossCloudMonths(const WorkloadCourse& a, const WorkloadCourse& b, int horizonMonths);

} // namespace cloudshift
