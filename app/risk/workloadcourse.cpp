#include "workloadcourse.h"

#include <algorithm>
#include <array>

namespace cloudshift {

namespace {

constexpr std::array<Cloud, 3> kClouds { Cloud::Azure, Cloud::Aws, Cloud::Gcp };

} // namespace

double WorkloadCourse::shareOn(Cloud cloud, int month) const
{
    const bool moves = target != Cloud::Azure || retired;
    double moved = 0.0;
    if (moves && month >= waveStart)
        moved = std::min(1.0, static_cast<double>(month - waveStart + 1) / std::max(1, waveMonths));
    if (cloud == Cloud::Azure)
        return 1.0 - moved;
    return !retired && cloud == target ? moved : 0.0;
}

double crossCloudShare(const WorkloadCourse& a, const WorkloadCourse& b, int month)
{
    double share = 0.0;
    for (const Cloud from : kClouds) {
        for (const Cloud to : kClouds) {
            if (from != to)
                share += a.shareOn(from, month) * b.shareOn(to, month);
        }
    }
    return share;
}

int crossCloudMonths(const WorkloadCourse& a, const WorkloadCourse& b, int horizonMonths)
{
    int months = 0;
    for (int month = 0; month < horizonMonths; ++month)
        months += crossCloudShare(a, b, month) > 0.0 ? 1 : 0;
    return months;
}

} // namespace cloudshift
