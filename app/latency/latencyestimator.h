#pragma once

#include "catalog/catalog.h"
#include "catalog/geocoordinate.h"
#include "latency/latencydata.h"
#include "latency/latencyestimate.h"

#include <QString>

#include <optional>

namespace cloudshift {

/// Round-trip estimates between any two cloud regions, written "cloud:region" ("azure:westeurope",
/// "aws:eu-central-1", "gcp:europe-west3").
///
/// A measured value is used where a table has the pair: tables newest first, in each the asked direction
/// first, then the reverse. Otherwise the distance model gives the value with its uncertainty band. Two
/// regions of different clouds in the same city are modelled like any other pair (a few ms with a wide
/// band), never assumed to be close unless measured. Const and thread-safe.
class LatencyEstimator
{
public:
    /// The data (and the catalog, used for Azure region spellings) must outlive the estimator.
    explicit LatencyEstimator(
        const LatencyData& data = LatencyData::embedded(), const Catalog* catalog = &Catalog::embedded());

    /// "azure:West Europe" → "azure:westeurope", "google:us-east4" → "gcp:us-east4". nullopt, with the
    /// reason in *error naming the input, when the cloud or the region is unknown.
    std::optional<QString> resolve(const QString& text, QString* error = nullptr) const;

    /// Measured first, else modelled. nullopt with *error when a region is unknown, or when the pair is
    /// not measured and a region has no coordinates to model it from.
    std::optional<LatencyEstimate> estimate(
        const QString& from, const QString& to, QString* error = nullptr) const;

    /// The measured value only (ids already resolved).
    std::optional<LatencyEstimate> measured(const QString& from, const QString& to) const;
    /// The model only (ids already resolved), with the shipped model or another one (the validation model).
    std::optional<LatencyEstimate> modelled(const QString& from, const QString& to) const;
    std::optional<LatencyEstimate> modelled(
        const QString& from, const QString& to, const LatencyModel& model) const;

    /// From users at a place to a region: always the model, as the tables measure region to region only.
    /// The place takes the continent group of its nearest region. nullopt when the region has no coordinates.
    std::optional<LatencyEstimate> fromLocation(
        const QString& name, const GeoCoordinate& location, const QString& to) const;

    const LatencyData& data() const { return m_data; }

private:
    LatencyEstimate fromPrediction(
        const QString& from, const QString& to, const LatencyModel::Prediction& p) const;

    const LatencyData& m_data;
    const Catalog* m_catalog;
};

} // namespace cloudshift
