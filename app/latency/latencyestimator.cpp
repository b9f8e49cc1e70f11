#include "latencyestimator.h"

#include "catalog/cloud.h"

#include <cmath>
#include <limits>

namespace cloudshift {

namespace {

// Modelled values are shown to 0.1 ms: the band is wider than that everywhere.
double tenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString cloudOf(const QString& id)
{
    return id.section(QLatin1Char(':'), 0, 0);
}

} // namespace

LatencyEstimator::LatencyEstimator(const LatencyData& data, const Catalog* catalog)
    : m_data(data)
    , m_catalog(catalog)
{
}

std::optional<QString> LatencyEstimator::resolve(const QString& text, QString* error) const
{
    const auto fail = [error](const QString& message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(
            QStringLiteral("'%1' is not cloud:region (e.g. azure:westeurope, aws:eu-central-1)").arg(text));
    const std::optional<Cloud> cloud = cloudFromId(text.left(colon));
    if (!cloud)
        return fail(
            QStringLiteral("unknown cloud '%1' in '%2' (azure, aws or gcp)").arg(text.left(colon), text));
    const QString region = text.mid(colon + 1).trimmed().toLower();
    const QString id = cloudId(*cloud) + QLatin1Char(':') + region;
    if (m_data.regions().contains(id) || m_data.isMeasuredRegion(id))
        return id;
    // Azure regions are written many ways in bills ("West Europe", "EU West"): the catalog knows them.
    if (*cloud == Cloud::Azure && m_catalog) {
        if (const auto normalised = m_catalog->normalizeAzureRegion(text.mid(colon + 1))) {
            const QString azure = QStringLiteral("azure:") + *normalised;
            if (m_data.regions().contains(azure) || m_data.isMeasuredRegion(azure))
                return azure;
        }
    }
    return fail(QStringLiteral("unknown region '%1'").arg(text));
}

std::optional<LatencyEstimate> LatencyEstimator::estimate(
    const QString& from, const QString& to, QString* error) const
{
    const std::optional<QString> a = resolve(from, error);
    if (!a)
        return std::nullopt;
    const std::optional<QString> b = resolve(to, error);
    if (!b)
        return std::nullopt;
    if (auto value = measured(*a, *b))
        return value;
    if (auto value = modelled(*a, *b))
        return value;
    if (error) {
        const QString missing = m_data.regions().contains(*a) ? *b : *a;
        *error = QStringLiteral("no measured value for %1 → %2, and %3 has no coordinates to model it from")
                     .arg(*a, *b, missing);
    }
    return std::nullopt;
}

std::optional<LatencyEstimate> LatencyEstimator::measured(const QString& from, const QString& to) const
{
    for (const MeasuredTable& table : m_data.tables()) {
        for (const bool reverse : { false, true }) {
            const auto it = table.rttMs.constFind(
                reverse ? MeasuredTable::pairKey(to, from) : MeasuredTable::pairKey(from, to));
            if (it == table.rttMs.cend())
                continue;
            LatencyEstimate e;
            e.from = from;
            e.to = to;
            e.rttMs = e.lowMs = e.highMs = *it;
            e.source = LatencySource::Measured;
            e.asOf = table.asOf;
            e.table = table.id;
            const auto a = m_data.region(from);
            const auto b = m_data.region(to);
            if (a && b)
                e.distanceKm = a->coordinate.distanceKmTo(b->coordinate);
            e.basis = QStringLiteral("measured: %1 (%2)%3")
                          .arg(table.title, table.asOf,
                              reverse ? QStringLiteral(", reverse direction") : QString());
            return e;
        }
    }
    return std::nullopt;
}

std::optional<LatencyEstimate> LatencyEstimator::modelled(const QString& from, const QString& to) const
{
    return modelled(from, to, m_data.model());
}

std::optional<LatencyEstimate> LatencyEstimator::modelled(
    const QString& from, const QString& to, const LatencyModel& model) const
{
    if (from == to)
        return fromPrediction(from, to, model.intraRegion());
    const auto a = m_data.region(from);
    const auto b = m_data.region(to);
    if (!a || !b)
        return std::nullopt;
    const auto pathClass = cloudOf(from) == cloudOf(to) ? LatencyModel::PathClass::SameCloud
                                                        : LatencyModel::PathClass::CrossCloud;
    return fromPrediction(from, to, model.predict(pathClass, from, *a, to, *b));
}

std::optional<LatencyEstimate> LatencyEstimator::fromLocation(
    const QString& name, const GeoCoordinate& location, const QString& to) const
{
    const auto target = m_data.region(to);
    if (!target)
        return std::nullopt;
    RegionPoint users { location, {} };
    QString nearest;
    double nearestKm = std::numeric_limits<double>::max();
    for (auto it = m_data.regions().cbegin(); it != m_data.regions().cend(); ++it) {
        const double km = location.distanceKmTo(it->coordinate);
        // Ties broken by id: QHash order is not stable between runs.
        if (km < nearestKm || (km == nearestKm && it.key() < nearest)) {
            nearestKm = km;
            nearest = it.key();
            users.group = it->group;
        }
    }
    // Users reach a cloud over the public internet: the cross-cloud class fits that path best.
    return fromPrediction(
        name, to, m_data.model().predict(LatencyModel::PathClass::CrossCloud, QString(), users, to, *target));
}

LatencyEstimate LatencyEstimator::fromPrediction(
    const QString& from, const QString& to, const LatencyModel::Prediction& p) const
{
    LatencyEstimate e;
    e.from = from;
    e.to = to;
    e.rttMs = tenth(p.rttMs);
    e.lowMs = tenth(p.lowMs);
    e.highMs = tenth(p.highMs);
    e.source = LatencySource::Model;
    e.asOf = m_data.modelAsOf();
    e.distanceKm = p.distanceKm;
    e.basis = p.basis;
    return e;
}

} // namespace cloudshift
