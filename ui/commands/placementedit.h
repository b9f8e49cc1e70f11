#pragma once

#include "scenario/scenario.h"

#include <QString>

#include <optional>

namespace cloudshift {

/// The placement fields one edit sets; fields left empty keep each workload's own value. One edit
/// applied to many workloads is a bulk edit ("set target for selected").
struct PlacementEdit
{
    std::optional<Target> target;
    std::optional<QString> region;
    std::optional<PricingModel> pricing;
    std::optional<double> spotShare;
    std::optional<Strategy> strategy;
    std::optional<int> waveStart;
    std::optional<int> waveMonths;

    /// The edit applied to a placement. A new target clears a region override the edit does not set:
    /// an AWS region means nothing on Google Cloud, and empty picks the mapped nearest region again.
    Placement appliedTo(Placement placement) const;
    /// "target", "spot share and strategy": what the edit changes, for the undo history.
    QString fieldsText() const;
    /// Fields that change by small steps (spot share, wave): consecutive edits of them merge into one
    /// undo step, so a slider drag is undone at once.
    bool isContinuous() const;
    bool sameFields(const PlacementEdit& other) const;

    bool operator==(const PlacementEdit&) const = default;
};

} // namespace cloudshift
