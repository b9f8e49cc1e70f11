#pragma once

#include "catalog/catalogsource.h"
#include "catalog/catalogvm.h"
#include "catalog/cloud.h"
#include "catalog/familyequivalence.h"
#include "catalog/geocoordinate.h"
#include "catalog/pricingunit.h"
#include "catalog/regionequivalence.h"
#include "catalog/vmtable.h"
#include "catalog/vmtype.h"

#include <QHash>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace cloudshift {

/// The price catalog: VM shapes and prices of Azure, AWS and Google Cloud per region, Azure region
/// and unit spellings, and the region and VM-family equivalence tables, each row traceable to a
/// source and date.
///
/// The default catalog is compiled from public data by tools/compile_catalog.py and embedded as Qt
/// resources under ":/catalog"; a Catalog can also be read from a folder holding the same files.
/// A Catalog is immutable once constructed, so one instance can be shared by any number of threads.
class Catalog
{
public:
    /// Reads manifest.json, regions.json, pricing_units.json, vm_families.json and vm_{azure,aws,gcp}.json
    /// from the folder. On failure the catalog is empty and errorString() says which file is wrong.
    explicit Catalog(const QString& directory = QStringLiteral(":/catalog"));

    /// The embedded catalog, read on first use (thread-safe).
    static const Catalog& embedded();

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    /// Newest as-of date among the price sources: "2026-07-30".
    QString catalogDate() const { return m_catalogDate; }
    const std::vector<CatalogSource>& sources() const { return m_sources; }
    std::optional<CatalogSource> source(const QString& id) const;

    /// Any spelling seen in Azure bills ("EastUS2", "US East 2", "uk south", "(Europe) UK South")
    /// → ARM region id ("eastus2", "uksouth"); case-insensitive.
    std::optional<QString> normalizeAzureRegion(const QString& raw) const;
    /// "East US 2" for "eastus2"; empty when unknown.
    QString azureRegionName(const QString& regionId) const;
    std::optional<GeoCoordinate> azureRegionCoordinate(const QString& regionId) const;

    /// Block size and distinct unit of an Azure UnitOfMeasure ("100 Hours" → 100, "Hours").
    /// Exact spelling first, then trimmed and case-insensitive.
    std::optional<PricingUnit> pricingUnit(const QString& unitOfMeasure) const;

    /// Shape of an Azure VM size; accepts "Standard_D4s_v5", "standard_d4s_v5" and the meter spelling "D4s
    /// v5". nullopt for sizes the spec tables do not describe.
    std::optional<VmType> azureVmSize(const QString& size) const;
    /// Shape of a type on any cloud, whether or not the spec tables describe it (then vcpu is 0).
    std::optional<VmType> vmType(Cloud cloud, const QString& sku) const;
    /// Shape and prices of a type in a region; nullopt when the catalog has no price for it there.
    std::optional<CatalogVm> vm(Cloud cloud, const QString& region, const QString& sku) const;
    const VmTable& vmTable(Cloud cloud) const { return m_vms[static_cast<std::size_t>(cloud)]; }

    /// Region equivalence for an ARM region id (normalise first); nullopt when the table has no row.
    std::optional<RegionEquivalence> regionEquivalence(const QString& azureRegion) const;
    const std::vector<RegionEquivalence>& regionEquivalences() const { return m_regionEquivalences; }
    const std::vector<FamilyEquivalence>& familyEquivalences() const { return m_familyEquivalences; }

private:
    friend class CatalogReader;

    QString azureSizeKey(const QString& size) const;
    void clear();

    QString m_error;
    QString m_catalogDate;
    std::vector<CatalogSource> m_sources;
    QHash<QString, QString> m_azureRegionNames; ///< id → display name
    QHash<QString, QString> m_azureAliases; ///< lower-case spelling → id
    QHash<QString, QString> m_azureCompactAliases; ///< spelling without spaces → id (ambiguous ones left out)
    QHash<QString, GeoCoordinate> m_azureCoordinates;
    std::vector<PricingUnit> m_pricingUnits;
    QHash<QString, int> m_pricingUnitExact;
    QHash<QString, int> m_pricingUnitFolded;
    std::vector<RegionEquivalence> m_regionEquivalences;
    QHash<QString, int> m_regionEquivalenceIndex;
    std::vector<FamilyEquivalence> m_familyEquivalences;
    std::array<VmTable, 3> m_vms { VmTable(Cloud::Azure), VmTable(Cloud::Aws), VmTable(Cloud::Gcp) };
};

} // namespace cloudshift
