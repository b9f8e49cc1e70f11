#pragma once

#include "latency/latencyestimate.h"
#include "latency/workloadlatency.h"

#include <nlohmann/json_fwd.hpp>

namespace cloudshift {

// JSON forms of the latency results, as printed by `cloudshift latency --json` and inside `plan --json`.
// Stable: fields are added, never renamed or removed.

/// {"from","to","rtt_ms","low_ms","high_ms","source":"measured|model","as_of"}
void to_json(nlohmann::json& json, const LatencyEstimate& estimate);
/// {"target","before_ms","after_ms","increase_ms","measured_share","populations":[...],"notes":[...]}
void to_json(nlohmann::json& json, const WorkloadLatency& latency);

} // namespace cloudshift
