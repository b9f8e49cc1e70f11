#include "servicelinepricer.h"

#include "mapping/linecosting.h"
#include "mapping/storagelinepricer.h"

#include <cmath>

namespace cloudshift {

namespace {

enum Targets { Aws = 1, Gcp = 2, Both = 3 };

struct Rule
{
    const char16_t* category; ///< meter category, exact (case-insensitive)
    const char16_t* match; ///< in the meter name or subcategory; empty matches any
    const char16_t* exclude; ///< a meter whose name holds this is not covered; empty excludes none
    const char16_t* unit; ///< canonical unit the rule prices
    const char16_t* kind;
    const char16_t* product;
    double unitsPerQuantity;
    Confidence confidence;
    int targets;
    const char16_t* awsService;
    const char16_t* gcpService;
    const char16_t* what; ///< "log ingestion GB"
};

// First matching rule wins: specific patterns come before general ones.
const Rule kRules[] = {
    { u"Log Analytics", u"Basic Logs", u"", u"GB", u"service", u"logs-ingestion-basic", 1.0,
        Confidence::Close, Both, u"CloudWatch Logs (Infrequent Access)", u"Cloud Logging",
        u"Basic Logs ingestion GB" },
    { u"Log Analytics", u"Ingestion", u"", u"GB", u"service", u"logs-ingestion", 1.0, Confidence::Close, Both,
        u"CloudWatch Logs", u"Cloud Logging", u"log ingestion GB" },
    { u"Log Analytics", u"Retention", u"", u"GB-month", u"service", u"logs-storage", 1.0, Confidence::Close,
        Both, u"CloudWatch Logs", u"Cloud Logging", u"log retention GB-month" },
    { u"Azure Monitor", u"Ingestion", u"", u"GB", u"service", u"logs-ingestion", 1.0, Confidence::Close, Both,
        u"CloudWatch Logs", u"Cloud Logging", u"log ingestion GB" },
    { u"Azure Monitor", u"Retention", u"", u"GB-month", u"service", u"logs-storage", 1.0, Confidence::Close,
        Both, u"CloudWatch Logs", u"Cloud Logging", u"log retention GB-month" },
    { u"Azure Kubernetes Service", u"Uptime SLA", u"", u"hours", u"service", u"k8s-cluster", 1.0,
        Confidence::Exact, Both, u"EKS", u"GKE", u"managed control plane cluster-hour" },
    { u"Azure Kubernetes Service", u"Standard", u"", u"hours", u"service", u"k8s-cluster", 1.0,
        Confidence::Exact, Both, u"EKS", u"GKE", u"managed control plane cluster-hour" },
    { u"Key Vault", u"Operations", u"HSM", u"operations", u"service", u"kms-requests", 1.0 / 10000.0,
        Confidence::Close, Both, u"KMS", u"Cloud KMS", u"key and secret operations" },
    { u"Load Balancer", u"Data Processed", u"", u"GB", u"service", u"lb-data", 1.0, Confidence::Close, Both,
        u"Network Load Balancer", u"Cloud Load Balancing", u"data processed GB" },
    { u"Load Balancer", u"Included", u"", u"hours", u"service", u"lb-hour", 1.0, Confidence::Close, Both,
        u"Network Load Balancer", u"Cloud Load Balancing", u"load balancer hour" },
    { u"VPN Gateway", u"S2S", u"", u"hours", u"service", u"vpn-connection", 1.0, Confidence::Close, Both,
        u"Site-to-Site VPN", u"Cloud VPN", u"site-to-site connection-hour" },
    { u"VPN Gateway", u"", u"P2S", u"hours", u"service", u"vpn-connection", 1.0, Confidence::Approximate,
        Both, u"Site-to-Site VPN", u"Cloud VPN",
        u"VPN gateway-hour as one site-to-site connection (tunnel) hour" },
    { u"Virtual Network", u"Public IP", u"Prefix", u"hours", u"service", u"public-ipv4", 1.0,
        Confidence::Exact, Both, u"VPC public IPv4", u"External IP address", u"public IPv4 address-hour" },
    { u"Virtual Network", u"Peering", u"", u"GB", u"transfer", u"cross-zone", 1.0, Confidence::Approximate,
        Both, u"VPC peering", u"VPC Network Peering", u"peering GB at the cross-zone rate" },
    { u"NAT Gateway", u"Data Processed", u"", u"GB", u"service", u"nat-gateway-data", 1.0, Confidence::Close,
        Both, u"NAT Gateway", u"Cloud NAT", u"data processed GB" },
    { u"NAT Gateway", u"Gateway", u"", u"hours", u"service", u"nat-gateway-hour", 1.0, Confidence::Close,
        Both, u"NAT Gateway", u"Cloud NAT", u"gateway-hour" },
    { u"Azure DNS", u"Zone", u"", u"units/month", u"service", u"dns-zone", 1.0, Confidence::Close, Both,
        u"Route 53", u"Cloud DNS", u"hosted zone-month" },
    { u"Azure DNS", u"Queries", u"", u"operations", u"service", u"dns-queries", 1.0 / 1e6, Confidence::Close,
        Both, u"Route 53", u"Cloud DNS", u"DNS queries" },
    { u"Application Gateway", u"Fixed", u"", u"hours", u"service", u"app-gateway-hour", 1.0,
        Confidence::Close, Both, u"Application Load Balancer", u"Cloud Load Balancing (application)",
        u"gateway-hour" },
    { u"Application Gateway", u"Capacity Unit", u"", u"hours", u"service", u"app-gateway-capacity", 1.0,
        Confidence::Approximate, Aws, u"Application Load Balancer", u"", u"capacity unit-hour as LCU-hour" },
    { u"Azure Cosmos DB", u"Data Stored", u"", u"GB-month", u"service", u"nosql-storage", 1.0,
        Confidence::Close, Aws, u"DynamoDB", u"", u"stored GB-month" },
    { u"Backup", u"Data Stored", u"", u"GB-month", u"service", u"backup-storage", 1.0, Confidence::Close, Aws,
        u"AWS Backup", u"", u"backup GB-month" },
    { u"Backup", u"Data Stored", u"", u"GB-month", u"block", u"snapshot", 1.0, Confidence::Close, Gcp, u"",
        u"Compute Engine snapshots", u"backup GB-month as snapshot storage" },
    { u"Functions", u"Execution Time", u"", u"GB-seconds", u"service", u"functions-gb-second", 1.0,
        Confidence::Close, Aws, u"Lambda", u"", u"execution GB-second" },
    { u"Functions", u"Executions", u"", u"operations", u"service", u"functions-requests", 1.0 / 1e6,
        Confidence::Close, Aws, u"Lambda", u"", u"executions" },
};

bool has(const QString& text, const char16_t* part)
{
    return text.contains(QStringView(part), Qt::CaseInsensitive);
}

const Rule* findRule(const BilledMeter& meter, const QString& unit, Cloud target)
{
    const int wanted = target == Cloud::Aws ? Aws : Gcp;
    for (const Rule& rule : kRules) {
        if (meter.category.compare(QStringView(rule.category), Qt::CaseInsensitive) != 0
            || !(rule.targets & wanted))
            continue;
        if (unit.compare(QStringView(rule.unit)) != 0)
            continue;
        const QStringView match(rule.match);
        if (!match.isEmpty() && !meter.name.contains(match, Qt::CaseInsensitive)
            && !meter.subCategory.contains(match, Qt::CaseInsensitive))
            continue;
        const QStringView exclude(rule.exclude);
        if (!exclude.isEmpty() && meter.name.contains(exclude, Qt::CaseInsensitive))
            continue;
        return &rule;
    }
    return nullptr;
}

} // namespace

QString ServiceLinePricer::notMappedReason(const Catalog& catalog, const BilledMeter& meter, Cloud target)
{
    const std::optional<ServiceEquivalence> service = catalog.serviceForMeterCategory(meter.category);
    const QString equivalent = !service ? QString()
        : target == Cloud::Aws          ? service->awsService
                                        : service->gcpService;
    if (equivalent.isEmpty())
        return QStringLiteral("%1 / %2: no %3 equivalent known; kept at its Azure cost")
            .arg(meter.category, meter.name, cloudDisplayName(target));
    return QStringLiteral(
        "%1 / %2 → %3 on %4, but the catalog has no price for this meter; kept at its Azure cost")
        .arg(meter.category, meter.name, equivalent, cloudDisplayName(target));
}

bool ServiceLinePricer::price(const LineContext& context, PricedLine& line) const
{
    const BilledMeter& meter = context.usage.meter;
    const bool aws = context.target == Cloud::Aws;
    if (meter.category.compare(u"Azure Cosmos DB", Qt::CaseInsensitive) == 0 && has(meter.name, u"RU/s")
        && aws)
        return priceCosmosThroughput(context, line);
    if (meter.category.compare(u"Backup", Qt::CaseInsensitive) == 0 && has(meter.name, u"Protected Instance")
        && context.unit == u"units/month") {
        line.service = aws ? QStringLiteral("AWS Backup") : QStringLiteral("Backup and DR");
        line.sku = QStringLiteral("protected instance");
        line.confidence = Confidence::Approximate;
        line.reason = QStringLiteral(
            "protected instance-month: %1 charges for backup storage only, priced on its own line")
                          .arg(line.service);
        LineCosting::applyPrice(line, context, 0.0, QStringLiteral("instance-month"), 1.0);
        return true;
    }
    const Rule* rule = findRule(meter, context.unit, context.target);
    if (!rule) {
        line.reason = notMappedReason(context.catalog, meter, context.target);
        return false;
    }
    // Backup and snapshot storage kept geo-redundant is stored again in a second region.
    QString region = context.region.region;
    double copies = 1.0;
    const bool geo = has(meter.name, u"GRS") || has(meter.subCategory, u"GRS");
    if (geo && QStringView(rule->product) == u"backup-storage")
        copies = 2.0;
    if (geo && QStringView(rule->product) == u"snapshot")
        region = StorageLinePricer::gcpGeoLocation(region, false);
    const std::optional<Rate> rate = context.catalog.rate(
        context.target, QString::fromUtf16(rule->kind), QString::fromUtf16(rule->product), region);
    if (!rate) {
        line.reason = notMappedReason(context.catalog, meter, context.target);
        return false;
    }
    line.service = QString::fromUtf16(aws ? rule->awsService : rule->gcpService);
    line.sku = QString::fromUtf16(rule->product);
    line.confidence = rule->confidence;
    line.reason = QStringLiteral("%1 %2 → %3 at %4")
                      .arg(meter.category, QString::fromUtf16(rule->what), line.service,
                          LineCosting::describePrice(rate->usd, rate->unit));
    if (copies > 1.0)
        line.reason += QStringLiteral("; geo-redundant: a copy in a second region");
    LineCosting::applyRate(line, context, *rate, rule->unitsPerQuantity * copies);
    return true;
}

bool ServiceLinePricer::priceCosmosThroughput(const LineContext& context, PricedLine& line) const
{
    if (context.unit != u"hours")
        return false;
    const QString& region = context.region.region;
    const auto reads = context.catalog.rate(
        Cloud::Aws, QStringLiteral("service"), QStringLiteral("nosql-read-capacity"), region);
    const auto writes = context.catalog.rate(
        Cloud::Aws, QStringLiteral("service"), QStringLiteral("nosql-write-capacity"), region);
    if (!reads || !writes) {
        line.reason = QStringLiteral("no DynamoDB capacity price in the catalog");
        return false;
    }
    // 100 RU/s assumed half reads of 1 KB (1 RU each) and half writes of 1 KB (5 RU each):
    // 50 reads/s → 50 RCU, 10 writes/s → 10 WCU.
    constexpr double kReadUnits = 50.0;
    constexpr double kWriteUnits = 10.0;
    const double usd = std::round((kReadUnits * reads->usd + kWriteUnits * writes->usd) * 1e6) / 1e6;
    line.service = QStringLiteral("DynamoDB");
    line.sku = QStringLiteral("provisioned capacity");
    line.confidence = Confidence::Approximate;
    line.reason = QStringLiteral(
        "100 RU/s-hour → 50 RCU + 10 WCU (assumes half the request units read 1 KB items, half "
        "write them) = %1")
                      .arg(LineCosting::describePrice(usd, QStringLiteral("hour")));
    LineCosting::applyPrice(line, context, usd, QStringLiteral("100 RU/s-hour"), 1.0);
    line.source = reads->source;
    line.sourceDate = reads->sourceDate;
    const QString note = LineCosting::borrowedPriceNote(*reads, region);
    if (!note.isEmpty())
        line.reason += QStringLiteral("; ") + note;
    return true;
}

} // namespace cloudshift
