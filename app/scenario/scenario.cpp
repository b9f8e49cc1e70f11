#include "scenario.h"

#include <QStringList>

namespace cloudshift {

namespace {

    template<typename Enum, std::size_t N>
    QString idOf(Enum value, const std::array<const char*, N>& ids)
    {
        const auto index = static_cast<std::size_t>(value);
        return index < N ? QLatin1String(ids[index]) : QString();
    }

    template<typename Enum, std::size_t N>
    std::optional<Enum> fromId(const QString& id, const std::array<const char*, N>& ids)
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (id == QLatin1String(ids[i]))
                return static_cast<Enum>(i);
        }
        return std::nullopt;
    }

    constexpr std::array<const char*, 4> kTargets{"azure", "aws", "gcp", "retire"};
    constexpr std::array<const char*, 7> kPricing{"on_demand", "reserved_1y", "reserved_3y", "savings_plan_1y",
        "savings_plan_3y", "committed_1y", "committed_3y"};
    constexpr std::array<const char*, 7> kStrategies{"rehost", "replatform", "refactor", "repurchase", "retire",
        "retain", "relocate"};

} // namespace

QString targetId(Target target) { return idOf(target, kTargets); }
std::optional<Target> targetFromId(const QString& id) { return fromId<Target>(id, kTargets); }
QString pricingModelId(PricingModel model) { return idOf(model, kPricing); }
std::optional<PricingModel> pricingModelFromId(const QString& id) { return fromId<PricingModel>(id, kPricing); }
QString strategyId(Strategy strategy) { return idOf(strategy, kStrategies); }
std::optional<Strategy> strategyFromId(const QString& id) { return fromId<Strategy>(id, kStrategies); }

const Placement* Scenario::placementFor(const QString& workload) const
{
    for (const Placement& p : placements) {
        if (p.workload == workload)
            return &p;
    }
    return nullptr;
}

QStringList assumptionNotes()
{
    return {
        QStringLiteral("Horizon: months simulated from the month after the bill's last full month."),
        QStringLiteral("Growth: yearly run-cost growth applied alike to every cloud (default none)."),
        QStringLiteral("Labour per resource by strategy (rehost 1,500; replatform 4,000; refactor 12,000; repurchase "
                       "3,000; retire 200; retain 0; relocate 800 USD) plus 50 USD per VM vCPU: CloudShift defaults "
                       "for a blended consulting rate; replace them with your own."),
        QStringLiteral("Parallel running: the Azure side keeps running one month after a workload moves (default)."),
        QStringLiteral("Data to move: the storage quantities in the bill (GB-month) × Azure internet egress 0.087 USD/GB "
                       "(list price, first paid tier); waived by default as Azure waives egress for customers leaving "
                       "on request."),
        QStringLiteral("Pricing-model discounts on compute, from the published examples in the price data: AWS "
                       "Standard RI 1y no upfront 38 %, 3y all upfront 72 %; Savings Plans like Convertible RIs, 1y 26 "
                       "%, 3y 65 % (x2iedn.32xlarge); GCP committed use 37 % / 55 % (n2); Azure reservations 41 % / "
                       "62 % (E96 v5); spot 56 % (m6i.large)."),
        QStringLiteral("Currency: catalog prices are USD; a bill in another currency uses the exchange rate set here."),
    };
}

} // namespace cloudshift
