#include "vmfilereader.h"

#include "catalog/catalog.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace cloudshift {

namespace {

enum TypeColumn { Sku, Family, Vcpu, Memory, Gpu, Arch, Category, Equivalence, WindowsRule };

const JsonTableReader::Cell& at(JsonTableReader::Row row, int column)
{
    static const JsonTableReader::Cell missing;
    return column >= 0 && static_cast<std::size_t>(column) < row.size()
        ? row[static_cast<std::size_t>(column)]
        : missing;
}

double zeroIfMissing(double value)
{
    return std::isnan(value) ? 0.0 : value;
}

int index(JsonTableReader::Row row, int column, int fallback)
{
    const JsonTableReader::Cell& cell = at(row, column);
    return cell.isNull() ? fallback : static_cast<int>(cell.toDouble());
}

} // namespace

VmFileReader::VmFileReader(const Catalog& catalog, VmTable& table)
    : m_catalog(catalog)
    , m_table(table)
{
}

void VmFileReader::read(const QByteArray& bytes)
{
    m_reader.parse(bytes, [this](const std::string& table, JsonTableReader::Row row) {
        if (table == "prices")
            addPrice(row);
        else if (table == "types")
            addType(row);
    });
    if (m_reader.number("format") != 1)
        throw std::runtime_error("unsupported catalog format");
    if (!m_pricesReady)
        preparePrices();
    if (m_rowsLeftInRegion != 0 || m_region < static_cast<int>(m_regionRows.size()) - 1)
        throw std::runtime_error("regionRows does not match the number of price rows");
}

void VmFileReader::addType(JsonTableReader::Row row)
{
    if (!m_typesReady) {
        static constexpr std::array<std::string_view, 9> names { "sku", "family", "vcpu", "memoryGiB", "gpu",
            "arch", "category", "equivalence", "windowsRule" };
        for (std::size_t i = 0; i < names.size(); ++i)
            m_typeColumns[i]
                = i < 4 ? m_reader.requireColumn("types", names[i]) : m_reader.column("types", names[i]);
        m_typesReady = true;
    }
    const auto text = [&](TypeColumn c) { return at(row, m_typeColumns[c]).toString(); };
    const auto number = [&](TypeColumn c) { return zeroIfMissing(at(row, m_typeColumns[c]).toDouble()); };
    m_table.addType(VmType { text(Sku), text(Family), number(Vcpu), number(Memory), number(Gpu), text(Arch),
        text(Category), index(row, m_typeColumns[Equivalence], -1) });
    m_windowsRule.push_back(index(row, m_typeColumns[WindowsRule], 0) != 0);
}

// The table's metadata (sources, regions, columns) precedes its rows, so this runs at the first row.
void VmFileReader::preparePrices()
{
    m_pricesReady = true;
    QStringList ids = m_reader.strings("prices.sources");
    const QString spotSource = m_reader.string("prices.spotSource", QString());
    if (!spotSource.isEmpty() && !ids.contains(spotSource))
        ids.append(spotSource);
    QStringList dates;
    for (const QString& id : std::as_const(ids)) {
        const std::optional<CatalogSource> source = m_catalog.source(id);
        if (!source)
            throw std::runtime_error(
                "price source \"" + id.toStdString() + "\" is not listed in manifest.json");
        dates.append(source->asOf);
    }
    m_table.setSources(ids, dates, spotSource.isEmpty() ? -1 : static_cast<int>(ids.indexOf(spotSource)));
    m_table.setWindowsMethod(m_reader.string("prices.windowsMethod", QString()));
    const QStringList regions = m_reader.strings("prices.regions");
    m_table.setRegions(regions);
    for (const JsonTableReader::Cell& count : m_reader.cells("prices.regionRows"))
        m_regionRows.push_back(static_cast<int>(count.toDouble()));
    if (m_regionRows.size() != static_cast<std::size_t>(regions.size()))
        throw std::runtime_error("regionRows and regions differ in length");
    m_region = -1;
    m_rowsLeftInRegion = 0;

    m_scale = m_reader.contains("prices.priceScale") ? m_reader.number("prices.priceScale") : 1.0;
    m_windowsPerVcpu
        = m_reader.contains("prices.windowsPerVcpu") ? m_reader.number("prices.windowsPerVcpu") : 0.0;
    m_typeColumn = m_reader.requireColumn("prices", "type");
    m_sourceColumn = m_reader.column("prices", "source");
    static constexpr std::array<std::string_view, VmTable::PriceColumnCount> names { "linux", "windows",
        "spot", "sudMonth", "cud1yMonth", "cud3yMonth", "windowsLicense" };
    for (std::size_t i = 0; i < names.size(); ++i)
        m_priceColumns[i]
            = i == 0 ? m_reader.requireColumn("prices", names[i]) : m_reader.column("prices", names[i]);
}

void VmFileReader::addPrice(JsonTableReader::Row row)
{
    if (!m_pricesReady)
        preparePrices();
    while (m_rowsLeftInRegion == 0) {
        if (++m_region >= static_cast<int>(m_regionRows.size()))
            throw std::runtime_error("more price rows than regionRows counts");
        m_rowsLeftInRegion = m_regionRows[static_cast<std::size_t>(m_region)];
    }
    --m_rowsLeftInRegion;

    VmTable::PriceValues values;
    for (std::size_t i = 0; i < m_priceColumns.size(); ++i)
        values[i] = at(row, m_priceColumns[i]).toDouble();
    const int type = index(row, m_typeColumn, -1);
    if (type < 0 || type >= m_table.typeCount())
        throw std::runtime_error(
            "price row names type " + std::to_string(type) + ", which is not in the types table");
    if (std::isnan(values[VmTable::Windows]) && m_windowsRule[static_cast<std::size_t>(type)])
        values[VmTable::Windows] = values[VmTable::Linux] + m_windowsPerVcpu * m_table.type(type).vcpu;
    // Scaled last: integer micro-USD sums are exact, so 0.192 + 4 × 0.046 reads back as 0.376.
    for (double& value : values)
        value /= m_scale;
    m_table.addPrice(m_region, type, index(row, m_sourceColumn, 0), values);
}

} // namespace cloudshift
