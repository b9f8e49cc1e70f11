#include "catalog.h"

#include "catalog/catalogoverlay.h"
#include "catalog/catalogreader.h"

#include <QDebug>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cloudshift {

namespace {

// Billing exports and price sheets pad some unit strings and vary their case ("1 Hour", "1 hour", "1 ").
QString foldUnit(const QString& unit)
{
    return unit.simplified().toLower();
}

// "P1 v3", "P1v3" and "p1V3" name one plan.
QString planKey(const QString& sku)
{
    QString key = sku.trimmed().toLower();
    key.remove(QLatin1Char(' '));
    return key;
}

} // namespace

Catalog::Catalog(const QString& directory)
{
    CatalogReader reader(directory);
    if (!reader.read(*this)) {
        // A half-read catalog would price some lines and silently miss others: keep none of it.
        clear();
        m_error = reader.errorString();
    }
}

void Catalog::clear()
{
    m_catalogDate.clear();
    m_sources.clear();
    m_azureRegionNames.clear();
    m_azureAliases.clear();
    m_azureCompactAliases.clear();
    m_azureCoordinates.clear();
    m_pricingUnits.clear();
    m_pricingUnitExact.clear();
    m_pricingUnitFolded.clear();
    m_regionEquivalences.clear();
    m_regionEquivalenceIndex.clear();
    m_familyEquivalences.clear();
    m_regionCoordinates = {};
    m_rates = RateTable();
    m_services.clear();
    m_diskTiers.clear();
    m_appServicePlans.clear();
    m_sqlDtuTiers.clear();
    m_commitments.clear();
    m_overlaySources.clear();
    m_vms = { VmTable(Cloud::Azure), VmTable(Cloud::Aws), VmTable(Cloud::Gcp) };
}

const Catalog& Catalog::embedded()
{
    static const Catalog catalog = [] {
        Catalog c;
        if (!c.isValid()) {
            qWarning().noquote() << "embedded price catalog:" << c.errorString();
            return c;
        }
        QString error;
        if (!c.applyOverlay(overlayPath(), &error))
            qWarning().noquote() << "imported prices left out:" << error;
        return c;
    }();
    return catalog;
}

QString Catalog::overlayPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/catalog-overlay.json");
}

bool Catalog::applyOverlay(const QString& path, QString* error)
{
    CatalogOverlay overlay;
    if (!overlay.load(path)) {
        if (error)
            *error = overlay.errorString();
        return false;
    }
    overlay.applyTo(*this);
    return true;
}

std::optional<CatalogSource> Catalog::source(const QString& id) const
{
    for (const CatalogSource& s : m_sources) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<QString> Catalog::normalizeAzureRegion(const QString& raw) const
{
    QString key = raw.simplified().toLower();
    // The portal writes "(Europe) UK South"; the geography prefix is not part of any spelling in the table.
    static const QRegularExpression geographyPrefix(QStringLiteral("^\\([^)]*\\)\\s*"));
    key.remove(geographyPrefix);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto it = m_azureAliases.constFind(key); it != m_azureAliases.cend())
        return *it;
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (const auto it = m_azureCompactAliases.constFind(key); it != m_azureCompactAliases.cend())
        return *it;
    return std::nullopt;
}

QString Catalog::azureRegionName(const QString& regionId) const
{
    return m_azureRegionNames.value(regionId.trimmed().toLower());
}

std::optional<GeoCoordinate> Catalog::azureRegionCoordinate(const QString& regionId) const
{
    const auto it = m_azureCoordinates.constFind(regionId.trimmed().toLower());
    return it == m_azureCoordinates.cend() ? std::nullopt : std::optional<GeoCoordinate>(*it);
}

std::optional<GeoCoordinate> Catalog::regionCoordinate(Cloud cloud, const QString& region) const
{
    if (cloud == Cloud::Azure)
        return azureRegionCoordinate(region);
    const auto& table = m_regionCoordinates[static_cast<std::size_t>(cloud)];
    const auto it = table.constFind(region.trimmed().toLower());
    return it == table.cend() ? std::nullopt : std::optional<GeoCoordinate>(*it);
}

QStringList Catalog::locatedRegions(Cloud cloud) const
{
    QStringList regions = cloud == Cloud::Azure ? m_azureCoordinates.keys()
                                                : m_regionCoordinates[static_cast<std::size_t>(cloud)].keys();
    regions.sort();
    return regions;
}

