#include "storeddata.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace cloudshift {

namespace {

constexpr double kGbPerGib = 1.073741824;

// Provisioned sizes (GiB) of the managed-disk tiers, the same for Premium (P), Standard SSD (E) and
// Standard HDD (S): the tier number is in the meter name.
constexpr std::array<std::pair<int, double>, 14> kDiskTiers { { { 1, 4 }, { 2, 8 }, { 3, 16 }, { 4, 32 },
    { 6, 64 }, { 10, 128 }, { 15, 256 }, { 20, 512 }, { 30, 1024 }, { 40, 2048 }, { 50, 4096 }, { 60, 8192 },
    { 70, 16384 }, { 80, 32767 } } };

bool isManagedDatabase(const QString& category)
{
    static const QStringList databases { QStringLiteral("SQL Database"),
        QStringLiteral("SQL Managed Instance"), QStringLiteral("Azure Cosmos DB"),
        QStringLiteral("Azure Database for MySQL"), QStringLiteral("Azure Database for PostgreSQL"),
        QStringLiteral("Azure Database for MariaDB"), QStringLiteral("Azure Synapse Analytics") };
    return databases.contains(category.trimmed(), Qt::CaseInsensitive);
}

} // namespace

GigabytesPerUnit catalogGigabytesPerUnit(const Catalog& catalog)
{
    return [&catalog](const QString& unit) -> std::optional<double> {
        const std::optional<PricingUnit> pricing = catalog.pricingUnit(unit);
        if (!pricing)
            return std::nullopt;
        static const std::array<std::pair<const char*, double>, 5> kScale { { { "GB/Month", 1.0 },
            { "GiB/Month", kGbPerGib }, { "TB/Month", 1000.0 }, { "TiB/Month", 1024.0 * kGbPerGib },
            { "MB/Month", 0.001 } } };
        for (const auto& [name, scale] : kScale) {
            if (pricing->distinctUnits.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return pricing->blockSize * scale;
        }
        return std::nullopt;
    };
}

std::optional<double> managedDiskGigabytes(const QString& meterName)
{
    static const QRegularExpression tier(QStringLiteral("^[PES](\\d+) (?:LRS|ZRS) Disk"));
    const QRegularExpressionMatch match = tier.match(meterName.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int number = match.captured(1).toInt();
    for (const auto& [n, gib] : kDiskTiers) {
        if (n == number)
            return gib * kGbPerGib;
    }
    return std::nullopt;
}

StoredData storedData(const Resource& resource, const GigabytesPerUnit& gigabytesPerUnit)
{
    StoredData data;
    data.monthlyGigabytes.assign(resource.monthlyCost.size(), 0.0);
    for (const MeterUsage& usage : resource.meters) {
        if (isManagedDatabase(usage.meter.category))
            data.managedDatabase = true;
        std::optional<double> perUnit = gigabytesPerUnit ? gigabytesPerUnit(usage.meter.unit) : std::nullopt;
        if (!perUnit)
            perUnit = managedDiskGigabytes(usage.meter.name);
        if (!perUnit)
            continue;
        const std::size_t months = std::min(usage.quantity.size(), data.monthlyGigabytes.size());
        for (std::size_t m = 0; m < months; ++m)
            data.monthlyGigabytes[m] += std::max(0.0, usage.quantity[m]) * *perUnit;
    }
    return data;
}

} // namespace cloudshift
