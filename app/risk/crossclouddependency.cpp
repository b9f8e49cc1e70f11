#include "crossclouddependency.h"

#include <array>
#include <cmath>
#include <optional>

namespace cloudshift {

namespace {

constexpr std::array<Cloud, 3> kClouds { Cloud::Azure, Cloud::Aws, Cloud::Gcp };

const QString& regionOn(const FlowEndpoint& end, Cloud cloud)
{
    return cloud == Cloud::Azure ? end.azureRegion : end.targetRegion;
}

// "aws:eu-west-1" → the first paid internet egress tier there, in USD per GB.
std::optional<double> egressUsdPerGb(
    const QString& endpoint, Cloud cloud, const Catalog& catalog, const EgressPrices& prices)
{
    if (cloud == Cloud::Azure)
        return prices.azureUsdPerGb;
    const QString region = endpoint.section(QLatin1Char(':'), 1);
    const QString product
        = cloud == Cloud::Aws ? QStringLiteral("internet") : QStringLiteral("internet-premium");
    for (const Rate& tier : catalog.rates().tiers(cloud, QStringLiteral("egress"), product, region)) {
        if (tier.usd > 0.0)
            return tier.usd;
    }
    return std::nullopt;
}

} // namespace

std::vector<CrossCloudFlow> assessCrossCloudFlows(const DependencyFlows& flows,
    const QHash<QString, FlowEndpoint>& ends, int horizonMonths, const LatencyEstimator& estimator,
    const Catalog& catalog, const EgressPrices& prices)
{
    std::vector<CrossCloudFlow> result;
    for (const DependencyFlow& flow : flows) {
        const auto from = ends.constFind(flow.from);
        const auto to = ends.constFind(flow.to);
        if (from == ends.cend() || to == ends.cend()
            || crossCloudMonths(from->course, to->course, horizonMonths) == 0)
            continue;
        CrossCloudFlow out;
        out.flow = flow;
        QHash<QString, std::optional<double>> rtts; // "a|b" → round trip, asked once per pair
        for (int month = 0; month < horizonMonths; ++month) {
            CrossCloudMonth m;
            m.month = month;
            double timedShare = 0.0;
            double egressCurrency = 0.0;
            for (const Cloud a : kClouds) {
                for (const Cloud b : kClouds) {
                    const double share
                        = a == b ? 0.0 : from->course.shareOn(a, month) * to->course.shareOn(b, month);
                    if (share <= 0.0)
                        continue;
                    m.share += share;
                    const QString& ra = regionOn(*from, a);
                    const QString& rb = regionOn(*to, b);
                    const QString key = ra + QLatin1Char('|') + rb;
                    if (!rtts.contains(key)) {
                        QString error;
                        const auto e = ra.isEmpty() || rb.isEmpty() ? std::nullopt
                                                                    : estimator.estimate(ra, rb, &error);
                        rtts.insert(key, e ? std::optional<double>(e->rttMs) : std::nullopt);
                        if (!e)
                            out.notes << QStringLiteral("no round trip for %1 → %2").arg(ra, rb);
                    }
                    if (const std::optional<double> rtt = rtts.value(key)) {
                        m.rttMs += share * *rtt;
                        timedShare += share;
                    }
                    const auto price = ra.isEmpty() ? std::nullopt : egressUsdPerGb(ra, a, catalog, prices);
                    if (price)
                        egressCurrency += share * flow.gbPerMonth * *price * prices.usdToCurrency;
                    else if (!out.notes.contains(QStringLiteral("no egress price for %1").arg(ra)))
                        out.notes << QStringLiteral("no egress price for %1").arg(ra);
                }
            }
            if (m.share <= 0.0)
                continue;
            m.rttMs = timedShare > 0.0 ? m.rttMs / timedShare : 0.0;
            m.egress = static_cast<Micros>(std::llround(egressCurrency * 1'000'000.0));
            out.egressTotal += m.egress;
            out.months.push_back(m);
        }
        result.push_back(std::move(out));
    }
    return result;
}

} // namespace cloudshift
