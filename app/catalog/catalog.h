#pragma once

#include "catalog/appserviceplan.h"
#include "catalog/azuredisktier.h"
#include "catalog/catalogsource.h"
#include "catalog/catalogvm.h"
#include "catalog/cloud.h"
#include "catalog/commitmentdiscount.h"
#include "catalog/familyequivalence.h"
#include "catalog/geocoordinate.h"
#include "catalog/pricingunit.h"
#include "catalog/ratetable.h"
#include "catalog/regionequivalence.h"
#include "catalog/serviceequivalence.h"
#include "catalog/sqldtutier.h"
#include "catalog/vmtable.h"
#include "catalog/vmtype.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace cloudshift {

/// The price catalog: VM shapes and prices of Azure, AWS and Google Cloud per region; unit rates of
/// disks, object storage, egress, databases and other services; Azure region and unit spellings; and the
/// region, VM-family and service equivalence tables, each row traceable to a source and date.
///
/// The default catalog is compiled from public data by tools/compile_catalog.py and embedded as Qt
/// resources under ":/catalog"; a Catalog can also be read from a folder holding the same files. Prices
/// imported from official price files (CatalogOverlay) are laid over it. A Catalog is immutable once
/// constructed and overlaid, so one instance can be shared by any number of threads.
class Catalog
{
public:
    /// Reads the files listed in tools/README.md from the folder. On failure the catalog is empty and
    /// errorString() says which file is wrong.
    explicit Catalog(const QString& directory = QStringLiteral(":/catalog"));

    /// The embedded catalog with the user's imported prices (overlayPath()) laid over it, read on first
    /// use (thread-safe). A broken overlay is reported with qWarning and left out.
    static const Catalog& embedded();
    /// Where imported prices persist: catalog-overlay.json under QStandardPaths::AppDataLocation.
    static QString overlayPath();
    /// Lays the prices of an overlay file (see CatalogOverlay) over this catalog: imported rows replace
    /// embedded ones and carry their own source and date. A missing file is not an error. Call before
    /// sharing the catalog between threads.
    bool applyOverlay(const QString& path, QString* error = nullptr);
    /// Sources the applied overlay added (empty when none).
    const std::vector<CatalogSource>& overlaySources() const { return m_overlaySources; }

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    /// Newest as-of date among the embedded price sources: "2026-07-30".
    QString catalogDate() const { return m_catalogDate; }
    const std::vector<CatalogSource>& sources() const { return m_sources; }
    std::optional<CatalogSource> source(const QString& id) const;

    /// Any spelling seen in Azure bills ("EastUS2", "US East 2", "uk south", "(Europe) UK South")
    /// → ARM region id ("eastus2", "uksouth"); case-insensitive.
    std::optional<QString> normalizeAzureRegion(const QString& raw) const;
    /// "East US 2" for "eastus2"; empty when unknown.
    QString azureRegionName(const QString& regionId) const;
    std::optional<GeoCoordinate> azureRegionCoordinate(const QString& regionId) const;
    /// Coordinates of an AWS or Google Cloud region (Azure: as azureRegionCoordinate()).
    std::optional<GeoCoordinate> regionCoordinate(Cloud cloud, const QString& region) const;
    /// AWS or Google Cloud regions with known coordinates.
    QStringList locatedRegions(Cloud cloud) const;

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

    /// Unit rates other than VM-hours; see RateTable for how a region is matched.
    const RateTable& rates() const { return m_rates; }
    std::optional<Rate> rate(
        Cloud cloud, const QString& kind, const QString& product, const QString& region) const
    {
        return m_rates.find(cloud, kind, product, region);
    }
    const std::vector<ServiceEquivalence>& serviceEquivalences() const { return m_services; }
    /// The equivalence row whose typical meter category names this one ("Log Analytics"); case-insensitive.
    std::optional<ServiceEquivalence> serviceForMeterCategory(const QString& meterCategory) const;
    /// "P10" → 128 GiB premium SSD; case-insensitive.
    std::optional<AzureDiskTier> azureDiskTier(const QString& tier) const;
    /// "P1v3", "P1 v3", "p1v3" → 2 vCPU 8 GiB.
    std::optional<AppServicePlan> appServicePlan(const QString& sku) const;
    /// "S2" → 50 DTUs, Standard; case-insensitive.
    std::optional<SqlDtuTier> sqlDtuTier(const QString& tier) const;
    const std::vector<CommitmentDiscount>& commitmentDiscounts() const { return m_commitments; }
    /// The published discount for a term, nullopt when the catalog has none.
    std::optional<CommitmentDiscount> commitmentDiscount(Cloud cloud, const QString& service, int termYears,
        const QString& offering, const QString& upfront) const;

private:
    friend class CatalogOverlay;
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
    std::array<QHash<QString, GeoCoordinate>, 3>
        m_regionCoordinates; ///< AWS and GCP (Azure: m_azureCoordinates)
    RateTable m_rates;
    std::vector<ServiceEquivalence> m_services;
    QHash<QString, AzureDiskTier> m_diskTiers; ///< by lower-case tier
    QHash<QString, AppServicePlan> m_appServicePlans; ///< by lower-case sku without spaces
    QHash<QString, SqlDtuTier> m_sqlDtuTiers; ///< by lower-case tier
    std::vector<CommitmentDiscount> m_commitments;
    std::vector<CatalogSource> m_overlaySources;
    std::array<VmTable, 3> m_vms { VmTable(Cloud::Azure), VmTable(Cloud::Aws), VmTable(Cloud::Gcp) };
};

} // namespace cloudshift
