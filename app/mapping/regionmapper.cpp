#include "regionmapper.h"

#include <limits>

namespace cloudshift {

namespace {

QString regionFor(const RegionEquivalence& row, Cloud target)
{
    switch (target) {
    case Cloud::Aws:
        return row.awsRegion;
    case Cloud::Gcp:
        return row.gcpRegion;
    case Cloud::Azure:
        return row.azureRegion;
    }
    return {};
}

} // namespace

RegionMapper::RegionMapper(const Catalog& catalog)
    : m_catalog(catalog)
{
}

RegionMatch RegionMapper::map(const QString& raw, Cloud target) const
{
    return map(raw, target, QString());
}

RegionMatch RegionMapper::map(const QString& raw, Cloud target, const QString& targetOverride) const
{
    RegionMatch match;
    const std::optional<QString> azure = m_catalog.normalizeAzureRegion(raw);
    if (!azure) {
        match.note = QStringLiteral("unknown Azure region \"%1\"").arg(raw.trimmed());
        return match;
    }
    match.azureRegion = *azure;
    const VmTable& table = m_catalog.vmTable(target);
    if (!targetOverride.trimmed().isEmpty()) {
        const int index = table.regionIndex(targetOverride);
        if (index < 0) {
            match.note = QStringLiteral("no %1 prices for the chosen region %2")
                             .arg(cloudDisplayName(target), targetOverride.trimmed());
            return match;
        }
        match.region = table.regions().at(index);
        match.confidence = Confidence::Exact;
        match.note = QStringLiteral("region %1 chosen by the user").arg(match.region);
        return match;
    }
    if (target == Cloud::Azure) {
        match.region = *azure;
        match.confidence = Confidence::Exact;
        return match;
    }

    // Canary and staging regions ("eastus2euap") sit beside their parent region and have no coordinates.
    QString located = *azure;
    std::optional<GeoCoordinate> here = m_catalog.azureRegionCoordinate(located);
    for (const QLatin1String suffix : { QLatin1String("euap"), QLatin1String("stg") }) {
        if (!here && located.endsWith(suffix)) {
            located.chop(suffix.size());
            here = m_catalog.azureRegionCoordinate(located);
        }
    }
    if (!here) {
        if (const auto row = m_catalog.regionEquivalence(*azure)) {
            match.region = regionFor(*row, target);
            match.confidence = Confidence::Close;
            match.note = QStringLiteral("%1 has no known location; %2 from the region table")
                             .arg(*azure, match.region);
            return match;
        }
        match.note = QStringLiteral("%1 has no known location").arg(*azure);
        return match;
    }

    QString nearest;
    double nearestKm = std::numeric_limits<double>::max();
    for (const QString& region : m_catalog.locatedRegions(target)) {
        if (table.regionIndex(region) < 0)
            continue;
        const double km = here->distanceKmTo(*m_catalog.regionCoordinate(target, region));
        if (km < nearestKm) {
            nearestKm = km;
            nearest = region;
        }
    }
    if (nearest.isEmpty()) {
        match.note
            = QStringLiteral("no %1 region with prices and a known location").arg(cloudDisplayName(target));
        return match;
    }
    match.region = table.regions().at(table.regionIndex(nearest));
    match.distanceKm = nearestKm;
    match.confidence = nearestKm <= kSameAreaKm ? Confidence::Exact
        : nearestKm <= kNearbyKm                ? Confidence::Close
                                                : Confidence::Approximate;
    if (match.confidence != Confidence::Exact)
        match.note
            = QStringLiteral("nearest %1 region %2 is %3 km from %4")
                  .arg(cloudDisplayName(target), match.region, QString::number(qRound(nearestKm)), *azure);
    return match;
}

} // namespace cloudshift
