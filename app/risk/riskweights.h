#pragma once

#include "risk/riskfactor.h"

#include <array>

namespace cloudshift {

/// The weight of each risk factor; starts from the factors' default weights and is edited by the user.
/// A weight is a non-negative number; only ratios between weights matter. Weight 0 leaves a factor out.
class RiskWeights
{
public:
    RiskWeights();

    double weight(RiskFactor factor) const { return m_weights[static_cast<std::size_t>(factor)]; }
    /// Negative or non-finite values are stored as 0.
    void setWeight(RiskFactor factor, double weight);
    double total() const;
    bool isDefault() const;

    bool operator==(const RiskWeights& other) const = default;

private:
    std::array<double, kRiskFactorCount> m_weights {};
};

} // namespace cloudshift
