#include "vmtable.h"

#include <cmath>
#include <limits>

namespace cloudshift {

namespace {

std::optional<double> optionalValue(double value)
{
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

} // namespace

VmTable::VmTable(Cloud cloud)
    : m_cloud(cloud)
{
}

int VmTable::typeIndex(const QString& sku) const
{
    return m_typeIndex.value(sku.trimmed().toLower(), -1);
}

int VmTable::regionIndex(const QString& region) const
{
    return m_regionIndex.value(region.trimmed().toLower(), -1);
}

int VmTable::rowIndex(int region, int type) const
{
    if (region < 0 || type < 0 || region >= static_cast<int>(m_rowByRegionAndType.size()))
        return -1;
    const auto& rows = m_rowByRegionAndType[static_cast<std::size_t>(region)];
    return type < static_cast<int>(rows.size()) ? rows[static_cast<std::size_t>(type)] : -1;
}

double VmTable::value(int region, int type, PriceColumn column) const
{
    const int row = rowIndex(region, type);
    return row < 0 ? std::numeric_limits<double>::quiet_NaN()
                   : m_rows[static_cast<std::size_t>(row)].values[static_cast<std::size_t>(column)];
}

QString VmTable::sourceId(int region, int type) const
{
    const int row = rowIndex(region, type);
    return row < 0 ? QString() : m_sourceIds.value(m_rows[static_cast<std::size_t>(row)].source);
}

QString VmTable::sourceDate(int region, int type) const
{
    const int row = rowIndex(region, type);
    return row < 0 ? QString() : m_sourceDates.value(m_rows[static_cast<std::size_t>(row)].source);
}

std::optional<VmPrice> VmTable::price(int region, int type) const
{
    const int row = rowIndex(region, type);
    if (row < 0)
        return std::nullopt;
    const Row& r = m_rows[static_cast<std::size_t>(row)];
    VmPrice price;
    price.region = m_regions.at(region);
    price.linuxUsdPerHour = optionalValue(r.values[Linux]);
    price.windowsUsdPerHour = optionalValue(r.values[Windows]);
    price.spotUsdPerHour = optionalValue(r.values[Spot]);
    price.sustainedUseMonthUsd = optionalValue(r.values[SustainedUseMonth]);
    price.commitment1yMonthUsd = optionalValue(r.values[Commitment1yMonth]);
    price.commitment3yMonthUsd = optionalValue(r.values[Commitment3yMonth]);
    price.windowsLicenseUsdPerHour = optionalValue(r.values[WindowsLicense]);
    price.windowsMethod = m_windowsMethod;
    price.source = m_sourceIds.value(r.source);
    price.sourceDate = m_sourceDates.value(r.source);
    if (price.spotUsdPerHour && m_spotSource >= 0) {
        price.spotSource = m_sourceIds.value(m_spotSource);
        price.spotSourceDate = m_sourceDates.value(m_spotSource);
    }
    return price;
}

int VmTable::addType(VmType type)
{
    const int index = typeCount();
    m_typeIndex.insert(type.sku.toLower(), index);
    m_types.push_back(std::move(type));
    return index;
}

void VmTable::setSources(const QStringList& ids, const QStringList& dates, int spotSource)
{
    m_sourceIds = ids;
    m_sourceDates = dates;
    m_spotSource = spotSource;
}

void VmTable::setRegions(const QStringList& regions)
{
    m_regions = regions;
    m_regionIndex.clear();
    for (int i = 0; i < regions.size(); ++i)
        m_regionIndex.insert(regions.at(i).toLower(), i);
    m_rowByRegionAndType.assign(static_cast<std::size_t>(regions.size()),
        std::vector<std::int32_t>(static_cast<std::size_t>(typeCount()), -1));
}

void VmTable::addPrice(int region, int type, int source, const PriceValues& values)
{
    if (region < 0 || region >= m_regions.size() || type < 0 || type >= typeCount())
        return;
    m_rowByRegionAndType[static_cast<std::size_t>(region)][static_cast<std::size_t>(type)]
        = static_cast<std::int32_t>(m_rows.size());
    m_rows.push_back(Row { values, static_cast<std::int16_t>(source) });
}

int VmTable::ensureType(const VmType& type)
{
    int index = typeIndex(type.sku);
    if (index < 0) {
        index = addType(type);
        for (auto& region : m_rowByRegionAndType)
            region.push_back(-1);
    }
    return index;
}

int VmTable::ensureRegion(const QString& region)
{
    int index = regionIndex(region);
    if (index < 0) {
        index = static_cast<int>(m_regions.size());
        m_regions.append(region.trimmed());
        m_regionIndex.insert(region.trimmed().toLower(), index);
        m_rowByRegionAndType.emplace_back(static_cast<std::size_t>(typeCount()), -1);
    }
    return index;
}

int VmTable::ensureSource(const QString& id, const QString& date)
{
    const int index = static_cast<int>(m_sourceIds.indexOf(id));
    if (index >= 0) {
        m_sourceDates[index] = date;
        return index;
    }
    m_sourceIds.append(id);
    m_sourceDates.append(date);
    return static_cast<int>(m_sourceIds.size()) - 1;
}

void VmTable::overridePrice(int region, int type, PriceColumn column, double value, int source)
{
    int row = rowIndex(region, type);
    if (row < 0) {
        PriceValues empty;
        empty.fill(std::numeric_limits<double>::quiet_NaN());
        addPrice(region, type, source, empty);
        row = rowIndex(region, type);
        if (row < 0)
            return;
    }
    Row& r = m_rows[static_cast<std::size_t>(row)];
    if (column == Linux && !std::isnan(r.values[Linux]) && !std::isnan(r.values[Windows])) {
        // 0.046 USD per vCPU-hour: the rule the compiled AWS and Azure Windows prices follow.
        const double surcharge = r.values[Windows] - r.values[Linux];
        if (std::abs(surcharge - 0.046 * m_types[static_cast<std::size_t>(type)].vcpu) < 1e-6)
            r.values[Windows] = value + surcharge;
    }
    r.values[static_cast<std::size_t>(column)] = value;
    r.source = static_cast<std::int16_t>(source);
}

} // namespace cloudshift