std::optional<ServiceEquivalence> Catalog::serviceForMeterCategory(const QString& meterCategory) const
{
    const QString wanted = meterCategory.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    // The table writes alternatives as "Azure Front Door Service / Content Delivery Network" and extras as
    // "Azure Kubernetes Service (control plane tier) + Virtual Machines (nodes)".
    static const QRegularExpression separators(QStringLiteral("\\s*(?:/|\\+)\\s*"));
    static const QRegularExpression remark(QStringLiteral("\\s*\\([^)]*\\)"));
    for (const ServiceEquivalence& service : m_services) {
        for (QString name : service.azureMeterCategory.split(separators, Qt::SkipEmptyParts)) {
            name.remove(remark);
            if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                return service;
        }
    }
    return std::nullopt;
}

std::optional<AzureDiskTier> Catalog::azureDiskTier(const QString& tier) const
{
    const auto it = m_diskTiers.constFind(tier.trimmed().toLower());
    return it == m_diskTiers.cend() ? std::nullopt : std::optional<AzureDiskTier>(*it);
}

std::optional<AppServicePlan> Catalog::appServicePlan(const QString& sku) const
{
    const auto it = m_appServicePlans.constFind(planKey(sku));
    return it == m_appServicePlans.cend() ? std::nullopt : std::optional<AppServicePlan>(*it);
}

std::optional<SqlDtuTier> Catalog::sqlDtuTier(const QString& tier) const
{
    const auto it = m_sqlDtuTiers.constFind(tier.trimmed().toLower());
    return it == m_sqlDtuTiers.cend() ? std::nullopt : std::optional<SqlDtuTier>(*it);
}

std::optional<CommitmentDiscount> Catalog::commitmentDiscount(
    Cloud cloud, const QString& service, int termYears, const QString& offering, const QString& upfront) const
{
    for (const CommitmentDiscount& d : m_commitments) {
        if (d.cloud == cloud && d.service == service && d.termYears == termYears && d.offering == offering
            && d.upfront == upfront)
            return d;
    }
    return std::nullopt;
}

std::optional<PricingUnit> Catalog::pricingUnit(const QString& unitOfMeasure) const
{
    int index = m_pricingUnitExact.value(unitOfMeasure, -1);
    if (index < 0)
        index = m_pricingUnitFolded.value(foldUnit(unitOfMeasure), -1);
    if (index < 0)
        return std::nullopt;
    return m_pricingUnits[static_cast<std::size_t>(index)];
}

QString Catalog::azureSizeKey(const QString& size) const
{
    // Meter names spell sizes with spaces and without the tier prefix: "D4s v5" for Standard_D4s_v5.
    QString key = size.trimmed();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (!key.startsWith(u"standard_", Qt::CaseInsensitive) && !key.startsWith(u"basic_", Qt::CaseInsensitive))
        key.prepend(u"Standard_");
    return key;
}

std::optional<VmType> Catalog::azureVmSize(const QString& size) const
{
    const VmTable& table = vmTable(Cloud::Azure);
    int index = table.typeIndex(size);
    if (index < 0)
        index = table.typeIndex(azureSizeKey(size));
    if (index < 0 || !table.type(index).hasSpec())
        return std::nullopt;
    return table.type(index);
}

std::optional<VmType> Catalog::vmType(Cloud cloud, const QString& sku) const
{
    const VmTable& table = vmTable(cloud);
    int index = table.typeIndex(sku);
    if (index < 0 && cloud == Cloud::Azure)
        index = table.typeIndex(azureSizeKey(sku));
    if (index < 0)
        return std::nullopt;
    return table.type(index);
}

std::optional<CatalogVm> Catalog::vm(Cloud cloud, const QString& region, const QString& sku) const
{
    const VmTable& table = vmTable(cloud);
    int type = table.typeIndex(sku);
    if (type < 0 && cloud == Cloud::Azure)
        type = table.typeIndex(azureSizeKey(sku));
    std::optional<VmPrice> price = table.price(table.regionIndex(region), type);
    if (!price)
        return std::nullopt;
    return CatalogVm { cloud, table.type(type), std::move(*price) };
}

std::optional<RegionEquivalence> Catalog::regionEquivalence(const QString& azureRegion) const
{
    const int index = m_regionEquivalenceIndex.value(azureRegion.trimmed().toLower(), -1);
    if (index < 0)
        return std::nullopt;
    return m_regionEquivalences[static_cast<std::size_t>(index)];
}

} // namespace cloudshift
