#pragma once

#include "catalog/catalogsource.h"
#include "catalog/cloud.h"
#include "catalog/rate.h"
#include "catalog/vmtable.h"

#include <QString>

#include <map>
#include <vector>

namespace cloudshift {

class Catalog;

/// Prices imported from official price files, kept apart from the compiled catalog and laid over it.
///
/// Persisted as one JSON file (Catalog::overlayPath()): {"format": 1, "sources": [...], "vmPrices": [...],
/// "rates": [...]}. Every row names a source with its own date, so an imported price shows where and
/// when it was published. A later import of the same price replaces the earlier one.
class CatalogOverlay
{
public:
    /// One imported VM price. The shape is kept for types the compiled catalog does not know.
    struct VmPrice
    {
        Cloud cloud = Cloud::Aws;
        QString region;
        QString sku;
        VmTable::PriceColumn column = VmTable::Linux; ///< Linux, Windows or Spot
        double usdPerHour = 0.0;
        QString source;
        double vcpu = 0.0;
        double memoryGiB = 0.0;
    };

    /// Reads the file; a missing file leaves the overlay empty and is not an error.
    bool load(const QString& path);
    /// Writes the file atomically, creating its folder.
    bool save(const QString& path);
    QString errorString() const { return m_error; }

    void addSource(const CatalogSource& source);
    void setVmPrice(const VmPrice& price);
    void setRate(const Rate& rate);

    const std::vector<CatalogSource>& sources() const { return m_sources; }
    int vmPriceCount() const { return static_cast<int>(m_vmPrices.size()); }
    int rateCount() const { return static_cast<int>(m_rates.size()); }
    bool isEmpty() const { return m_vmPrices.empty() && m_rates.empty(); }

    /// Lays the prices over the catalog: its sources are added, its rows replace the compiled ones.
    void applyTo(Catalog& catalog) const;

private:
    std::vector<CatalogSource> m_sources;
    std::map<QString, VmPrice> m_vmPrices; ///< by cloud|region|sku|column
    std::map<QString, Rate> m_rates; ///< by cloud|kind|product|region|tier
    QString m_error;
};

} // namespace cloudshift
