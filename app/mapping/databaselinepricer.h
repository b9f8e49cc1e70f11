#pragma once

#include "mapping/linecontext.h"
#include "mapping/pricedline.h"

#include <QHash>
#include <QMutex>

namespace cloudshift {

/// Prices managed database meters per vCore-hour and per GB-month: Azure Database for PostgreSQL and
/// MySQL → RDS for the same engine (the price per vCPU-hour of a class of the matching family) and Cloud
/// SQL (vCPU-hour + memory GB-hour); Azure SQL Database and Managed Instance → RDS for SQL Server and
/// Cloud SQL for SQL Server. RDS for SQL Server uses imported "sqlserver-se" prices (AWS Price List
/// AmazonRDS) where there are some; otherwise, like Cloud SQL for SQL Server, it is estimated as the
/// engine-free price plus the Windows and SQL Server Standard licence rates (Approximate). Business
/// Critical keeps replicas, priced as Multi-AZ / high availability.
class DatabaseLinePricer
{
public:
    /// False when the meter has no equivalent here (the line's reason says why).
    bool price(const LineContext& context, PricedLine& line) const;

private:
    struct Profile
    {
        QString engine; ///< "postgres", "mysql", "sqlserver"
        QString family; ///< RDS class family tried first: "m6i", "r6i", "t3"
        QString fallbackFamily; ///< when the first has no price in the region: "m5", "r5", "t3"
        double memoryPerVcore = 4.0;
        bool highAvailability = false; ///< Business Critical
        QString tier; ///< "General Purpose", "Business Critical", "Burstable", "Memory Optimized"
    };
    static Profile profile(const BilledMeter& meter);

    bool priceCompute(const LineContext& context, PricedLine& line) const;
    bool priceStorage(const LineContext& context, PricedLine& line) const;
    /// RDS price per vCPU-hour of an engine's class of the profile's family in the region (the smallest
    /// priced class with 2 vCPU or more), or nullopt. engine: "postgres", "mysql", "sqlserver-se".
    std::optional<Rate> rdsPerVcpu(
        const LineContext& context, const Profile& profile, const QString& engine, QString* klass) const;

    mutable QMutex m_mutex;
    mutable QHash<QString, std::optional<Rate>> m_rdsCache;
    mutable QHash<QString, QString> m_rdsClass;
};

} // namespace cloudshift
