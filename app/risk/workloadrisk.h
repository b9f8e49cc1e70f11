#pragma once

#include "catalog/cloud.h"
#include "risk/riskfactor.h"
#include "risk/riskweights.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cloudshift {

/// One factor's part of a workload's risk score.
struct RiskContribution
{
    RiskFactor factor = RiskFactor::ServiceEquivalence;
    int score = 0; ///< 0..3 by the factor's rubric
    double weight = 0.0;
    double contribution = 0.0; ///< points of the 0-100 score; the contributions add up to the score
    QString evidence; ///< which bill lines and numbers gave the score
};

/// A workload's migration risk on one target: 0-100, factor by factor, and separately how far the data
/// behind it can be trusted (1-5).
struct WorkloadRisk
{
    bool assessed = false;
    Cloud target = Cloud::Aws;
    QString targetReason;
    double score = 0.0; ///< 0-100, to 0.1
    int confidence = 1; ///< data confidence 1 (little to go on) .. 5 (well supported)
    QStringList confidenceEvidence;
    std::vector<RiskContribution> factors; ///< every factor, in RiskFactor order
};

/// The plan's risk: workload scores weighted by their Azure cost.
struct PlanRisk
{
    double score = 0.0; ///< 0-100, to 0.1
    double confidence = 0.0; ///< cost-weighted mean of the workloads' ratings, to 0.1
    int workloads = 0; ///< workloads assessed
    RiskWeights weights; ///< the weights the scores were computed with
};

} // namespace cloudshift
