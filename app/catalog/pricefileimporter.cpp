#include "pricefileimporter.h"

#include "catalog/awsofferreader.h"
#include "catalog/azureretailreader.h"
#include "catalog/ec2instancesreader.h"
#include "catalog/gcpskureader.h"

#include <QFile>
#include <QFileInfo>

namespace cloudshift {

namespace {

// "16 GiB", "1,152 GiB" → 16, 1152.
double gibibytes(QString text)
{
    text.remove(u',');
    return text.section(u' ', 0, 0).toDouble();
}

QString rdsEngine(const AwsOfferRow& row)
{
    const QString engine = row.attribute("databaseengine");
    const QString edition = row.attribute("databaseedition");
    if (engine == u"MySQL")
        return QStringLiteral("mysql");
    if (engine == u"PostgreSQL")
        return QStringLiteral("postgres");
    if (engine == u"Aurora MySQL")
        return QStringLiteral("aurora-mysql");
    if (engine == u"Aurora PostgreSQL")
        return QStringLiteral("aurora-postgresql");
    if (engine == u"SQL Server" && row.attribute("licensemodel") == u"License included") {
        if (edition == u"Standard")
            return QStringLiteral("sqlserver-se");
        if (edition == u"Enterprise")
            return QStringLiteral("sqlserver-ee");
        if (edition == u"Web")
            return QStringLiteral("sqlserver-web");
    }
    return {};
}

} // namespace

PriceFileImporter::PriceFileImporter(const Catalog& catalog)
    : m_catalog(catalog)
{
}

QString PriceFileImporter::detectFormat(const QByteArray& head)
{
    const QByteArray start = head.trimmed();
    if (start.startsWith("\"FormatVersion\"") || start.startsWith("FormatVersion"))
        return QStringLiteral("aws-price-list-csv");
    // ec2instances.info publishes its records as one array.
    if (!start.startsWith('{') && !start.startsWith('['))
        return {};
    if (head.contains("\"offerCode\"") || head.contains("\"formatVersion\""))
        return QStringLiteral("aws-price-list-json");
    if (head.contains("\"skus\""))
        return QStringLiteral("gcp-billing-catalog");
    if (head.contains("\"Items\"") || head.contains("\"BillingCurrency\""))
        return QStringLiteral("azure-retail-prices");
    if (head.contains("\"instance_type\"") && head.contains("\"pricing\""))
        return QStringLiteral("ec2-instances");
    return {};
}

PriceImport PriceFileImporter::import(const QString& path, CatalogOverlay& overlay) const
{
    PriceImport result;
    result.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    // The keys that tell the formats apart sit in the first few kilobytes of each.
    result.format = detectFormat(file.read(64 * 1024));
    file.close();
    if (result.format.isEmpty()) {
        result.error
            = QStringLiteral("not a price file CloudShift reads (AWS Price List JSON or CSV, Google Cloud "
                             "Billing Catalog SKUs, Azure Retail Prices, EC2 instance records)");
        return result;
    }
    if (result.format.startsWith(u"aws"))
        importAws(path, result.format.endsWith(u"csv"), overlay, result);
    else if (result.format == u"ec2-instances")
        Ec2InstancesReader(m_undatedAsOf).read(path, overlay, result);
    else if (result.format.startsWith(u"gcp"))
        GcpSkuReader(m_catalog.vmTable(Cloud::Gcp)).read(path, overlay, result);
    else
        AzureRetailReader().read(path, overlay, result);
    return result;
}

bool PriceFileImporter::importAws(
    const QString& path, bool csv, CatalogOverlay& overlay, PriceImport& result) const
{
    AwsOfferReader reader;
    QString source;
    std::vector<AwsOfferRow> rows;
    // Rows are kept until the header names the source: in the CSV it comes first, in JSON anywhere.
    const auto keep = [&rows](const AwsOfferRow& row) {
        if (row.termType == u"OnDemand")
            rows.push_back(row);
    };
    if (!(csv ? reader.readCsv(path, keep) : reader.readJson(path, keep))) {
        result.error = reader.errorString();
        return false;
    }
    const AwsOfferHeader& header = reader.header();
    const QString date = header.publicationDate.left(10);
    const CatalogSource catalogSource {
        QStringLiteral("aws-price-list-%1-%2").arg(header.offerCode, header.version),
        QStringLiteral("AWS Price List %1, version %2").arg(header.offerCode, header.version), date,
        QStringLiteral("AWS public price list"), QFileInfo(path).fileName()
    };
    overlay.addSource(catalogSource);
    result.sources.push_back(catalogSource);
    for (const AwsOfferRow& row : rows) {
        if (!addAwsRow(row, catalogSource.id, overlay, result))
            ++result.skipped;
    }
    if (result.vmPrices == 0 && result.rates == 0)
        result.error = QStringLiteral(
            "no on-demand price the catalog keeps (shared-tenancy Linux or Windows instances, "
            "EBS volumes, RDS instances)");
    return result.error.isEmpty();
}

bool PriceFileImporter::addAwsRow(
    const AwsOfferRow& row, const QString& source, CatalogOverlay& overlay, PriceImport& result)
{
    const QString region = row.attribute("regioncode");
    if (region.isEmpty() || row.usd <= 0.0)
        return false;
    if (row.productFamily.startsWith(u"Compute Instance")) {
        const QString os = row.attribute("operatingsystem");
        const QString licence = row.attribute("licensemodel");
        const QString market = row.attribute("marketoption");
        // Forgetting tenancy or capacity status mixes Dedicated and reservation prices in.
        if (row.unit != u"Hrs" || row.attribute("tenancy") != u"Shared"
            || row.attribute("capacitystatus") != u"Used" || row.attribute("preinstalledsw") != u"NA"
            || (!market.isEmpty() && market != u"OnDemand"))
            return false;
        const bool isLinux = os == u"Linux" && licence == u"No License required";
        const bool windows = os == u"Windows" && licence == u"License Included";
        if (!isLinux && !windows)
            return false;
        overlay.setVmPrice(
            { Cloud::Aws, region, row.attribute("instancetype"), windows ? VmTable::Windows : VmTable::Linux,
                row.usd, source, row.attribute("vcpu").toDouble(), gibibytes(row.attribute("memory")) });
        ++result.vmPrices;
        return true;
    }
    Rate rate;
    rate.cloud = Cloud::Aws;
    rate.region = region;
    rate.usd = row.usd;
    rate.source = source;
    if (row.productFamily == u"Storage" && row.unit == u"GB-Mo"
        && !row.attribute("volumeapiname").isEmpty()) {
        rate.kind = QStringLiteral("block");
        rate.product = row.attribute("volumeapiname");
        rate.unit = QStringLiteral("GB-month");
    } else if (row.productFamily == u"Database Instance" && row.unit == u"Hrs" && !rdsEngine(row).isEmpty()) {
        rate.kind = QStringLiteral("db-instance");
        const bool multiAz = row.attribute("deploymentoption").startsWith(u"Multi-AZ");
        rate.product = rdsEngine(row) + (multiAz ? QStringLiteral("-multi-az:") : QStringLiteral(":"))
            + row.attribute("instancetype");
        rate.unit = QStringLiteral("hour");
    } else {
        return false;
    }
    overlay.setRate(rate);
    ++result.rates;
    return true;
}

} // namespace cloudshift
