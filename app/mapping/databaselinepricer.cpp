#include "databaselinepricer.h"

#include "mapping/linecosting.h"

#include <QMutexLocker>
#include <QRegularExpression>

#include <cmath>

namespace cloudshift {

namespace {

constexpr double kWindowsUsdPerVcpuHour = 0.046;

bool has(const QString& text, const char16_t* part)
{
    return text.contains(QStringView(part), Qt::CaseInsensitive);
}

QString engineName(const QString& engine)
{
    if (engine == u"postgres")
        return QStringLiteral("PostgreSQL");
    if (engine == u"mysql")
        return QStringLiteral("MySQL");
    return QStringLiteral("SQL Server");
}

} // namespace

DatabaseLinePricer::Profile DatabaseLinePricer::profile(const BilledMeter& meter)
{
    Profile p;
    const QString& category = meter.category;
    const QString text = meter.subCategory + QLatin1Char(' ') + meter.name;
    p.engine = has(category, u"PostgreSQL")                    ? QStringLiteral("postgres")
        : has(category, u"MySQL") || has(category, u"MariaDB") ? QStringLiteral("mysql")
                                                               : QStringLiteral("sqlserver");
    // SQL Database Gen5 gives 5.1 GB per vCore; Flexible Server general purpose (D-series) 4 GiB.
    p.memoryPerVcore = p.engine == u"sqlserver" ? 5.1 : 4.0;
    p.family = QStringLiteral("m6i");
    p.fallbackFamily = QStringLiteral("m5");
    p.tier = QStringLiteral("General Purpose");
    if (has(text, u"Business Critical") || has(text, u"Memory Optimized")) {
        p.family = QStringLiteral("r6i");
        p.fallbackFamily = QStringLiteral("r5");
        p.memoryPerVcore = p.engine == u"sqlserver" ? 5.1 : 8.0;
        p.tier = has(text, u"Business Critical") ? QStringLiteral("Business Critical")
                                                 : QStringLiteral("Memory Optimized");
        p.highAvailability = has(text, u"Business Critical");
    } else if (has(text, u"Burstable") || (p.engine != u"sqlserver" && has(text, u"Basic"))) {
        p.family = QStringLiteral("t3");
        p.fallbackFamily = QStringLiteral("t3");
        p.memoryPerVcore = 2.0;
        p.tier = QStringLiteral("Burstable");
    } else if (has(text, u"Hyperscale")) {
        p.tier = QStringLiteral("Hyperscale");
    }
    return p;
}

bool DatabaseLinePricer::price(const LineContext& context, PricedLine& line) const
{
    if (line.kind == MeterKind::DbCompute)
        return priceCompute(context, line);
    if (line.kind == MeterKind::DbStorage)
        return priceStorage(context, line);
    return false;
}

std::optional<Rate> DatabaseLinePricer::rdsPerVcpu(
    const LineContext& context, const Profile& profile, const QString& engine, QString* klass) const
{
    const QString product = engine + (profile.highAvailability ? QStringLiteral("-multi-az") : QString());
    const QString key
        = product + QLatin1Char('|') + profile.family + QLatin1Char('|') + context.region.region;
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_rdsCache.constFind(key); it != m_rdsCache.cend()) {
            *klass = m_rdsClass.value(key);
            return *it;
        }
    }
    std::optional<Rate> best;
    double bestVcpu = 0.0;
    for (const QString& family : { profile.family, profile.fallbackFamily }) {
        context.catalog.rates().forEach(Cloud::Aws, QStringLiteral("db-instance"), [&](const Rate& rate) {
            const QString prefix = product + QStringLiteral(":db.") + family + QLatin1Char('.');
            if (!rate.product.startsWith(prefix)
                || rate.region.compare(context.region.region, Qt::CaseInsensitive) != 0)
                return;
            const std::optional<VmType> shape
                = context.catalog.vmType(Cloud::Aws, rate.product.mid(product.size() + 4));
            if (!shape || !shape->hasSpec())
                return;
            // The smallest class with at least 2 vCPU: RDS prices are linear in size within a family.
            if (!best || (shape->vcpu >= 2 && (bestVcpu < 2 || shape->vcpu < bestVcpu))) {
                best = rate;
                bestVcpu = shape->vcpu;
                *klass = rate.product.mid(product.size() + 1);
            }
        });
        if (best)
            break;
    }
    if (best)
        best->usd /= bestVcpu;
    QMutexLocker lock(&m_mutex);
    m_rdsCache.insert(key, best);
    m_rdsClass.insert(key, *klass);
    return best;
}

