#pragma once

#include "risk/riskfactor.h"
#include "risk/riskinput.h"

#include <QString>

namespace cloudshift {

/// A factor's score by its rubric (riskFactorInfo) and the evidence: which bill lines, which numbers.
struct FactorScore
{
    int score = 0; ///< 0..3
    QString evidence;
};

// The rubric of each factor, as pure functions of the workload's input, so each can be tested on
// crafted inputs. Thresholds are the ones written in riskfactor.cpp.
FactorScore scoreServiceEquivalence(const WorkloadRiskInput& input);
FactorScore scorePaasLockIn(const WorkloadRiskInput& input);
FactorScore scoreTargetAvailability(const WorkloadRiskInput& input);
FactorScore scoreStrategyComplexity(const WorkloadRiskInput& input);
FactorScore scoreDataGravity(const WorkloadRiskInput& input);
FactorScore scoreLicensing(const WorkloadRiskInput& input);
FactorScore scoreStrandedCommitments(const WorkloadRiskInput& input);
FactorScore scoreLatencyIncrease(const WorkloadRiskInput& input);
FactorScore scoreCrossCloudChattiness(const WorkloadRiskInput& input);
FactorScore scoreSizeShare(const WorkloadRiskInput& input);

FactorScore scoreFactor(RiskFactor factor, const WorkloadRiskInput& input);

/// The strategy the workload's services suggest when the scenario sets none: refactor with any
/// Azure-specific service (lock-in 3), replatform when managed services carry at least 5 % of the cost,
/// else rehost.
Strategy suggestedStrategy(const WorkloadRiskInput& input);

} // namespace cloudshift
