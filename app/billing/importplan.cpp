#include "importplan.h"

#include "billing/exportmanifest.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace cloudshift {

namespace {

bool isExportFileName(const QString& name)
{
    const QString lower = name.toLower();
    return lower.endsWith(u".csv") || lower.endsWith(u".csv.gz");
}

} // namespace

namespace {

void addManifest(
    const QString& path, std::vector<ExportManifest>& manifests, std::vector<ImportDiagnostic>& diagnostics)
{
    QString error;
    auto manifest = readExportManifest(path, &error);
    if (!manifest) {
        // "line:column: reason" from the JSON parser becomes the diagnostic's position.
        const QStringList parts = error.split(QLatin1Char(':'));
        if (parts.size() >= 3 && parts[0].toLongLong() > 0)
            diagnostics.push_back({ ImportDiagnostic::Severity::Error, path, parts[0].toLongLong(),
                parts[1].toInt(), parts.mid(2).join(QLatin1Char(':')).trimmed() });
        else
            diagnostics.push_back({ ImportDiagnostic::Severity::Error, path, 0, 0, error });
        return;
    }
    if (!manifest->blobs.empty())
        manifests.push_back(std::move(*manifest));
}

} // namespace

std::vector<PlannedFile> planImportFiles(
    const QStringList& inputs, std::vector<ImportDiagnostic>& diagnostics)
{
    using Severity = ImportDiagnostic::Severity;
    // A folder stands for the export files under it; a manifest.json for the part files it lists.
    // Part files of runs superseded by a newer run of the same export and month are left out.
    std::vector<ExportManifest> manifests;
    QStringList plainFiles;
    for (const QString& input : inputs) {
        const QFileInfo info(input);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (QFileInfo(path).fileName().compare(u"manifest.json", Qt::CaseInsensitive) == 0)
                    addManifest(path, manifests, diagnostics);
                else if (isExportFileName(path))
                    found << path;
            }
            found.sort();
            if (found.isEmpty())
                diagnostics.push_back({ Severity::Error, input, 0, 0,
                    QStringLiteral("the folder holds no .csv or .csv.gz export files") });
            plainFiles << found;
        } else if (info.suffix().compare(u"json", Qt::CaseInsensitive) == 0) {
            addManifest(input, manifests, diagnostics);
        } else {
            plainFiles << input;
        }
    }

    std::sort(manifests.begin(), manifests.end(),
        [](const ExportManifest& a, const ExportManifest& b) { return a.path < b.path; });
    QSet<QString> claimed;
    for (const auto& manifest : manifests) {
        for (const auto& blob : manifest.blobs)
            claimed.insert(QFileInfo(blob.path).absoluteFilePath());
    }
    for (const ExportManifest& old : dropSupersededRuns(manifests)) {
        diagnostics.push_back({ Severity::Warning, old.path, 0, 0,
            QStringLiteral(
                "run of %1 superseded by a newer run of the same export; its %2 part files were not read")
                .arg(old.runKey())
                .arg(old.blobs.size()) });
    }

    std::vector<PlannedFile> files;
    for (const ExportManifest& manifest : manifests) {
        for (const auto& blob : manifest.blobs) {
            files.push_back(
                { blob.path, manifest.path, manifest.costKind(), manifest.dataVersion, blob.dataRowCount });
        }
    }
    for (const QString& path : plainFiles) {
        if (!claimed.contains(QFileInfo(path).absoluteFilePath()))
            files.push_back({ path, {}, CostKind::Unknown, {}, -1 });
    }
    return files;
}

} // namespace cloudshift
