#pragma once

#include "billing/importresult.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cloudshift {

/// One file to read, and what its export manifest (if any) says about it.
struct PlannedFile
{
    QString path;
    QString manifest;
    CostKind manifestKind = CostKind::Unknown;
    QString manifestVersion;
    qint64 expectedRows = -1; ///< from the manifest; -1 when not stated
};

/// Turns the user's inputs into the files to read: a folder stands for the .csv / .csv.gz files under it,
/// a manifest.json for the part files it lists. Runs superseded by a newer run of the same export and
/// month are left out with a warning; unreadable manifests are reported. Order is stable.
std::vector<PlannedFile> planImportFiles(
    const QStringList& inputs, std::vector<ImportDiagnostic>& diagnostics);

} // namespace cloudshift
