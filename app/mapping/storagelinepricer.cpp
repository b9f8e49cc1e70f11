#include "storagelinepricer.h"

#include "mapping/linecosting.h"

#include <QRegularExpression>

#include <algorithm>

namespace cloudshift {

namespace {

constexpr double kGp3BaselineIops = 3000.0;
constexpr double kGp3BaselineMbps = 125.0;
constexpr double kSt1MinimumGiB = 125.0;

bool has(const QString& text, const char16_t* part)
{
    return text.contains(QStringView(part), Qt::CaseInsensitive);
}

QString awsClass(const QString& tier)
{
    if (tier == u"cool")
        return QStringLiteral("s3-standard-ia");
    if (tier == u"cold")
        return QStringLiteral("s3-glacier-ir");
    if (tier == u"archive")
        return QStringLiteral("s3-deep-archive");
    return QStringLiteral("s3-standard");
}

QString gcpClass(const QString& tier)
{
    if (tier == u"cool")
        return QStringLiteral("nearline");
    if (tier == u"cold")
        return QStringLiteral("coldline");
    if (tier == u"archive")
        return QStringLiteral("archive");
    return QStringLiteral("standard");
}

QString className(Cloud target, const QString& product)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("s3-standard"), QStringLiteral("S3 Standard") },
        { QStringLiteral("s3-standard-ia"), QStringLiteral("S3 Standard-IA") },
        { QStringLiteral("s3-glacier-ir"), QStringLiteral("S3 Glacier Instant Retrieval") },
        { QStringLiteral("s3-deep-archive"), QStringLiteral("S3 Glacier Deep Archive") },
    };
    if (target == Cloud::Aws)
        return names.value(product, product);
    return QStringLiteral("Cloud Storage ") + product.left(1).toUpper() + product.mid(1);
}

} // namespace

QString StorageLinePricer::blobTier(const QString& meterName)
{
    for (const char* tier : { "Cool", "Cold", "Archive", "Hot" }) {
        if (meterName.contains(QLatin1String(tier), Qt::CaseInsensitive))
            return QString::fromLatin1(tier).toLower();
    }
    return QStringLiteral("hot");
}

bool StorageLinePricer::isGeoRedundant(const QString& meterName)
{
    static const QRegularExpression geo(QStringLiteral("\\b(RA-)?G(Z)?RS\\b"));
    return geo.match(meterName).hasMatch();
}

QString StorageLinePricer::gcpGeoLocation(const QString& region, bool dual)
{
    if (region.startsWith(u"europe") || region.startsWith(u"me-") || region.startsWith(u"africa"))
        return dual ? QStringLiteral("eur4") : QStringLiteral("europe-multi");
    if (region.startsWith(u"asia") || region.startsWith(u"australia"))
        return dual ? QStringLiteral("asia1") : QStringLiteral("asia-multi");
    return dual ? QStringLiteral("nam4") : QStringLiteral("us-multi");
}

bool StorageLinePricer::price(const LineContext& context, PricedLine& line) const
{
    switch (line.kind) {
    case MeterKind::Disk:
        return priceDisk(context, line);
    case MeterKind::BlobCapacity:
        return priceBlobCapacity(context, line);
    case MeterKind::BlobOperations:
        return priceBlobOperations(context, line);
    default:
        return false;
    }
}

bool StorageLinePricer::useRate(const LineContext& context, PricedLine& line, const QString& kind,
    const QString& product, const QString& region, double unitsPerQuantity) const
{
    const std::optional<Rate> rate = context.catalog.rate(context.target, kind, product, region);
    if (!rate) {
        line.reason = QStringLiteral("no %1 price for %2 in %3")
                          .arg(cloudDisplayName(context.target), product, region);
        return false;
    }
    LineCosting::applyRate(line, context, *rate, unitsPerQuantity);
    return true;
}