bool DatabaseLinePricer::priceCompute(const LineContext& context, PricedLine& line) const
{
    const BilledMeter& meter = context.usage.meter;
    Profile p = profile(meter);
    // vCores per billed unit: "vCore" meters count vCore-hours, "2 vCore" meters server-hours of 2 vCores,
    // DTU meters a service objective converted at Microsoft's guidance (100 DTU ≈ 1 vCore, 125 in Premium).
    static const QRegularExpression vcoreCount(QStringLiteral("^(\\d+) vCore"));
    static const QRegularExpression dtuTier(QStringLiteral("^([A-Z]\\d*) e?DTUs?$"));
    double vcores = 0.0;
    QString conversion;
    if (const QRegularExpressionMatch m = vcoreCount.match(meter.name); m.hasMatch()) {
        vcores = m.captured(1).toDouble();
    } else if (const QRegularExpressionMatch d = dtuTier.match(meter.name.trimmed()); d.hasMatch()) {
        if (const std::optional<SqlDtuTier> tier = context.catalog.sqlDtuTier(d.captured(1))) {
            const bool premium = tier->edition == u"Premium";
            vcores = tier->dtus / (premium ? 125.0 : 100.0);
            if (premium)
                p = profile(BilledMeter { meter.category, QStringLiteral("Business Critical"), meter.name });
            conversion = QStringLiteral("%1 = %2 DTU ≈ %3 vCore (%4 DTU per vCore)")
                             .arg(tier->tier, QString::number(tier->dtus), QString::number(vcores),
                                 QString::number(premium ? 125 : 100));
        }
    } else if (has(meter.name, u"vCore")) {
        vcores = 1.0;
    }
    if (vcores <= 0.0 || (context.unit != u"hours" && context.unit != u"units/day")) {
        line.reason = QStringLiteral("database meter \"%1\" is not billed per vCore or DTU objective")
                          .arg(meter.name);
        return false;
    }
    const double perUnit = vcores * (context.unit == u"units/day" ? 24.0 : 1.0);
    const bool sqlServer = p.engine == u"sqlserver";
    const double licence = sqlServer ? kWindowsUsdPerVcpuHour : 0.0;
    const std::optional<Rate> sqlLicence = context.catalog.rate(Cloud::Aws, QStringLiteral("database"),
        QStringLiteral("sqlserver-standard-license"), context.region.region);
    const QString head = QStringLiteral("%1 %2 vCore-hour").arg(engineName(p.engine), p.tier);
    if (context.target == Cloud::Aws) {
        QString klass;
        // Imported RDS for SQL Server prices (licence included) price it as it is sold.
        std::optional<Rate> perVcpu = sqlServer
            ? rdsPerVcpu(context, p, QStringLiteral("sqlserver-se"), &klass)
            : std::optional<Rate>();
        const bool composed = sqlServer && !perVcpu;
        // Otherwise SQL Server is built on the engine-free PostgreSQL price of the same class.
        if (!perVcpu)
            perVcpu = rdsPerVcpu(context, p, sqlServer ? QStringLiteral("postgres") : p.engine, &klass);
        if (!perVcpu) {
            line.reason = QStringLiteral("no RDS %1 class priced in %2").arg(p.family, context.region.region);
            return false;
        }
        double usd = perVcpu->usd;
        line.service = QStringLiteral("RDS for ") + engineName(p.engine);
        line.sku = klass + (p.highAvailability ? QStringLiteral(" Multi-AZ") : QString());
        line.confidence = composed ? Confidence::Approximate : Confidence::Close;
        line.reason
            = QStringLiteral("%1 → %2 per vCPU-hour (%3)")
                  .arg(head, line.sku, LineCosting::describePrice(perVcpu->usd, QStringLiteral("vCPU-hour")));
        if (composed && sqlLicence) {
            const double factor = p.highAvailability ? 2.0 : 1.0;
            usd += factor * (licence + sqlLicence->usd);
            line.reason
                += QStringLiteral("; SQL Server estimated as the PostgreSQL class price + Windows %1 + SQL "
                                  "Server Standard %2 USD/vCPU-hour (EC2 licence-included rates)")
                       .arg(QString::number(licence), QString::number(sqlLicence->usd));
        }
        if (!conversion.isEmpty()) {
            line.confidence = Confidence::Approximate;
            line.reason += QStringLiteral("; ") + conversion;
        }
        LineCosting::applyPrice(
            line, context, std::round(usd * 1e6) / 1e6, QStringLiteral("vCPU-hour"), perUnit);
        line.source = perVcpu->source;
        line.sourceDate = perVcpu->sourceDate;
        return true;
    }
    const auto vcpu = context.catalog.rate(
        Cloud::Gcp, QStringLiteral("database"), QStringLiteral("cloudsql-vcpu"), context.region.region);
    const auto memory = context.catalog.rate(
        Cloud::Gcp, QStringLiteral("database"), QStringLiteral("cloudsql-memory"), context.region.region);
    if (!vcpu || !memory) {
        line.reason = QStringLiteral("no Cloud SQL price in the catalog");
        return false;
    }
    const auto ha = context.catalog.rate(
        Cloud::Gcp, QStringLiteral("database"), QStringLiteral("cloudsql-ha-factor"), context.region.region);
    const double factor = p.highAvailability && ha ? ha->usd : 1.0;
    double usd = factor * (vcpu->usd + p.memoryPerVcore * memory->usd);
    line.service = QStringLiteral("Cloud SQL for ") + engineName(p.engine);
    line.sku = QStringLiteral("Enterprise vCPU + %1 GB").arg(p.memoryPerVcore)
        + (p.highAvailability ? QStringLiteral(" HA") : QString());
    line.confidence = sqlServer ? Confidence::Approximate : Confidence::Close;
    line.reason = QStringLiteral("%1 → Cloud SQL vCPU %2 + %3 GB × %4")
                      .arg(head, QString::number(vcpu->usd), QString::number(p.memoryPerVcore),
                          LineCosting::describePrice(memory->usd, memory->unit));
    if (p.highAvailability)
        line.reason += QStringLiteral(" × %1 for high availability").arg(factor);
    if (sqlServer && sqlLicence) {
        usd += factor * (licence + sqlLicence->usd);
        line.reason += QStringLiteral(
            "; SQL Server licence estimated at the EC2 licence-included rates (Windows %1 + "
            "Standard %2 USD/vCPU-hour)")
                           .arg(QString::number(licence), QString::number(sqlLicence->usd));
    }
    if (!conversion.isEmpty()) {
        line.confidence = Confidence::Approximate;
        line.reason += QStringLiteral("; ") + conversion;
    }
    LineCosting::applyPrice(line, context, std::round(usd * 1e6) / 1e6, QStringLiteral("vCPU-hour"), perUnit);
    line.source = vcpu->source;
    line.sourceDate = vcpu->sourceDate;
    const QString note = LineCosting::borrowedPriceNote(*vcpu, context.region.region);
    if (!note.isEmpty())
        line.reason += QStringLiteral("; ") + note;
    return true;
}

