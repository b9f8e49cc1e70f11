#pragma once

#include <QString>

#include <array>
#include <optional>

namespace cloudshift {

/// The factors of the migration-risk model. Each is scored 0 (no concern) to 3 (major concern) by a
/// written rubric (riskFactorInfo) and weighted (RiskWeights).
enum class RiskFactor {
    ServiceEquivalence,
    PaasLockIn,
    DataGravity,
    Licensing,
    StrandedCommitments,
    LatencyIncrease,
    CrossCloudChattiness,
    TargetAvailability,
    StrategyComplexity,
    SizeShare,
};

inline constexpr int kRiskFactorCount = 10;
inline constexpr int kMaxFactorScore = 3;

/// What a factor measures and how it is scored, as shown next to the scores.
struct RiskFactorInfo
{
    RiskFactor factor;
    QString id; ///< stable id used in JSON: "service_equivalence"
    QString name; ///< "Service equivalence"
    QString measures; ///< one sentence: what the factor looks at
    std::array<QString, 4> rubric; ///< what earns a score of 0, 1, 2 and 3
    double defaultWeight = 1.0;
};

/// Every factor, in the order of the enum.
const std::array<RiskFactorInfo, kRiskFactorCount>& riskFactorInfos();
const RiskFactorInfo& riskFactorInfo(RiskFactor factor);
std::optional<RiskFactor> riskFactorFromId(const QString& id);

} // namespace cloudshift
