#include "latencyplanner.h"

#include <algorithm>

namespace cloudshift {

LatencyPlanner::LatencyPlanner(const LatencyEstimator& estimator, const Catalog& catalog)
    : m_estimator(estimator)
    , m_catalog(catalog)
    , m_regions(catalog)
{
}

std::optional<LatencyEstimate> LatencyPlanner::trip(
    const UserPopulation& users, const QString& endpoint, QString* error) const
{
    if (!users.region.isEmpty())
        return m_estimator.estimate(users.region, endpoint, error);
    if (users.location) {
        const std::optional<QString> to = m_estimator.resolve(endpoint, error);
        if (!to)
            return std::nullopt;
        auto value = m_estimator.fromLocation(users.name, *users.location, *to);
        if (!value && error)
            *error = QStringLiteral("%1 has no coordinates").arg(*to);
        return value;
    }
    if (error)
        *error = QStringLiteral("population '%1' has neither a region nor a location").arg(users.name);
    return std::nullopt;
}

WorkloadLatency LatencyPlanner::assess(const std::vector<ServedRegion>& regions, Cloud target,
    const std::vector<UserPopulation>& populations, const QString& targetRegion) const
{
    WorkloadLatency result;
    result.target = target;

    // Regions merged by ARM id, largest weight first (ties by id, for a stable order).
    std::vector<std::pair<QString, double>> served;
    for (const ServedRegion& region : regions) {
        const std::optional<QString> id = m_catalog.normalizeAzureRegion(region.azureRegion);
        if (!id) {
            if (!region.azureRegion.trimmed().isEmpty())
                result.notes << QStringLiteral("unknown Azure region '%1' left out").arg(region.azureRegion);
            continue;
        }
        auto it = std::find_if(served.begin(), served.end(), [&id](const auto& s) { return s.first == *id; });
        if (it == served.end())
            served.emplace_back(*id, std::max(0.0, region.weight));
        else
            it->second += std::max(0.0, region.weight);
    }
    if (served.empty()) {
        result.notes << QStringLiteral("no Azure region known for the workload: latency not assessed");
        return result;
    }
    std::stable_sort(served.begin(), served.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });

    std::vector<std::pair<UserPopulation, QString>> legs; // users, Azure region serving them
    if (populations.empty()) {
        double total = 0.0;
        for (const auto& s : served)
            total += s.second;
        for (const auto& [region, weight] : served) {
            const QString id = QStringLiteral("azure:") + region;
            legs.push_back(
                { { QStringLiteral("users near ") + id, id, std::nullopt, total > 0.0 ? weight : 1.0 },
                    region });
        }
        result.notes << QStringLiteral(
            "users assumed near the Azure region%1 the workload runs in, weighted by "
            "its cost there")
                            .arg(served.size() > 1 ? QStringLiteral("s") : QString());
    } else {
        for (const UserPopulation& users : populations)
            legs.push_back({ users, served.front().first });
        if (served.size() > 1)
            result.notes << QStringLiteral(
                "populations served from azure:%1, the region with most of the cost")
                                .arg(served.front().first);
    }

    double shares = 0.0;
    for (const auto& [users, region] : legs) {
        if (users.share <= 0.0)
            continue;
        const QString before = QStringLiteral("azure:") + region;
        QString after = before;
        if (target != Cloud::Azure) {
            const RegionMatch match = m_regions.map(region, target, targetRegion);
            if (!match.isValid()) {
                result.notes << QStringLiteral("no %1 region for azure:%2: %3")
                                    .arg(cloudDisplayName(target), region, match.note);
                continue;
            }
            after = cloudId(target) + QLatin1Char(':') + match.region;
        }
        QString error;
        const auto b = trip(users, before, &error);
        const auto a = b ? trip(users, after, &error) : std::nullopt;
        if (!a || !b) {
            result.notes << QStringLiteral("%1: %2").arg(users.name, error);
            continue;
        }
        result.populations.push_back({ users.name, users.share, *b, *a });
        shares += users.share;
        for (const LatencyEstimate* e : { &*b, &*a })
            ++(e->isMeasured() ? result.measuredValues : result.modelledValues);
    }
    for (PopulationLatency& p : result.populations) {
        p.share /= shares;
        result.beforeMs += p.share * p.before.rttMs;
        result.afterMs += p.share * p.after.rttMs;
    }
    result.assessed = !result.populations.empty();
    return result;
}

} // namespace cloudshift
