// Rubrics of the factors about running the move: user latency, cross-cloud calls, size of the workload.
#include "risk/riskformat.h"
#include "riskrubrics.h"

namespace cloudshift {

using namespace riskformat;

namespace {

QString describe(const LatencyEstimate& e)
{
    if (e.isMeasured())
        return QStringLiteral("%1 ms measured %2").arg(number(e.rttMs, 1), e.asOf);
    return QStringLiteral("%1 ms modelled, %2-%3")
        .arg(number(e.rttMs, 1), number(e.lowMs, 1), number(e.highMs, 1));
}

} // namespace

FactorScore scoreLatencyIncrease(const WorkloadRiskInput& input)
{
    const WorkloadLatency& latency = input.latency;
    if (!latency.assessed)
        return { 1, QStringLiteral("not assessable: ") + latency.notes.join(QStringLiteral("; ")) };
    const double increase = latency.increaseMs();
    const int score = increase < 5.0 ? 0 : increase <= 20.0 ? 1 : increase <= 50.0 ? 2 : 3;
    QStringList lines;
    lines << QStringLiteral("share-weighted %1 → %2 ms (%3%4 ms) on %5")
                 .arg(number(latency.beforeMs, 1), number(latency.afterMs, 1),
                     increase >= 0.0 ? QStringLiteral("+") : QString(), number(increase, 1),
                     cloudDisplayName(latency.target));
    for (const PopulationLatency& p : latency.populations) {
        if (lines.size() > 3)
            break;
        lines << QStringLiteral("%1 (%2): %3 → %4 %5")
                     .arg(p.population, percent(p.share), describe(p.before), p.after.to, describe(p.after));
    }
    return { score, lines.join(QStringLiteral("; ")) };
}

FactorScore scoreCrossCloudChattiness(const WorkloadRiskInput& input)
{
    if (!input.scenario.dependencies)
        return { 1,
            QStringLiteral("no dependency list for this workload: unknown, scored as light (import one to "
                           "score it)") };
    double calls = 0.0;
    double gigabytes = 0.0;
    QStringList peers;
    for (const WorkloadDependency& d : *input.scenario.dependencies) {
        if (!d.crossesClouds)
            continue;
        calls += d.callsPerSecond;
        gigabytes += d.gbPerMonth;
        peers << d.peer;
    }
    if (peers.isEmpty())
        return { 0,
            QStringLiteral("%1 dependencies, none across clouds during the waves")
                .arg(input.scenario.dependencies->size()) };
    const int score = (calls >= 100.0 || gigabytes >= 1000.0) ? 3
        : (calls >= 10.0 || gigabytes >= 100.0)               ? 2
                                                              : 1;
    return { score,
        QStringLiteral("%1 flows across clouds (%2): %3 calls/s, %4 GB/month")
            .arg(peers.size())
            .arg(peers.mid(0, 3).join(QStringLiteral(", ")), number(calls, 1), number(gigabytes, 0)) };
}

FactorScore scoreSizeShare(const WorkloadRiskInput& input)
{
    const double costShare = share(input.workloadCost(), input.estateCost);
    const auto resources = static_cast<qsizetype>(input.resources.size());
    const int score = (costShare >= 0.25 || resources > 200) ? 3
        : (costShare >= 0.10 || resources > 50)              ? 2
        : (costShare >= 0.02 || resources > 10)              ? 1
                                                             : 0;
    return { score,
        QStringLiteral("%1 of the estate's Azure cost (%2 of %3), %4 resources")
            .arg(percent(costShare), money(input.workloadCost(), input.currency()),
                money(input.estateCost, input.currency()))
            .arg(resources) };
}

FactorScore scoreFactor(RiskFactor factor, const WorkloadRiskInput& input)
{
    switch (factor) {
    case RiskFactor::ServiceEquivalence:
        return scoreServiceEquivalence(input);
    case RiskFactor::PaasLockIn:
        return scorePaasLockIn(input);
    case RiskFactor::DataGravity:
        return scoreDataGravity(input);
    case RiskFactor::Licensing:
        return scoreLicensing(input);
    case RiskFactor::StrandedCommitments:
        return scoreStrandedCommitments(input);
    case RiskFactor::LatencyIncrease:
        return scoreLatencyIncrease(input);
    case RiskFactor::CrossCloudChattiness:
        return scoreCrossCloudChattiness(input);
    case RiskFactor::TargetAvailability:
        return scoreTargetAvailability(input);
    case RiskFactor::StrategyComplexity:
        return scoreStrategyComplexity(input);
    case RiskFactor::SizeShare:
        return scoreSizeShare(input);
    }
    return {};
}

} // namespace cloudshift