bool DatabaseLinePricer::priceStorage(const LineContext& context, PricedLine& line) const
{
    const BilledMeter& meter = context.usage.meter;
    if (context.unit != u"GB-month" || has(meter.name, u"Backup") || has(meter.subCategory, u"Backup")
        || has(meter.subCategory, u"LTR")) {
        line.reason
            = QStringLiteral("database meter \"%1\" has no equivalent priced in the catalog").arg(meter.name);
        return false;
    }
    const Profile p = profile(meter);
    const bool aws = context.target == Cloud::Aws;
    const QString product = aws ? QStringLiteral("rds-storage") : QStringLiteral("cloudsql-storage");
    const std::optional<Rate> rate
        = context.catalog.rate(context.target, QStringLiteral("database"), product, context.region.region);
    if (!rate) {
        line.reason = QStringLiteral("no %1 database storage price").arg(cloudDisplayName(context.target));
        return false;
    }
    line.service = aws ? QStringLiteral("RDS for ") + engineName(p.engine)
                       : QStringLiteral("Cloud SQL for ") + engineName(p.engine);
    line.sku = aws ? QStringLiteral("gp3 storage") : QStringLiteral("SSD storage");
    line.confidence = Confidence::Close;
    line.reason
        = QStringLiteral("%1 storage GB-month → %2 %3").arg(engineName(p.engine), line.service, line.sku);
    // Replicas store the data again.
    const double copies = p.highAvailability ? 2.0 : 1.0;
    if (p.highAvailability)
        line.reason += QStringLiteral(" × 2 (Multi-AZ / high availability)");
    LineCosting::applyRate(line, context, *rate, copies);
    return true;
}

} // namespace cloudshift
