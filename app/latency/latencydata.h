#pragma once

#include "latency/latencymodel.h"
#include "latency/measuredtable.h"
#include "latency/regionpoint.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace cloudshift {

/// The compiled latency data: measured round-trip tables with their dates (newest first), region
/// coordinates and continent groups, and the fitted distance model.
///
/// Compiled from public measurements by tools/compile_latency.py and embedded as Qt resources under
/// ":/latency" (see resources/latency/SOURCES.md); a LatencyData can also be read from a folder holding
/// the same files. Immutable once constructed, so one instance can be shared by any number of threads.
class LatencyData
{
public:
    /// The tool's cross-validated errors for one table, as written in model.json.
    struct CrossValidation
    {
        QString table;
        int pairs = 0;
        double plainMedianPct = 0.0; ///< a + k·distance, one route factor per class
        double plainP90Pct = 0.0;
        double medianPct = 0.0; ///< the shipped model (route and region factors)
        double p90Pct = 0.0;
        int heldOutPairs = 0; ///< pairs of the held-out fold, predicted by validationModel()
        double heldOutMedianPct = 0.0;
        double heldOutP90Pct = 0.0;
    };

    explicit LatencyData(const QString& directory = QStringLiteral(":/latency"));

    /// The embedded data, read on first use (thread-safe).
    static const LatencyData& embedded();

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    /// Newest table first: the order lookups follow.
    const std::vector<MeasuredTable>& tables() const { return m_tables; }
    std::optional<RegionPoint> region(const QString& id) const;
    const QHash<QString, RegionPoint>& regions() const { return m_regions; }
    QString groupName(const QString& group) const { return m_groupNames.value(group, group); }
    /// True when any table measures the region (it may lack coordinates).
    bool isMeasuredRegion(const QString& id) const { return m_measuredRegions.contains(id); }

    /// Fitted on every measured pair: what estimates use.
    const LatencyModel& model() const { return m_model; }
    /// Fitted without the held-out fold, for tests that evaluate it on that fold.
    const LatencyModel& validationModel() const { return m_validationModel; }
    int folds() const { return m_folds; }
    int heldOutFold() const { return m_heldOutFold; }
    /// Date of the newest data the model was fitted on.
    QString modelAsOf() const { return m_modelAsOf; }
    const std::vector<CrossValidation>& crossValidation() const { return m_crossValidation; }

private:
    void read(const QString& directory);

    QString m_error;
    std::vector<MeasuredTable> m_tables;
    QHash<QString, RegionPoint> m_regions;
    QHash<QString, QString> m_groupNames;
    QHash<QString, bool> m_measuredRegions;
    LatencyModel m_model;
    LatencyModel m_validationModel;
    int m_folds = 0;
    int m_heldOutFold = -1;
    QString m_modelAsOf;
    std::vector<CrossValidation> m_crossValidation;
};

} // namespace cloudshift
