#pragma once

#include "latency/regionpoint.h"

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace cloudshift {

/// The round-trip model for region pairs no table measures, with parameters fitted by
/// tools/compile_latency.py:
///
///     rtt = (intercept[class] + routeFactor[class, group pair] × distanceKm / 100) × f[from] × f[to]
///
/// 100 km per ms is a round trip at 200 km/ms in fibre; the route factor (continent-group pair) stands
/// for the detour of real cables, the intercept for fixed costs, and the region factors for what distance
/// does not explain. The band is the 10th..90th percentile of measured/modelled in cross-validation,
/// per class and distance bucket. Immutable once loaded; safe to share between threads.
class LatencyModel
{
public:
    /// Paths inside one cloud's network, or between two clouds (public peering).
    enum class PathClass { SameCloud, CrossCloud };

    struct Prediction
    {
        double rttMs = 0.0;
        double lowMs = 0.0;
        double highMs = 0.0;
        double distanceKm = 0.0;
        QString basis; ///< the terms used, for display
    };

    void setClass(PathClass pathClass, double interceptMs, double routeFactor);
    void setRouteFactor(PathClass pathClass, const QString& groupA, const QString& groupB, double factor);
    void setRegionFactor(const QString& region, double factor);
    /// The band's multipliers of the modelled value for distances from fromKm up to the next bucket.
    void addBand(PathClass pathClass, double fromKm, double low, double high);
    void setIntraRegion(double rttMs, double lowMs, double highMs);

    bool isValid() const { return m_classes[0].routeFactor > 0.0 && m_classes[1].routeFactor > 0.0; }
    int routeFactorCount() const { return static_cast<int>(m_routeFactors.size()); }
    double regionFactor(const QString& region) const { return m_regionFactors.value(region, 1.0); }

    /// fromId/toId ("azure:westeurope") pick the region factors; an empty id (a user location) uses 1.
    Prediction predict(PathClass pathClass, const QString& fromId, const RegionPoint& from,
        const QString& toId, const RegionPoint& to) const;
    /// Two endpoints in the same region.
    Prediction intraRegion() const;

    /// Cross-validation fold of an unordered pair: FNV-1a 32-bit of "a|b" (a < b, UTF-8) modulo folds, as
    /// in the tool, so both directions and the same pair in several tables share a fold.
    static int foldOf(const QString& a, const QString& b, int folds);

private:
    struct ClassParameters
    {
        double interceptMs = 0.0;
        double routeFactor = 0.0;
    };
    struct Band
    {
        double fromKm = 0.0;
        double low = 1.0;
        double high = 1.0;
    };

    static int index(PathClass pathClass) { return pathClass == PathClass::SameCloud ? 0 : 1; }
    static QString routeKey(PathClass pathClass, const QString& groupA, const QString& groupB);

    std::array<ClassParameters, 2> m_classes;
    std::array<std::vector<Band>, 2> m_bands; ///< sorted by fromKm
    QHash<QString, double> m_routeFactors;
    QHash<QString, double> m_regionFactors;
    Prediction m_intraRegion;
};

} // namespace cloudshift
