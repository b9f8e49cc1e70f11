#include "riskfactor.h"

namespace cloudshift {

namespace {

RiskFactorInfo info(RiskFactor factor, const char* id, const char* name, const char* measures,
    std::array<const char*, 4> rubric, double weight)
{
    return { factor, QString::fromUtf8(id), QString::fromUtf8(name), QString::fromUtf8(measures),
        { QString::fromUtf8(rubric[0]), QString::fromUtf8(rubric[1]), QString::fromUtf8(rubric[2]),
            QString::fromUtf8(rubric[3]) },
        weight };
}

// Default weights: what most often turns a migration into a project (equivalence, lock-in, the
// amount of change) weighs 3; latency, data and licences 2; the rest 1.
std::array<RiskFactorInfo, kRiskFactorCount> build()
{
    return { {
        info(RiskFactor::ServiceEquivalence, "service_equivalence", "Service equivalence",
            "How closely the target offers match the Azure VMs (mapping confidence), weighted by VM cost.",
            { "every VM maps exactly or closely",
                "approximate matches on at most 25 % of the VM cost, or no VM (services carried over "
                "unmatched)",
                "approximate matches on more than 25 % of the VM cost, or VMs without an equivalent on at "
                "most 25 %",
                "VMs without an equivalent on more than 25 % of the VM cost" },
            3.0),
        info(RiskFactor::PaasLockIn, "paas_lock_in", "PaaS lock-in",
            "The most Azure-specific managed service the workload uses.",
            { "only infrastructure and open-engine services (VMs, disks, storage, networking, Kubernetes, "
              "MySQL/PostgreSQL, Redis)",
                "managed services with a close counterpart (App Service, SQL Database, Key Vault, Event "
                "Hubs, "
                "monitoring)",
                "services whose counterpart differs in API or behaviour (Functions, Data Factory, API "
                "Management, Machine Learning, search)",
                "Azure-specific services with no drop-in counterpart (Cosmos DB, Logic Apps, Service Bus, "
                "Event Grid, Synapse, Azure OpenAI)" },
            3.0),
        info(RiskFactor::DataGravity, "data_gravity", "Statefulness and data gravity",
            "Stored data to move (largest monthly volume billed) and the days it takes at the stated "
            "bandwidth; managed databases need replication and a cut-over.",
            { "under 1 hour of transfer and no managed database", "under 1 day of transfer",
                "under 7 days of transfer",
                "7 days or more; a managed database raises any score by one level, up to 3" },
            2.0),
        info(RiskFactor::Licensing, "licensing", "Licensing",
            "Windows and SQL Server licences, and Azure Hybrid Benefit that does not carry over.",
            { "no Windows or SQL Server licence",
                "Windows VMs with the licence included (bought again on the target, already in its price)",
                "SQL Server (in VMs, SQL Database or Managed Instance), or Hybrid Benefit on up to half of "
                "the VM cost",
                "Hybrid Benefit on more than half of the VM cost, or Hybrid Benefit together with SQL "
                "Server" },
            2.0),
        info(RiskFactor::StrandedCommitments, "stranded_commitments", "Commitments stranded",
            "Reservations and savings plans in the bill that keep running on Azure after the move.",
            { "no reservation or savings plan in the bill",
                "commitments on under 10 % of the workload's cost and resources", "commitments on 10-50 %",
                "commitments on over 50 %" },
            1.0),
        info(RiskFactor::LatencyIncrease, "latency_increase", "Latency increase for users",
            "Share-weighted round-trip increase for the workload's users after the move.",
            { "under 5 ms more (or faster)", "5-20 ms more, or not assessable", "20-50 ms more",
                "over 50 ms more" },
            2.0),
        info(RiskFactor::CrossCloudChattiness, "cross_cloud_chattiness", "Cross-cloud chattiness",
            "Calls and data between this workload and workloads on another cloud during the waves.",
            { "no dependency crosses clouds",
                "crossing flows under 10 calls/s and 100 GB/month, or no dependency list (unknown)",
                "under 100 calls/s and 1 TB/month", "100 calls/s or 1 TB/month and more" },
            2.0),
        info(RiskFactor::TargetAvailability, "target_availability", "Target region and SKU availability",
            "Whether each Azure region has a target region close by (RegionMapper) and the VM sizes are "
            "offered there.",
            { "every region has a target region in the same area (region match exact), every VM size "
              "offered there",
                "a region's nearest target region is farther (region match close), or the region table "
                "notes no same-metro region",
                "the nearest target region is far away (region match approximate), or VM sizes are not "
                "offered in the target region",
                "no target region for a region of the workload" },
            1.0),
        info(RiskFactor::StrategyComplexity, "strategy_complexity", "Migration strategy complexity",
            "The 7R strategy: how much changes besides the location.",
            { "retire or retain (nothing moves)", "rehost or relocate (lift and shift)",
                "replatform or repurchase (managed-service or product changes)", "refactor (code changes)" },
            3.0),
        info(RiskFactor::SizeShare, "size_share", "Size and cost share",
            "The workload's share of the estate's Azure cost and its number of resources.",
            { "under 2 % of the cost and at most 10 resources", "under 10 % and at most 50 resources",
                "under 25 % and at most 200 resources", "25 % or more, or over 200 resources" },
            1.0),
    } };
}

} // namespace

const std::array<RiskFactorInfo, kRiskFactorCount>& riskFactorInfos()
{
    static const std::array<RiskFactorInfo, kRiskFactorCount> infos = build();
    return infos;
}

const RiskFactorInfo& riskFactorInfo(RiskFactor factor)
{
    return riskFactorInfos()[static_cast<std::size_t>(factor)];
}

std::optional<RiskFactor> riskFactorFromId(const QString& id)
{
    for (const RiskFactorInfo& info : riskFactorInfos()) {
        if (info.id == id)
            return info.factor;
    }
    return std::nullopt;
}

} // namespace cloudshift
