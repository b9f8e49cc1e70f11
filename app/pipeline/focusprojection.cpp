#include "focusprojection.h"

#include "pipeline/analysis.h"
#include "pipeline/focusservicecategory.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>

namespace cloudshift {

namespace {

// Index 0 Azure, 1 AWS, 2 Google Cloud, as in Cloud.
QString providerName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aws:
        return QStringLiteral("Amazon Web Services");
    case Cloud::Gcp:
        return QStringLiteral("Google Cloud");
    default:
        return QStringLiteral("Microsoft");
    }
}

// What a workload costs per FOCUS category on each cloud, and the region most of it runs in.
struct CategoryWeight
{
    QString category;
    std::array<Micros, 3> cost {};
    std::array<QString, 3> region;
    std::array<Micros, 3> regionCost {};
};

using WorkloadWeights = std::vector<CategoryWeight>;

QHash<QString, WorkloadWeights> weightsByWorkload(const PlanResult& plan)
{
    QHash<QString, WorkloadWeights> out;
    // Region cost per (workload, category, cloud, region), to name each category's main region.
    std::map<std::tuple<QString, QString, int, QString>, Micros> regionCost;
    for (const ResourcePlanRow& resource : plan.resources) {
        WorkloadWeights& weights = out[resource.workload];
        const QString category = focusServiceCategory(resource.serviceCategory);
        auto it = std::find_if(weights.begin(), weights.end(),
            [&category](const CategoryWeight& w) { return w.category == category; });
        if (it == weights.end()) {
            weights.push_back({ category });
            it = weights.end() - 1;
        }
        const std::array<Micros, 3> costs { resource.azure, resource.aws, resource.gcp };
        const std::array<QString, 3> regions { resource.azureRegion,
            resource.awsOffer.isMapped() ? resource.awsOffer.region : QString(),
            resource.gcpOffer.isMapped() ? resource.gcpOffer.region : QString() };
        for (std::size_t c = 0; c < 3; ++c) {
            it->cost[c] += std::max<Micros>(0, costs[c]);
            if (regions[c].isEmpty())
                continue;
            const Micros sum = regionCost[{ resource.workload, category, static_cast<int>(c), regions[c] }]
                += costs[c];
            if (sum > it->regionCost[c] || it->region[c].isEmpty()) {
                it->regionCost[c] = sum;
                it->region[c] = regions[c];
            }
        }
    }
    return out;
}

// Splits amount in proportion to weights by largest remainder: the parts add up to amount exactly.
std::vector<Micros> allocate(Micros amount, const std::vector<Micros>& weights)
{
    std::vector<Micros> parts(weights.size(), 0);
    long double total = 0;
    for (Micros w : weights)
        total += static_cast<long double>(w);
    if (weights.empty() || total <= 0)
        return parts;
    const Micros sign = amount < 0 ? -1 : 1;
    const Micros magnitude = amount * sign;
    std::vector<std::pair<long double, std::size_t>> fractions;
    Micros booked = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const long double exact
            = static_cast<long double>(magnitude) * static_cast<long double>(weights[i]) / total;
        const long double whole = std::floor(exact);
        parts[i] = static_cast<Micros>(whole);
        booked += parts[i];
        fractions.emplace_back(exact - whole, i);
    }
    std::stable_sort(
        fractions.begin(), fractions.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; booked < magnitude; ++k, ++booked)
        ++parts[fractions[k % fractions.size()].second];
    for (Micros& part : parts)
        part *= sign;
    return parts;
}

struct RowKey
{
    QString provider;
    QString category;
    QString region;
    QString chargeCategory;
    QString kind;
    bool operator<(const RowKey& other) const
    {
        return std::tie(provider, category, region, chargeCategory, kind)
            < std::tie(other.provider, other.category, other.region, other.chargeCategory, other.kind);
    }
};

class MonthBooking
{
public:
    void add(const RowKey& key, Micros amount)
    {
        if (amount != 0)
            m_rows[key] += amount;
    }
    // Splits over the categories of one cloud; a workload without resources there books "Other".
    void split(const WorkloadWeights& weights, std::size_t cloud, const QString& provider,
        const QString& regionOverride, const QString& kind, Micros amount)
    {
        if (amount == 0)
            return;
        std::vector<Micros> w;
        for (const CategoryWeight& c : weights)
            w.push_back(c.cost[cloud]);
        const std::vector<Micros> parts = allocate(amount, w);
        Micros booked = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const QString region = regionOverride.isEmpty() ? weights[i].region[cloud] : regionOverride;
            add({ provider, weights[i].category, region, QStringLiteral("Usage"), kind }, parts[i]);
            booked += parts[i];
        }
        add({ provider, QStringLiteral("Other"), regionOverride, QStringLiteral("Usage"), kind },
            amount - booked);
    }
    const std::map<RowKey, Micros>& rows() const { return m_rows; }

