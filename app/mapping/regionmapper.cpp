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
    RegionMatch match;
    const std::optional<QString> azure = m_catalog.normalizeAzureRegion(raw);
    if (!azure) {
        match.note = QStringLiteral("unknown Azure region \"%1\"").arg(raw.trimmed());
        return match;
    }
    match.azureRegion = *azure;
    if (target == Cloud::Azure) {
        match.region = *azure;
        match.confidence = Confidence::Exact;
        return match;
    }
    if (const auto row = m_catalog.regionEquivalence(*azure)) {
        match.region = regionFor(*row, target);
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
        match.note = QStringLiteral("%1 is not in the region table and has no known location").arg(*azure);
        return match;
    }

    const RegionEquivalence* nearest = nullptr;
    double nearestKm = std::numeric_limits<double>::max();
    for (const RegionEquivalence& row : m_catalog.regionEquivalences()) {
        const std::optional<GeoCoordinate> there = m_catalog.azureRegionCoordinate(row.azureRegion);
        if (!there)
            continue;
        const double km = here->distanceKmTo(*there);
        if (km < nearestKm) {
            nearestKm = km;
            nearest = &row;
        }
    }
    if (!nearest) {
        match.note = QStringLiteral("%1 is not in the region table").arg(*azure);
        return match;
    }
    match.region = regionFor(*nearest, target);
    match.confidence = nearestKm <= kNearbyKm ? Confidence::Close : Confidence::Approximate;
    match.note = QStringLiteral("%1 is not in the region table; using nearest listed region %2 (%3 km)")
                     .arg(*azure, nearest->azureRegion, QString::number(qRound(nearestKm)));
    return match;
}

} // namespace cloudshift
