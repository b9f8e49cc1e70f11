#pragma once

#include "scenario/assumptions.h"

#include <QString>

#include <optional>
#include <vector>

namespace cloudshift {

/// Where a workload goes.
enum class Target { Azure, Aws, Gcp, Retire };

/// How the target's compute is bought. Discounts apply to compute only (pricing.md).
enum class PricingModel { OnDemand, Reserved1y, Reserved3y, SavingsPlan1y, SavingsPlan3y, Committed1y, Committed3y };

/// The 7 Rs of migration strategy; it drives labour cost and, with the risk model, complexity.
enum class Strategy { Rehost, Replatform, Refactor, Repurchase, Retire, Retain, Relocate };

QString targetId(Target target); ///< "azure", "aws", "gcp", "retire"
std::optional<Target> targetFromId(const QString& id);
QString pricingModelId(PricingModel model); ///< "on_demand", "reserved_1y", "savings_plan_3y", "committed_1y"...
std::optional<PricingModel> pricingModelFromId(const QString& id);
QString strategyId(Strategy strategy); ///< "rehost", "replatform"...
std::optional<Strategy> strategyFromId(const QString& id);

/// One workload's decision in a scenario.
struct Placement
{
    QString workload;
    Target target = Target::Azure;
    QString region; ///< target region override; empty = the mapped nearest region
    PricingModel pricing = PricingModel::OnDemand;
    double spotShare = 0.0; ///< 0..1 of compute hours run on spot capacity
    Strategy strategy = Strategy::Rehost;
    int waveStart = 0; ///< month of the horizon the move starts (0 = first month)
    int waveMonths = 1; ///< months the move takes; the workload moves in equal shares over them

    bool operator==(const Placement&) const = default;
};

/// A what-if: a placement per workload and the assumptions it is simulated under.
struct Scenario
{
    QString name;
    std::vector<Placement> placements; ///< workloads without a placement stay on Azure
    Assumptions assumptions;

    const Placement* placementFor(const QString& workload) const;
    bool operator==(const Scenario&) const = default;
};

} // namespace cloudshift
