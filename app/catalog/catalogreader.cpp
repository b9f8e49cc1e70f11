#include "catalogreader.h"

#include "catalog/catalog.h"
#include "catalog/jsontablereader.h"
#include "catalog/vmfilereader.h"

#include <QFile>
#include <QSet>

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
        // The three VM tables hold nearly all of the data and share nothing but the (by now read-only)
        // source list, so they are parsed side by side.
        std::vector<std::future<void>> tables;
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
