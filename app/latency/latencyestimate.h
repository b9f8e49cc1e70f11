#pragma once

#include <QString>

namespace cloudshift {

/// Where a round-trip figure comes from: a measured table, or the distance model fitted on the tables.
enum class LatencySource { Measured, Model };

/// "measured", "model" (stable ids used in JSON).
QString latencySourceId(LatencySource source);

/// A round-trip time between two places, with its provenance and uncertainty.
///
/// A measured value has low == high == rtt; a modelled one carries the model's 10th..90th percentile
/// band, so a figure is never shown more precise than it is.
struct LatencyEstimate
{
    QString from; ///< "azure:westeurope", or a user population's name
    QString to; ///< "aws:eu-central-1"
    double rttMs = 0.0;
    double lowMs = 0.0;
    double highMs = 0.0;
    LatencySource source = LatencySource::Model;
    QString asOf; ///< date of the measurement, or of the newest data the model was fitted on
    QString table; ///< id of the measured table; empty for the model
    double distanceKm = -1.0; ///< great circle between the two; negative when a coordinate is unknown
    QString basis; ///< one line: which table, or the model's terms

    bool isMeasured() const { return source == LatencySource::Measured; }
};

} // namespace cloudshift