bool StorageLinePricer::priceDisk(const LineContext& context, PricedLine& line) const
{
    const QString& name = context.usage.meter.name;
    const bool aws = context.target == Cloud::Aws;
    const QString& region = context.region.region;
    line.service = aws ? QStringLiteral("EBS") : QStringLiteral("Persistent Disk");
    if (has(name, u"Snapshot") && context.unit == u"GB-month") {
        line.sku = aws ? QStringLiteral("EBS snapshot") : QStringLiteral("PD snapshot");
        line.confidence = Confidence::Close;
        line.reason = QStringLiteral("managed disk snapshot GB-month → %1 GB-month").arg(line.sku);
        return useRate(context, line, QStringLiteral("block"), QStringLiteral("snapshot"), region, 1.0);
    }
    if (has(name, u"Disk Operations") && context.unit == u"operations") {
        // EBS and Persistent Disk include I/O in the provisioned price.
        line.sku = aws ? QStringLiteral("gp3 I/O") : QStringLiteral("PD I/O");
        line.confidence = Confidence::Close;
        line.reason
            = QStringLiteral("disk transactions: %1 bills no per-transaction charge").arg(line.service);
        LineCosting::applyPrice(line, context, 0.0, QStringLiteral("10K operations"), 1.0 / 10000.0);
        return true;
    }
    static const QRegularExpression tier(
        QStringLiteral("^([PES]\\d+)\\b"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = tier.match(name.trimmed());
    if (match.hasMatch() && context.unit == u"units/month")
        return priceDiskTier(context, line, match.captured(1));
    if (has(name, u"Provisioned Capacity") && context.unit == u"GB-month") {
        line.sku = aws ? QStringLiteral("gp3") : QStringLiteral("pd-balanced");
        line.confidence = Confidence::Close;
        line.reason = QStringLiteral(
            "Premium SSD v2 capacity → %1 GB-month (IOPS and throughput priced on their own lines)")
                          .arg(line.sku);
        return useRate(context, line, QStringLiteral("block"),
            aws ? QStringLiteral("gp3") : QStringLiteral("pd-balanced"), region, 1.0);
    }
    line.reason = QStringLiteral("disk meter \"%1\" has no equivalent priced in the catalog").arg(name);
    return false;
}

bool StorageLinePricer::priceDiskTier(
    const LineContext& context, PricedLine& line, const QString& tierName) const
{
    const std::optional<AzureDiskTier> tier = context.catalog.azureDiskTier(tierName);
    if (!tier) {
        line.reason = QStringLiteral("unknown managed disk tier %1").arg(tierName);
        return false;
    }
    const bool aws = context.target == Cloud::Aws;
    const QString& region = context.region.region;
    QString product;
    QString why;
    if (aws) {
        const bool hdd = tier->kind == u"standard-hdd";
        product = hdd && tier->sizeGiB >= kSt1MinimumGiB ? QStringLiteral("st1") : QStringLiteral("gp3");
        if (hdd && product == u"gp3")
            why = QStringLiteral(" (st1 starts at 125 GiB)");
    } else {
        product
            = tier->kind == u"standard-hdd" ? QStringLiteral("pd-standard") : QStringLiteral("pd-balanced");
    }
    const std::optional<Rate> capacity
        = context.catalog.rate(context.target, QStringLiteral("block"), product, region);
    if (!capacity) {
        line.reason = QStringLiteral("no %1 price for %2").arg(cloudDisplayName(context.target), product);
        return false;
    }
    double perDisk = tier->sizeGiB * capacity->usd;
    QStringList extras;
    if (product == u"gp3") {
        // gp3 includes 3,000 IOPS and 125 MB/s; larger Azure tiers provision more, which gp3 sells apart.
        const double iops = std::max(0.0, tier->iops - kGp3BaselineIops);
        const double mbps = std::max(0.0, tier->mbps - kGp3BaselineMbps);
        const auto iopsRate = context.catalog.rate(
            context.target, QStringLiteral("block"), QStringLiteral("gp3-iops"), region);
        const auto mbpsRate = context.catalog.rate(
            context.target, QStringLiteral("block"), QStringLiteral("gp3-throughput"), region);
        if (iops > 0 && iopsRate) {
            perDisk += iops * iopsRate->usd;
            extras << QStringLiteral("+%1 IOPS").arg(iops);
        }
        if (mbps > 0 && mbpsRate) {
            perDisk += mbps * mbpsRate->usd;
            extras << QStringLiteral("+%1 MB/s").arg(mbps);
        }
    }
    perDisk = std::round(perDisk * 1e6) / 1e6;
    line.service = aws ? QStringLiteral("EBS") : QStringLiteral("Persistent Disk");
    line.sku = QStringLiteral("%1 %2 GiB").arg(product, QString::number(tier->sizeGiB));
    if (!extras.isEmpty())
        line.sku += QLatin1Char(' ') + extras.join(QLatin1Char(' '));
    line.confidence = Confidence::Close;
    line.reason = QStringLiteral("%1 (%2 GiB, %3 IOPS, %4 MB/s) → %5%6 at %7")
                      .arg(tier->tier, QString::number(tier->sizeGiB), QString::number(tier->iops),
                          QString::number(tier->mbps), line.sku, why,
                          LineCosting::describePrice(capacity->usd, capacity->unit));
    LineCosting::applyPrice(line, context, perDisk, QStringLiteral("disk-month"), 1.0);
    line.source = capacity->source;
    line.sourceDate = capacity->sourceDate;
    const QString note = LineCosting::borrowedPriceNote(*capacity, region);
    if (!note.isEmpty())
        line.reason += QStringLiteral("; ") + note;
    return true;
}

bool StorageLinePricer::priceBlobCapacity(const LineContext& context, PricedLine& line) const
{
    if (context.unit != u"GB-month") {
        line.reason = QStringLiteral("Blob capacity in \"%1\", not GB-month").arg(context.usage.meter.unit);
        return false;
    }
    const QString& name = context.usage.meter.name;
    const QString tier = blobTier(name);
    const bool geo = isGeoRedundant(name);
    const bool aws = context.target == Cloud::Aws;
    line.service = aws ? QStringLiteral("S3") : QStringLiteral("Cloud Storage");
    line.confidence = Confidence::Close;
    if (aws) {
        const QString product = awsClass(tier);
        const std::vector<Rate> tiers = context.catalog.rates().tiers(
            Cloud::Aws, QStringLiteral("object"), product, context.region.region);
        if (tiers.empty()) {
            line.reason = QStringLiteral("no S3 price for %1").arg(product);
            return false;
        }
        line.sku = className(Cloud::Aws, product);
        line.reason = QStringLiteral("Blob %1 → %2").arg(tier, line.sku);
        if (geo)
            line.reason += QStringLiteral(
                "; geo-redundant: a second copy in another region (Cross-Region Replication)");
        // A replica in a second region doubles the stored GB-months.
        LineCosting::applyTiers(line, context, tiers, geo ? 2.0 : 1.0);
        return true;
    }
    const QString product = gcpClass(tier) + (geo ? QStringLiteral("-dual") : QString());
    const QString region = geo ? gcpGeoLocation(context.region.region, true) : context.region.region;
    line.sku = className(Cloud::Gcp, gcpClass(tier))
        + (geo ? QStringLiteral(" dual-region ") + region : QString());
    line.reason = QStringLiteral("Blob %1 → %2").arg(tier, line.sku);
    if (geo)
        line.reason += QStringLiteral("; geo-redundant → dual-region bucket");
    return useRate(context, line, QStringLiteral("object"), product, region, 1.0);
}

bool StorageLinePricer::priceBlobOperations(const LineContext& context, PricedLine& line) const
{
    const QString& name = context.usage.meter.name;
    const QString tier = blobTier(name);
    const bool geo = isGeoRedundant(name);
    const bool aws = context.target == Cloud::Aws;
    const QString storageClass = aws ? awsClass(tier) : gcpClass(tier);
    line.service = aws ? QStringLiteral("S3") : QStringLiteral("Cloud Storage");
    line.confidence = Confidence::Close;
    const QString& region = context.region.region;
    if (context.unit == u"GB") {
        if (has(name, u"Geo-Replication")) {
            line.sku
                = aws ? QStringLiteral("S3 replication transfer") : QStringLiteral("dual-region replication");
            line.reason = QStringLiteral("geo-replication GB → %1").arg(line.sku);
            return useRate(
                context, line, QStringLiteral("transfer"), QStringLiteral("replication"), region, 1.0);
        }
        if (has(name, u"Retrieval")) {
            line.sku = className(context.target, storageClass) + QStringLiteral(" retrieval");
            line.reason = QStringLiteral("Blob %1 data retrieval GB → %2").arg(tier, line.sku);
            const QString product = storageClass + (geo && !aws ? QStringLiteral("-dual") : QString())
                + QStringLiteral(":retrieval");
            return useRate(context, line, QStringLiteral("operation"), product,
                geo && !aws ? gcpGeoLocation(region, true) : region, 1.0);
        }
        if (has(name, u"Data Write")) {
            line.sku = className(context.target, storageClass);
            line.reason
                = QStringLiteral("Blob data write GB: %1 bills writes per request only").arg(line.service);
            LineCosting::applyPrice(line, context, 0.0, QStringLiteral("GB"), 1.0);
            return true;
        }
    }
    if (context.unit != u"operations") {
        line.reason = QStringLiteral("Blob meter \"%1\" has no equivalent priced in the catalog").arg(name);
        return false;
    }
    // Listing is a PUT-class (S3) / Class A (Cloud Storage) request; other reads and metadata calls are
    // GET-class / Class B.
    const bool write = has(name, u"Write") || has(name, u"List") || has(name, u"Create");
    const bool read = has(name, u"Read") || has(name, u"Other");
    if (!write && !read) {
        line.reason = QStringLiteral("Blob meter \"%1\" has no equivalent priced in the catalog").arg(name);
        return false;
    }
    const QString operation = write ? QStringLiteral("write") : QStringLiteral("read");
    line.sku = className(context.target, storageClass)
        + (aws ? (write ? QStringLiteral(" PUT/LIST requests") : QStringLiteral(" GET requests"))
               : (write ? QStringLiteral(" Class A operations") : QStringLiteral(" Class B operations")));
    line.reason = QStringLiteral("Blob %1 %2 operations → %3").arg(tier, operation, line.sku);
    return useRate(context, line, QStringLiteral("operation"), storageClass + QLatin1Char(':') + operation,
        region, 1.0 / 10000.0);
}

} // namespace cloudshift
