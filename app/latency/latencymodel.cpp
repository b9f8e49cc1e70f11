#include "latencymodel.h"

#include <QByteArray>

#include <algorithm>
#include <cstdint>

namespace cloudshift {

namespace {

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

void LatencyModel::setClass(PathClass pathClass, double interceptMs, double routeFactor)
{
    m_classes[static_cast<std::size_t>(index(pathClass))] = { interceptMs, routeFactor };
}

QString LatencyModel::routeKey(PathClass pathClass, const QString& groupA, const QString& groupB)
{
    // Route factors are symmetric: the tool fits them on the sorted pair.
    const bool ordered = groupA <= groupB;
    return QString::number(index(pathClass)) + QLatin1Char('|') + (ordered ? groupA : groupB)
        + QLatin1Char('|') + (ordered ? groupB : groupA);
}

void LatencyModel::setRouteFactor(
    PathClass pathClass, const QString& groupA, const QString& groupB, double factor)
{
    m_routeFactors.insert(routeKey(pathClass, groupA, groupB), factor);
}

void LatencyModel::setRegionFactor(const QString& region, double factor)
{
    m_regionFactors.insert(region, factor);
}

void LatencyModel::addBand(PathClass pathClass, double fromKm, double low, double high)
{
    auto& bands = m_bands[static_cast<std::size_t>(index(pathClass))];
    bands.push_back({ fromKm, low, high });
    std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) { return a.fromKm < b.fromKm; });
}

void LatencyModel::setIntraRegion(double rttMs, double lowMs, double highMs)
{
    m_intraRegion = { rttMs, lowMs, highMs, 0.0,
        QStringLiteral("same region: median of the intra-region values in the tables") };
}

LatencyModel::Prediction LatencyModel::intraRegion() const
{
    return m_intraRegion;
}

LatencyModel::Prediction LatencyModel::predict(PathClass pathClass, const QString& fromId,
    const RegionPoint& from, const QString& toId, const RegionPoint& to) const
{
    const ClassParameters& parameters = m_classes[static_cast<std::size_t>(index(pathClass))];
    const auto route = m_routeFactors.constFind(routeKey(pathClass, from.group, to.group));
    const bool fittedPair = route != m_routeFactors.cend();
    const double k = fittedPair ? *route : parameters.routeFactor;
    const double fromFactor = fromId.isEmpty() ? 1.0 : regionFactor(fromId);
    const double toFactor = toId.isEmpty() ? 1.0 : regionFactor(toId);

    Prediction p;
    p.distanceKm = from.coordinate.distanceKmTo(to.coordinate);
    p.rttMs = (parameters.interceptMs + k * p.distanceKm / 100.0) * fromFactor * toFactor;
    double low = 1.0;
    double high = 1.0;
    for (const Band& band : m_bands[static_cast<std::size_t>(index(pathClass))]) {
        if (p.distanceKm >= band.fromKm) {
            low = band.low;
            high = band.high;
        }
    }
    p.lowMs = p.rttMs * low;
    p.highMs = p.rttMs * high;
    p.basis = QStringLiteral(
        "model: %1 km great circle × route factor %2 (%3) / 100 km/ms + %4 ms, region factors %5 × %6")
                  .arg(number(p.distanceKm, 0), number(k, 2),
                      fittedPair ? from.group + QLatin1Char('-') + to.group
                                 : QStringLiteral("class-wide, %1-%2 not fitted").arg(from.group, to.group),
                      number(parameters.interceptMs, 1), number(fromFactor, 2), number(toFactor, 2));
    return p;
}

int LatencyModel::foldOf(const QString& a, const QString& b, int folds)
{
    const QByteArray key = (a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a).toUtf8();
    std::uint32_t hash = 0x811C9DC5u;
    for (const char c : key) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x01000193u;
    }
    return static_cast<int>(hash % static_cast<std::uint32_t>(folds));
}

} // namespace cloudshift
