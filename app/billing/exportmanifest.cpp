#include "exportmanifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace cloudshift {

namespace {

    // Manifests are a few kilobytes; anything much larger is not one.
    constexpr qint64 kMaxManifestBytes = 16 * 1024 * 1024;

    QString text(const nlohmann::json& object, const char* key)
    {
        if (!object.is_object())
            return {};
        const auto it = object.find(key);
        if (it == object.end() || !it->is_string())
            return {};
        return QString::fromStdString(it->get<std::string>());
    }

    qint64 count(const nlohmann::json& object, const char* key)
    {
        if (!object.is_object())
            return -1;
        const auto it = object.find(key);
        return it != object.end() && it->is_number_integer() ? it->get<qint64>() : -1;
    }

    // Timestamps in manifests come with and without a zone ("…T00:00:00" and "…T00:00:00Z"); both are UTC.
    QDateTime timestamp(const QString& value)
    {
        QString iso = value;
        if (iso.endsWith(QLatin1Char('Z')))
            iso.chop(1);
        QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!parsed.isValid())
            parsed = QDateTime::fromString(iso, Qt::ISODate);
        parsed.setTimeZone(QTimeZone::utc());
        return parsed;
    }

    // The blob name is the path in the storage container; on disk only its tail is known to match.
    QString resolveBlob(const QDir& dir, const QString& blobName)
    {
        const QStringList parts = blobName.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype keep = parts.size(); keep >= 1; --keep) {
            const QString candidate = dir.filePath(parts.mid(parts.size() - keep).join(QLatin1Char('/')));
            if (QFileInfo::exists(candidate))
                return candidate;
        }
        return dir.filePath(parts.value(parts.size() - 1));
    }

} // namespace

CostKind ExportManifest::costKind() const
{
    const QString type = datasetType.toLower();
    if (type == u"actualcost" || type == u"usage")
        return CostKind::Actual;
    if (type == u"amortizedcost")
        return CostKind::Amortized;
    if (type == u"focuscost")
        return CostKind::Focus;
    return CostKind::Unknown;
}

QString ExportManifest::runKey() const
{
    // Without a name and a period nothing says two runs overlap: each is then its own run.
    if (exportName.isEmpty() || !periodStart.isValid())
        return path;
    return exportName + QLatin1Char('/') + (periodStart.isValid() ? periodStart.toString(QStringLiteral("yyyy-MM")) : QString());
}

std::optional<ExportManifest> readExportManifest(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxManifestBytes) {
        if (error)
            *error = QStringLiteral("%1 bytes is far larger than any export manifest").arg(file.size());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    ExportManifest manifest;
    manifest.path = path;
    if (bytes.trimmed().isEmpty())
        return manifest;

    nlohmann::json json;
    try {
        json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const nlohmann::json::parse_error& e) {
        if (error) {
            // Report where the JSON breaks as line:column, like the CSV reader does.
            const QByteArray head = bytes.left(static_cast<qsizetype>(e.byte));
            const qsizetype line = head.count('\n') + 1;
            const qsizetype column = head.size() - head.lastIndexOf('\n');
            *error = QStringLiteral("%1:%2: not valid JSON").arg(line).arg(column);
        }
        return std::nullopt;
    } catch (const nlohmann::json::out_of_range&) {
        // A number too large for a double (1e999) is valid JSON the parser cannot hold.
        if (error)
            *error = QStringLiteral("a number in the manifest is out of range");
        return std::nullopt;
    }
    if (!json.is_object() || !json.contains("blobs")) {
        if (error)
            *error = QStringLiteral("not an export manifest (no \"blobs\" list)");
        return std::nullopt;
    }
    const nlohmann::json& config = json.value("exportConfig", nlohmann::json::object());
    const nlohmann::json& run = json.value("runInfo", nlohmann::json::object());
    manifest.exportName = text(config, "exportName");
    manifest.datasetType = text(config, "type");
    manifest.dataVersion = text(config, "dataVersion");
    manifest.submittedTime = timestamp(text(run, "submittedTime"));
    manifest.periodStart = timestamp(text(run, "startDate")).date();
    manifest.dataRowCount = count(json, "dataRowCount");
    const QDir dir = QFileInfo(path).absoluteDir();
    if (json["blobs"].is_array()) {
        for (const auto& blob : json["blobs"]) {
            const QString name = text(blob, "blobName");
            if (name.isEmpty())
                continue;
            manifest.blobs.push_back({resolveBlob(dir, name), name, count(blob, "dataRowCount")});
        }
    }
    return manifest;
}

std::vector<ExportManifest> dropSupersededRuns(std::vector<ExportManifest>& manifests)
{
    std::map<QString, std::size_t> newest;
    for (std::size_t i = 0; i < manifests.size(); ++i) {
        const auto [it, inserted] = newest.try_emplace(manifests[i].runKey(), i);
        if (!inserted && manifests[i].submittedTime > manifests[it->second].submittedTime)
            it->second = i;
    }
    std::vector<ExportManifest> kept;
    std::vector<ExportManifest> dropped;
    for (std::size_t i = 0; i < manifests.size(); ++i) {
        if (newest.at(manifests[i].runKey()) == i)
            kept.push_back(std::move(manifests[i]));
        else
            dropped.push_back(std::move(manifests[i]));
    }
    manifests = std::move(kept);
    return dropped;
}

} // namespace cloudshift
