#include "dataconfidence.h"

#include "risk/riskformat.h"

namespace cloudshift {

using namespace riskformat;

DataConfidence rateDataConfidence(const WorkloadRiskInput& input)
{
    DataConfidence result;
    Micros high = 0;
    for (const RiskResource& r : input.resources) {
        if (r.offer.confidence == Confidence::Exact || r.offer.confidence == Confidence::Close)
            high += r.resource->totalCost;
    }
    const double mapped = share(high, input.workloadCost());
    const int mappedPoints = mapped >= 0.8 ? 2 : mapped >= 0.4 ? 1 : 0;
    result.evidence << QStringLiteral("%1 of the cost mapped with high confidence (exact or close): +%2")
                           .arg(percent(mapped))
                           .arg(mappedPoints);

    const WorkloadLatency& latency = input.latency;
    const int values = latency.measuredValues + latency.modelledValues;
    const int latencyPoints = values > 0 && latency.measuredShare() >= 0.5 ? 1 : 0;
    result.evidence << QStringLiteral("%1 of %2 latency values measured, the rest modelled: +%3")
                           .arg(latency.measuredValues)
                           .arg(values)
                           .arg(latencyPoints);

    const int historyPoints = input.historyMonths >= 6 ? 1 : 0;
    result.evidence
        << QStringLiteral("%1 months of billing history: +%2").arg(input.historyMonths).arg(historyPoints);

    result.rating = 1 + mappedPoints + latencyPoints + historyPoints;
    return result;
}

} // namespace cloudshift
