#include "catalogreader.h"

#include "catalog/catalog.h"
#include "catalog/jsontablereader.h"
#include "catalog/vmfilereader.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <array>
#include <cmath>
#include <future>
#include <limits>
#include <stdexcept>
#include <utility>
#include <vector>

namespace cloudshift {

namespace {

using Row = JsonTableReader::Row;

constexpr int kFormat = 1;

class ReadError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A column that may be absent: reads as null.
const JsonTableReader::Cell& at(Row row, int column)
{
    static const JsonTableReader::Cell missing;
    return column >= 0 && static_cast<std::size_t>(column) < row.size()
        ? row[static_cast<std::size_t>(column)]
        : missing;
}

QString text(Row row, int column)
{
    return at(row, column).toString();
}

double number(Row row, int column)
{
    return at(row, column).toDouble();
}

int index(Row row, int column, int fallback)
{
    const JsonTableReader::Cell& cell = at(row, column);
    return cell.isNull() ? fallback : static_cast<int>(cell.toDouble());
}

QString compactRegionKey(QString spelling)
{
    spelling.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return spelling;
}

void checkFormat(const JsonTableReader& reader)
{
    if (reader.number("format") != kFormat)
        throw ReadError("unsupported catalog format " + std::to_string(reader.number("format")));
}

} // namespace

CatalogReader::CatalogReader(QString directory)
    : m_directory(std::move(directory))
{
}

template <typename Read> void CatalogReader::inFile(const QString& name, Read read) const
{
    try {
        read();
    } catch (const std::exception& e) {
        throw ReadError(name.toStdString() + ": " + e.what());
    }
}

bool CatalogReader::read(Catalog& catalog)
{
    try {
        inFile(QStringLiteral("manifest.json"), [&] { readManifest(catalog); });
        inFile(QStringLiteral("regions.json"), [&] { readRegions(catalog); });
        inFile(QStringLiteral("pricing_units.json"), [&] { readPricingUnits(catalog); });
        inFile(QStringLiteral("vm_families.json"), [&] { readFamilies(catalog); });
        inFile(QStringLiteral("services.json"), [&] { readServices(catalog); });
        // The three VM tables and the rates hold nearly all of the data and share nothing but the (by now
        // read-only) source list, so they are parsed side by side.
        std::vector<std::future<void>> tables;
        tables.push_back(std::async(std::launch::async,
            [this, &catalog] { inFile(QStringLiteral("rates.json"), [&] { readRates(catalog); }); }));
        for (Cloud cloud : { Cloud::Azure, Cloud::Aws, Cloud::Gcp }) {
            tables.push_back(std::async(std::launch::async, [this, &catalog, cloud] {
                VmTable& table = catalog.m_vms[static_cast<std::size_t>(cloud)];
                inFile(QStringLiteral("vm_%1.json").arg(cloudId(cloud)), [&] { readVms(catalog, table); });
            }));
        }
        for (std::future<void>& table : tables)
            table.wait();
        for (std::future<void>& table : tables)
            table.get();
    } catch (const std::exception& e) {
        m_error = m_directory + QLatin1Char('/') + QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

QByteArray CatalogReader::fileContents(const QString& name) const
{
    QFile file(m_directory + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        throw ReadError(file.errorString().toStdString());
    return file.readAll();
}

void CatalogReader::readManifest(Catalog& catalog) const
{
    JsonTableReader reader;
    int id = -1, title = -1, asOf = -1, licence = -1, upstream = -1;
    reader.parse(fileContents(QStringLiteral("manifest.json")), [&](const std::string& table, Row row) {
        if (table != "sources")
            return;
        if (id < 0) {
            id = reader.requireColumn(table, "id");
            asOf = reader.requireColumn(table, "asOf");
            title = reader.column(table, "title");
            licence = reader.column(table, "licence");
            upstream = reader.column(table, "upstream");
        }
        catalog.m_sources.push_back(CatalogSource {
            text(row, id), text(row, title), text(row, asOf), text(row, licence), text(row, upstream) });
    });
    checkFormat(reader);
    catalog.m_catalogDate = reader.string("catalogDate");
}

void CatalogReader::readRegions(Catalog& catalog) const
{
    JsonTableReader reader;
    std::vector<QString> ids;
    // Spellings without spaces ("eastus2", "useast2") fold onto one key; keys that would name two regions
    // are dropped rather than guessed.
    QHash<QString, QString> compact;
    QSet<QString> ambiguous;
    int azure = -1, aws = -1, gcp = -1;
    reader.parse(fileContents(QStringLiteral("regions.json")), [&](const std::string& table, Row row) {
        if (table == "azureRegions") {
            ids.push_back(text(row, 0));
            catalog.m_azureRegionNames.insert(ids.back(), text(row, 1));
        } else if (table == "azureAliases") {
            const QString alias = text(row, 0);
            const QString region = ids.at(static_cast<std::size_t>(index(row, 1, -1)));
            catalog.m_azureAliases.insert(alias, region);
            const QString key = compactRegionKey(alias);
            if (const auto it = compact.constFind(key); it != compact.cend() && *it != region)
                ambiguous.insert(key);
            compact.insert(key, region);
        } else if (table == "azureCoordinates") {
            catalog.m_azureCoordinates.insert(text(row, 0), GeoCoordinate { number(row, 1), number(row, 2) });
        } else if (table == "targetCoordinates") {
            if (const std::optional<Cloud> cloud = cloudFromId(text(row, 0)))
                catalog.m_regionCoordinates[static_cast<std::size_t>(*cloud)].insert(
                    text(row, 1).toLower(), GeoCoordinate { number(row, 2), number(row, 3) });
        } else if (table == "equivalence") {
            if (azure < 0) {
                azure = reader.requireColumn(table, "azure");
                aws = reader.requireColumn(table, "aws");
                gcp = reader.requireColumn(table, "gcp");
            }
            catalog.m_regionEquivalenceIndex.insert(
                text(row, azure), static_cast<int>(catalog.m_regionEquivalences.size()));
            catalog.m_regionEquivalences.push_back(RegionEquivalence { text(row, azure), text(row, aws),
                text(row, gcp), text(row, reader.column(table, "azureLocation")),
                text(row, reader.column(table, "awsLocation")),
                text(row, reader.column(table, "gcpLocation")), text(row, reader.column(table, "note")) });
        }
    });
    checkFormat(reader);
    for (const QString& id : ids)
        compact.insert(id, id);
    for (const QString& key : std::as_const(ambiguous))
        compact.remove(key);
    catalog.m_azureCompactAliases = std::move(compact);
}

void CatalogReader::readPricingUnits(Catalog& catalog) const
{
    JsonTableReader reader;
    int unit = -1, block = -1, distinct = -1;
    reader.parse(fileContents(QStringLiteral("pricing_units.json")), [&](const std::string& table, Row row) {
        if (unit < 0) {
            unit = reader.requireColumn(table, "unitOfMeasure");
            block = reader.requireColumn(table, "blockSize");
            distinct = reader.requireColumn(table, "distinctUnits");
        }
        const int position = static_cast<int>(catalog.m_pricingUnits.size());
        catalog.m_pricingUnits.push_back(
            PricingUnit { text(row, unit), number(row, block), text(row, distinct) });
        const QString& spelling = catalog.m_pricingUnits.back().unitOfMeasure;
        catalog.m_pricingUnitExact.insert(spelling, position);
        const QString folded = spelling.simplified().toLower();
        if (!catalog.m_pricingUnitFolded.contains(folded))
            catalog.m_pricingUnitFolded.insert(folded, position);
    });
    checkFormat(reader);
}

void CatalogReader::readFamilies(Catalog& catalog) const
{
    JsonTableReader reader;
    reader.parse(fileContents(QStringLiteral("vm_families.json")), [&](const std::string& table, Row row) {
        const auto column
            = [&](std::string_view name) { return text(row, reader.requireColumn(table, name)); };
        catalog.m_familyEquivalences.push_back(FamilyEquivalence { column("category"), column("azureSeries"),
            column("azureSize"), column("awsFamily"), column("awsType"), column("gcpFamily"),
            column("gcpType"), text(row, reader.column(table, "note")) });
    });
    checkFormat(reader);
}

void CatalogReader::readVms(Catalog& catalog, VmTable& table) const
{
    VmFileReader(catalog, table).read(fileContents(QStringLiteral("vm_%1.json").arg(cloudId(table.cloud()))));
}

} // namespace cloudshift

namespace cloudshift {

void CatalogReader::readRates(Catalog& catalog) const
{
    JsonTableReader reader;
    std::array<int, 10> c {};
    bool ready = false;
    // Rows name their source by id; the id's date is looked up once per id, not per row.
    QHash<QString, QString> dates;
    reader.parse(fileContents(QStringLiteral("rates.json")), [&](const std::string& table, Row row) {
        if (table != "rates")
            return;
        if (!ready) {
            static constexpr std::array<std::string_view, 10> names { "cloud", "kind", "product", "region",
                "unit", "usd", "tierStart", "scope", "source", "note" };
            for (std::size_t i = 0; i < names.size(); ++i)
                c[i] = i < 6 || i == 8 ? reader.requireColumn(table, names[i])
                                       : reader.column(table, names[i]);
            ready = true;
        }
        Rate rate;
        const std::optional<Cloud> cloud = cloudFromId(text(row, c[0]));
        if (!cloud)
            throw ReadError("unknown cloud \"" + text(row, c[0]).toStdString() + '"');
        rate.cloud = *cloud;
        rate.kind = text(row, c[1]);
        rate.product = text(row, c[2]);
        rate.region = text(row, c[3]);
        rate.unit = text(row, c[4]);
        rate.usd = number(row, c[5]);
        const double tier = number(row, c[6]);
        rate.tierStart = std::isnan(tier) ? 0.0 : tier;
        const QString scope = text(row, c[7]);
        rate.scope = scope == u"global" ? RateScope::Global
            : scope == u"reference"     ? RateScope::Reference
                                        : RateScope::Region;
        rate.source = text(row, c[8]);
        auto date = dates.constFind(rate.source);
        if (date == dates.cend()) {
            const std::optional<CatalogSource> source = catalog.source(rate.source);
            if (!source)
                throw ReadError(
                    "rate source \"" + rate.source.toStdString() + "\" is not listed in manifest.json");
            date = dates.insert(rate.source, source->asOf);
        }
        rate.sourceDate = *date;
        rate.note = text(row, c[9]);
        catalog.m_rates.add(std::move(rate));
    });
    checkFormat(reader);
}

void CatalogReader::readServices(Catalog& catalog) const
{
    JsonTableReader reader;
    reader.parse(fileContents(QStringLiteral("services.json")), [&](const std::string& table, Row row) {
        const auto column
            = [&](std::string_view name) { return text(row, reader.requireColumn(table, name)); };
        const auto value
            = [&](std::string_view name) { return number(row, reader.requireColumn(table, name)); };
        if (table == "equivalence") {
            catalog.m_services.push_back(ServiceEquivalence { column("category"), column("azureService"),
                column("azureMeterCategory"), column("awsService"), column("awsProductCode"),
                column("gcpService"), column("gcpBillingService"), column("billingDimension") });
        } else if (table == "diskTiers") {
            AzureDiskTier tier { column("tier"), column("kind"), value("sizeGiB"), value("iops"),
                value("mbps") };
            catalog.m_diskTiers.insert(tier.tier.toLower(), tier);
        } else if (table == "appServicePlans") {
            AppServicePlan plan { column("sku"), column("tier"), value("vcpu"), value("memoryGiB") };
            catalog.m_appServicePlans.insert(plan.sku.toLower(), plan);
        } else if (table == "sqlDtuTiers") {
            SqlDtuTier tier { column("tier"), column("edition"), value("dtus") };
            catalog.m_sqlDtuTiers.insert(tier.tier.toLower(), tier);
        } else if (table == "commitments") {
            const std::optional<Cloud> cloud = cloudFromId(column("cloud"));
            if (!cloud)
                throw ReadError("unknown cloud in commitments");
            catalog.m_commitments.push_back(CommitmentDiscount { *cloud, column("service"),
                static_cast<int>(value("termYears")), column("offering"), column("upfront"),
                value("discount"), column("source"), column("note") });
        }
    });
    checkFormat(reader);
}

} // namespace cloudshift
