#include "riskinput.h"

namespace cloudshift {

Micros WorkloadRiskInput::workloadCost() const
{
    Micros sum = 0;
    for (const RiskResource& r : resources)
        sum += r.resource->totalCost;
    return sum;
}

Micros WorkloadRiskInput::vmCost() const
{
    Micros sum = 0;
    for (const RiskResource& r : resources) {
        if (r.resource->isVm())
            sum += r.resource->totalCost;
    }
    return sum;
}

} // namespace cloudshift
