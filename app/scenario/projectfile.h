#pragma once

#include "scenario/project.h"

#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace cloudshift {

// The `.cloudshift` project file: one JSON object, marked "format": "cloudshift-project" with a
// "schema_version". Its outline is documented in the README. The writer puts each resource, meter and
// scenario on a line of its own so files diff well and errors point at a useful line; keys and
// numbers are written the same way every time, so saving an unchanged project gives identical bytes.
//
// Schema versions: 2 is what this version writes. Version 1 (the first project files) kept a single
// "scenario" object and grouped by tag keys only ("grouping": {"tag_keys": [...]}), with no mapping
// overrides; it is read and brought forward to version 2 on load.

inline constexpr int kProjectSchemaVersion = 2;
inline constexpr char kProjectFormat[] = "cloudshift-project";

/// Polled while saving with the bytes written so far; returning false abandons the save.
using SaveProgress = std::function<bool(qint64 bytesWritten)>;

/// Writes the project's JSON to `device`. Returns false when the device fails or `keepGoing` says stop.
bool writeProject(const Project& project, QIODevice& device, const SaveProgress& keepGoing = {});

/// Saves atomically (QSaveFile): the file at `path` is either the old one or the complete new one, never
/// a partial write, whatever happens midway. Sets *error ("plan.cloudshift: cannot save the project:
/// Permission denied") and returns false on failure or when `keepGoing` stops it.
bool saveProject(const Project& project, const QString& path, QString* error, const SaveProgress& keepGoing = {});

/// Reads a project, bringing older schema versions forward. A file that is not JSON, not a project, from
/// a newer CloudShift or missing fields gives no project and an error naming the file and what is wrong
/// ("plan.cloudshift: not a CloudShift project: invalid JSON at line 3, column 7 (byte 41)").
std::optional<Project> loadProject(const QString& path, QString* error);

/// The same from bytes already in memory; `fileName` names them in errors.
std::optional<Project> projectFromBytes(const QByteArray& bytes, const QString& fileName, QString* error);

} // namespace cloudshift
