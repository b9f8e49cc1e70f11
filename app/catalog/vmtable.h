#pragma once

#include "catalog/cloud.h"
#include "catalog/vmprice.h"
#include "catalog/vmtype.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace cloudshift {

/// The VM types of one cloud and their prices per region.
///
/// Prices are kept as plain doubles in a row per (region, type) and looked up through a dense index
/// per region, so the mapper can scan every type of a region without hashing. A VmPrice with its
/// strings is only assembled when a caller asks for one.
class VmTable
{
public:
    enum PriceColumn {
        Linux,
        Windows,
        Spot,
        SustainedUseMonth,
        Commitment1yMonth,
        Commitment3yMonth,
        WindowsLicense,
        PriceColumnCount
    };
    using PriceValues = std::array<double, PriceColumnCount>; ///< NaN where the catalog has no value

    explicit VmTable(Cloud cloud = Cloud::Azure);

    Cloud cloud() const { return m_cloud; }

    int typeCount() const { return static_cast<int>(m_types.size()); }
    const VmType& type(int index) const { return m_types[static_cast<std::size_t>(index)]; }
    /// Case-insensitive; -1 when unknown.
    int typeIndex(const QString& sku) const;

    const QStringList& regions() const { return m_regions; }
    /// Case-insensitive; -1 when the cloud has no prices for that region.
    int regionIndex(const QString& region) const;

    /// Number of (region, type) pairs with prices.
    int priceCount() const { return static_cast<int>(m_rows.size()); }
    bool hasPrice(int region, int type) const { return rowIndex(region, type) >= 0; }
    /// NaN when the type is not priced there or the column is empty.
    double value(int region, int type, PriceColumn column) const;
    std::optional<VmPrice> price(int region, int type) const;
    /// Source id and date of a type's on-demand price in a region (empty when not priced).
    QString sourceId(int region, int type) const;
    QString sourceDate(int region, int type) const;

    // Filled by the catalog reader: types first, then sources and regions, then prices.
    int addType(VmType type);
    void setSources(const QStringList& ids, const QStringList& dates, int spotSource);
    void setWindowsMethod(const QString& method) { m_windowsMethod = method; }
    void setRegions(const QStringList& regions);
    void addPrice(int region, int type, int source, const PriceValues& values);

    // Used by CatalogOverlay to lay imported prices over the compiled ones.
    /// Index of the type, added (with the given shape) when the table does not know it.
    int ensureType(const VmType& type);
    /// Index of the region, added when the table has no prices there yet.
    int ensureRegion(const QString& region);
    /// Index of the source, added with its date when new.
    int ensureSource(const QString& id, const QString& date);
    /// Sets one price of (region, type); the row's source becomes the given one. Setting Linux on a row
    /// whose Windows price followed the per-vCPU licence rule moves the Windows price with it.
    void overridePrice(int region, int type, PriceColumn column, double value, int source);

private:
    struct Row
    {
        PriceValues values {};
        std::int16_t source = 0;
    };

    int rowIndex(int region, int type) const;

    Cloud m_cloud;
    std::vector<VmType> m_types;
    QHash<QString, int> m_typeIndex;
    QStringList m_regions;
    QHash<QString, int> m_regionIndex;
    QStringList m_sourceIds;
    QStringList m_sourceDates;
    int m_spotSource = -1;
    QString m_windowsMethod;
    std::vector<Row> m_rows;
    std::vector<std::vector<std::int32_t>> m_rowByRegionAndType;
};

} // namespace cloudshift
