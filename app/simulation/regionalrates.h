#pragma once

#include "simulation/workloadrates.h"

#include <QString>

#include <cstddef>
#include <optional>

namespace cloudshift {

/// Run rates of a workload re-priced in a target region other than the one its resources map to, so
/// that choosing a region in a scenario changes its cost and not just its label. Implementations
/// price on first use and cache; they are safe to call from several threads.
class RegionalRates
{
public:
    virtual ~RegionalRates() = default;

    /// The workload's rates with `target` (0 = AWS, 1 = GCP) priced in `region`; nullopt when the
    /// workload or the region is unknown (the mapped rates then stand).
    virtual std::optional<WorkloadRates> ratesIn(const QString& workload, std::size_t target, const QString& region) const = 0;
};

} // namespace cloudshift
