#pragma once

#include "billing/importresult.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cloudshift {

/// The manifest.json that Cost Management writes beside each partitioned export run.
///
/// It names the dataset (ActualCost, AmortizedCost, FocusCost...) and schema version — the only reliable
/// way to tell actual from amortized, whose headers are identical — and lists the part files with their
/// row counts. Each part file has its own header row.
struct ExportManifest
{
    struct Blob
    {
        QString path; ///< resolved on disk, beside the manifest
        QString blobName; ///< as written in the manifest
        qint64 dataRowCount = -1; ///< -1 when not stated
    };

    QString path;
    QString exportName;
    QString datasetType; ///< "ActualCost", "AmortizedCost", "FocusCost", "Usage"...
    QString dataVersion; ///< "2023-05-01", "1.0r2"...
    QDateTime submittedTime; ///< when the run was submitted; the newest run of a month wins
    QDate periodStart; ///< runInfo.startDate: the month the run covers
    qint64 dataRowCount = -1;
    std::vector<Blob> blobs;

    /// Actual or amortized as the dataset type says; Focus for FocusCost; Unknown otherwise.
    CostKind costKind() const;
    /// "exportName/yyyy-MM": runs with the same key overwrite each other, as Cost Management does.
    QString runKey() const;
};

/// Reads a manifest. An empty file (a "batch complete" marker) yields a manifest without blobs.
/// Returns nullopt and sets *error ("line:column: reason" where the JSON says) when it is not a manifest.
std::optional<ExportManifest> readExportManifest(const QString& path, QString* error);

/// Keeps the newest run per export and month (by submittedTime) and returns the others, superseded.
/// Daily exports re-export the month to date, and early in a month the previous month again: summing
/// every run found in a folder would count costs several times.
std::vector<ExportManifest> dropSupersededRuns(std::vector<ExportManifest>& manifests);

} // namespace cloudshift