private:
    std::map<RowKey, Micros> m_rows;
};

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString isoMonth(const QDate& day)
{
    return day.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

} // namespace

Micros FocusProjection::total() const
{
    Micros sum = 0;
    for (const FocusRow& row : rows)
        sum += row.billedCost;
    return sum;
}

FocusProjection projectFocus(const Analysis& analysis)
{
    FocusProjection projection;
    projection.scenario = analysis.scenarioResult.name;
    projection.currency = analysis.scenarioResult.currency;
    const QHash<QString, WorkloadWeights> weights = weightsByWorkload(analysis.plan);
    const std::vector<WorkloadRates>& rates = analysis.simulation.rates;
    // Booked per month, then per workload: the simulator visits workloads in the outer loop.
    std::vector<std::vector<MonthBooking>> bookings;
    const ScenarioResult result = simulateScenario(analysis.simulation, analysis.scenario,
        [&](std::size_t workload, int month, const WorkloadMonthCost& cost) {
            if (bookings.size() <= workload)
                bookings.resize(workload + 1);
            std::vector<MonthBooking>& months = bookings[workload];
            if (months.size() <= static_cast<std::size_t>(month))
                months.resize(static_cast<std::size_t>(month) + 1);
            MonthBooking& booking = months[static_cast<std::size_t>(month)];
            static const WorkloadWeights none;
            const auto found = weights.constFind(rates[workload].workload);
            const WorkloadWeights& w = found == weights.constEnd() ? none : found.value();
            const Placement* placement = analysis.scenario.placementFor(rates[workload].workload);
            const Target target = placement ? placement->target : Target::Azure;
            const QString azure = providerName(Cloud::Azure);
            booking.split(w, 0, azure, {}, QStringLiteral("run"), cost.staying);
            booking.split(w, 0, azure, {}, QStringLiteral("parallel_run"), cost.parallelRun);
            if (target == Target::Aws || target == Target::Gcp) {
                const Cloud cloud = target == Target::Aws ? Cloud::Aws : Cloud::Gcp;
                booking.split(w, static_cast<std::size_t>(cloud), providerName(cloud), placement->region,
                    QStringLiteral("run"), cost.moved);
            } else {
                booking.split(w, 0, azure, {}, QStringLiteral("run"), cost.moved);
            }
            booking.add({ azure, QStringLiteral("Networking"), QString(), QStringLiteral("Usage"),
                            QStringLiteral("egress") },
                cost.egress);
            booking.add({ QStringLiteral("Migration labour"), QStringLiteral("Migration"), QString(),
                            QStringLiteral("Purchase"), QStringLiteral("labour") },
                cost.labour);
        });
    projection.currency = result.currency;
    for (std::size_t m = 0; m < result.months.size(); ++m) {
        const QDate start = result.months[m].month;
        for (std::size_t w = 0; w < bookings.size(); ++w) {
            if (m >= bookings[w].size())
                continue;
            for (const auto& [key, amount] : bookings[w][m].rows()) {
                projection.rows.push_back({ start, start.addMonths(1), key.provider, key.category, key.region,
                    key.chargeCategory, key.kind, rates[w].workload, amount });
            }
        }
    }
    return projection;
}

QStringList focusCsvColumns()
{
    return { QStringLiteral("BilledCost"), QStringLiteral("EffectiveCost"), QStringLiteral("BillingCurrency"),
        QStringLiteral("ChargePeriodStart"), QStringLiteral("ChargePeriodEnd"),
        QStringLiteral("BillingPeriodStart"), QStringLiteral("BillingPeriodEnd"),
        QStringLiteral("ChargeCategory"), QStringLiteral("ChargeDescription"), QStringLiteral("ProviderName"),
        QStringLiteral("PublisherName"), QStringLiteral("InvoiceIssuerName"),
        QStringLiteral("ServiceCategory"), QStringLiteral("RegionId"), QStringLiteral("x_Workload"),
        QStringLiteral("x_CostKind"), QStringLiteral("x_Scenario") };
}

QByteArray focusCsv(const FocusProjection& projection)
{
    QString text = focusCsvColumns().join(u',') + QStringLiteral("\r\n");
    text.reserve(static_cast<qsizetype>(projection.rows.size()) * 220);
    for (const FocusRow& row : projection.rows) {
        const QString cost = formatMoney(row.billedCost, 6);
        const QString start = isoMonth(row.chargePeriodStart);
        const QString end = isoMonth(row.chargePeriodEnd);
        const QString description
            = QStringLiteral("%1: %2 (%3)").arg(row.workload, row.serviceCategory, row.costKind);
        const QStringList fields { cost, cost, projection.currency, start, end, start, end,
            row.chargeCategory, csvField(description), row.providerName, row.providerName, row.providerName,
            row.serviceCategory, row.regionId, csvField(row.workload), row.costKind,
            csvField(projection.scenario) };
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace cloudshift
