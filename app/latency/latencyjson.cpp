#include "latencyjson.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace cloudshift {

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}
double tenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace

void to_json(nlohmann::json& json, const LatencyEstimate& e)
{
    json = { { "from", str(e.from) }, { "to", str(e.to) }, { "rtt_ms", e.rttMs }, { "low_ms", e.lowMs },
        { "high_ms", e.highMs }, { "source", str(latencySourceId(e.source)) }, { "as_of", str(e.asOf) } };
}

void to_json(nlohmann::json& json, const WorkloadLatency& latency)
{
    nlohmann::json populations = nlohmann::json::array();
    for (const PopulationLatency& p : latency.populations)
        populations.push_back(
            { { "name", str(p.population) }, { "share", std::round(p.share * 1000.0) / 1000.0 },
                { "before", p.before }, { "after", p.after } });
    nlohmann::json notes = nlohmann::json::array();
    for (const QString& note : latency.notes)
        notes.push_back(str(note));
    if (!latency.assessed) {
        json = { { "target", str(cloudId(latency.target)) }, { "before_ms", nullptr },
            { "after_ms", nullptr }, { "increase_ms", nullptr }, { "measured_share", nullptr },
            { "populations", populations }, { "notes", notes } };
        return;
    }
    json = { { "target", str(cloudId(latency.target)) }, { "before_ms", tenth(latency.beforeMs) },
        { "after_ms", tenth(latency.afterMs) }, { "increase_ms", tenth(latency.increaseMs()) },
        { "measured_share", std::round(latency.measuredShare() * 100.0) / 100.0 },
        { "populations", populations }, { "notes", notes } };
}

} // namespace cloudshift
