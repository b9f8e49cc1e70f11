#include "meterclassifier.h"

#include <QRegularExpression>

namespace cloudshift {

namespace {

bool has(const QString& text, const char16_t* part)
{
    return text.contains(QStringView(part), Qt::CaseInsensitive);
}

bool is(const QString& text, const char16_t* value)
{
    return text.compare(QStringView(value), Qt::CaseInsensitive) == 0;
}

MeterKind storageKind(const BilledMeter& meter)
{
    static const QRegularExpression diskTier(
        QStringLiteral("^[PES]\\d+\\b"), QRegularExpression::CaseInsensitiveOption);
    const QString& sub = meter.subCategory;
    const QString& name = meter.name;
    if (has(sub, u"Managed Disk") || has(sub, u"Ultra Disk") || has(name, u"Snapshot")
        || (diskTier.match(name).hasMatch() && has(name, u"Disk")) || has(name, u"Disk Operations"))
        return MeterKind::Disk;
    if (has(sub, u"Files") || has(sub, u"Table") || has(sub, u"Queue"))
        return MeterKind::Other;
    if (has(sub, u"Blob") || has(sub, u"Data Lake") || has(sub, u"Blob Storage")) {
        if (has(name, u"Data Stored") || has(name, u"Capacity"))
            return MeterKind::BlobCapacity;
        return MeterKind::BlobOperations;
    }
    return MeterKind::Other;
}

} // namespace

bool MeterClassifier::isDatabaseCategory(const QString& category)
{
    return is(category, u"SQL Database") || is(category, u"SQL Managed Instance")
        || is(category, u"Azure Database for MySQL") || is(category, u"Azure Database for PostgreSQL")
        || is(category, u"Azure Database for MariaDB");
}

MeterKind MeterClassifier::classify(const BilledMeter& meter)
{
    const QString& category = meter.category;
    if (is(category, u"Virtual Machines"))
        return has(meter.unit, u"hour") ? MeterKind::VmCompute : MeterKind::Other;
    if (is(category, u"Azure App Service"))
        return has(meter.unit, u"hour") && has(meter.name, u"App") ? MeterKind::VmCompute : MeterKind::Other;
    if (is(category, u"Storage"))
        return storageKind(meter);
    if (is(category, u"Bandwidth"))
        return MeterKind::Egress;
    if (isDatabaseCategory(category)) {
        if ((has(meter.unit, u"hour") && (has(meter.name, u"vCore") || has(meter.subCategory, u"Compute")))
            || has(meter.name, u"DTU"))
            return MeterKind::DbCompute;
        if (has(meter.unit, u"GB") || has(meter.name, u"Storage") || has(meter.name, u"Data Stored"))
            return MeterKind::DbStorage;
        return MeterKind::Other;
    }
    static const char16_t* const services[] = { u"Log Analytics", u"Azure Monitor",
        u"Azure Kubernetes Service", u"Key Vault", u"Load Balancer", u"VPN Gateway", u"Virtual Network",
        u"Azure Cosmos DB", u"Backup", u"Functions", u"Azure DNS", u"NAT Gateway", u"Application Gateway" };
    for (const char16_t* service : services) {
        if (is(category, service))
            return MeterKind::Service;
    }
    return MeterKind::Other;
}

} // namespace cloudshift
