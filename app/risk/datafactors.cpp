// Rubrics of the factors about data and money already spent: data gravity, licensing, commitments.
#include "risk/riskformat.h"
#include "riskrubrics.h"

#include <algorithm>

namespace cloudshift {

using namespace riskformat;

namespace {

bool isSqlServer(const BilledMeter& meter)
{
    const QString category = meter.category.trimmed();
    if (category.compare(u"SQL Database", Qt::CaseInsensitive) == 0
        || category.compare(u"SQL Managed Instance", Qt::CaseInsensitive) == 0)
        return true;
    for (const QString* text : { &meter.category, &meter.subCategory, &meter.name }) {
        if (text->contains(u"SQL Server", Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isCommitment(const BilledMeter& meter)
{
    static const QStringList models { QStringLiteral("Reservation"), QStringLiteral("SavingsPlan"),
        QStringLiteral("Savings Plan"), QStringLiteral("Committed") };
    static const QStringList charges { QStringLiteral("UnusedReservation"),
        QStringLiteral("UnusedSavingsPlan") };
    return models.contains(meter.pricingModel.trimmed(), Qt::CaseInsensitive)
        || charges.contains(meter.chargeType.trimmed(), Qt::CaseInsensitive);
}

Micros sum(const std::vector<Micros>& values)
{
    Micros total = 0;
    for (Micros v : values)
        total += v;
    return total;
}

} // namespace

FactorScore scoreDataGravity(const WorkloadRiskInput& input)
{
    std::vector<double> monthly;
    QStringList databases;
    int holders = 0;
    for (const RiskResource& r : input.resources) {
        const StoredData data = storedData(*r.resource, input.gigabytesPerUnit);
        if (monthly.size() < data.monthlyGigabytes.size())
            monthly.resize(data.monthlyGigabytes.size(), 0.0);
        bool holds = false;
        for (std::size_t m = 0; m < data.monthlyGigabytes.size(); ++m) {
            monthly[m] += data.monthlyGigabytes[m];
            holds = holds || data.monthlyGigabytes[m] > 0.0;
        }
        holders += holds ? 1 : 0;
        if (data.managedDatabase)
            databases << r.resource->name;
    }
    const double gigabytes = monthly.empty() ? 0.0 : *std::max_element(monthly.begin(), monthly.end());
    const double gbps = input.transferGbps > 0.0 ? input.transferGbps : 1.0;
    const double hours = gigabytes * 8.0 / gbps / 3600.0;
    int score = hours < 1.0 ? 0 : hours < 24.0 ? 1 : hours < 24.0 * 7.0 ? 2 : 3;
    if (!databases.isEmpty())
        score = std::min(3, score + 1);
    QString evidence
        = QStringLiteral("largest monthly volume billed %1 GB on %2 resources: %3 %4 at %5 Gbit/s")
              .arg(number(gigabytes, 0))
              .arg(holders)
              .arg(hours < 24.0 ? number(hours, 1) : number(hours / 24.0, 1),
                  hours < 24.0 ? QStringLiteral("hours") : QStringLiteral("days"), number(gbps, 1));
    if (!databases.isEmpty())
        evidence += QStringLiteral("; managed database (+1: replication and a cut-over): ")
            + databases.mid(0, 3).join(QStringLiteral(", "))
            + (databases.size() > 3 ? QStringLiteral(" and %1 more").arg(databases.size() - 3) : QString());
    return { score, evidence };
}

FactorScore scoreLicensing(const WorkloadRiskInput& input)
{
    int windows = 0;
    int hybrid = 0;
    Micros hybridCost = 0;
    QStringList sql;
    for (const RiskResource& r : input.resources) {
        if (r.resource->isVm() && r.resource->windows)
            ++windows;
        if (r.resource->hybridBenefit) {
            ++hybrid;
            hybridCost += std::max<Micros>(r.resource->totalCost, 0);
        }
        for (const MeterUsage& usage : r.resource->meters) {
            if (isSqlServer(usage.meter) && !sql.contains(r.resource->name))
                sql << r.resource->name;
        }
    }
    const double hybridShare = share(hybridCost, input.vmCost());
    const int score = (hybridShare > 0.5 || (hybrid > 0 && !sql.isEmpty())) ? 3
        : (!sql.isEmpty() || hybrid > 0)                                    ? 2
        : windows > 0                                                       ? 1
                                                                            : 0;
    if (score == 0)
        return { 0, QStringLiteral("no Windows or SQL Server licence billed") };
    QStringList lines;
    if (windows > 0)
        lines << QStringLiteral("%1 Windows VMs with the licence included").arg(windows);
    if (hybrid > 0)
        lines << QStringLiteral(
            "Azure Hybrid Benefit on %1 resources (%2 of the VM cost): the discount ends with the "
            "move")
                     .arg(hybrid)
                     .arg(percent(hybridShare));
    if (!sql.isEmpty())
        lines << QStringLiteral("SQL Server on %1").arg(sql.mid(0, 3).join(QStringLiteral(", ")))
                + (sql.size() > 3 ? QStringLiteral(" and %1 more").arg(sql.size() - 3) : QString());
    return { score, lines.join(QStringLiteral("; ")) };
}

FactorScore scoreStrandedCommitments(const WorkloadRiskInput& input)
{
    int covered = 0;
    Micros cost = 0;
    QStringList models;
    for (const RiskResource& r : input.resources) {
        bool any = false;
        for (const MeterUsage& usage : r.resource->meters) {
            if (!isCommitment(usage.meter))
                continue;
            any = true;
            cost += sum(usage.cost);
            const QString model
                = usage.meter.pricingModel.isEmpty() ? usage.meter.chargeType : usage.meter.pricingModel;
            if (!models.contains(model))
                models << model;
        }
        covered += any ? 1 : 0;
    }
    if (covered == 0)
        return { 0, QStringLiteral("no reservation or savings plan in the bill") };
    const double resourceShare = static_cast<double>(covered) / static_cast<double>(input.resources.size());
    // In actual-cost exports covered usage is billed at 0 and the purchase on its own line, so the share of
    // resources counts as much as the share of cost.
    const double covering = std::max(resourceShare, share(cost, input.workloadCost()));
    const int score = covering > 0.5 ? 3 : covering >= 0.1 ? 2 : 1;
    return { score,
        QStringLiteral("%1 of %2 resources billed under %3 (%4, %5 of the cost); the term keeps running on "
                       "Azure after the move")
            .arg(covered)
            .arg(input.resources.size())
            .arg(models.join(QStringLiteral(", ")), money(cost, input.currency()),
                percent(share(cost, input.workloadCost()))) };
}

} // namespace cloudshift
