#include "riskweights.h"

#include <cmath>

namespace cloudshift {

RiskWeights::RiskWeights()
{
    for (const RiskFactorInfo& info : riskFactorInfos())
        m_weights[static_cast<std::size_t>(info.factor)] = info.defaultWeight;
}

void RiskWeights::setWeight(RiskFactor factor, double weight)
{
    m_weights[static_cast<std::size_t>(factor)] = std::isfinite(weight) && weight > 0.0 ? weight : 0.0;
}

double RiskWeights::total() const
{
    double sum = 0.0;
    for (double w : m_weights)
        sum += w;
    return sum;
}

bool RiskWeights::isDefault() const
{
    return *this == RiskWeights();
}

} // namespace cloudshift
