#pragma once

#include "scenario/project.h"

#include <QString>

#include <optional>

namespace cloudshift {

// Crash recovery for open projects. The GUI writes a recovery copy on a timer while the project has
// unsaved changes, removes it after a normal save or close, and looks for one when it opens a project:
// a recovery copy newer than the project is what the architect had when CloudShift stopped.
//
// The copy sits beside the project as a hidden file (".plan.cloudshift.recovery" for
// "plan.cloudshift"), or in `directory` when given — the only place for a project never saved
// ("untitled.cloudshift.recovery"). It is written atomically like the project itself, so a crash while
// writing the copy leaves the previous copy.

/// Where the recovery copy of `projectPath` (empty for a project never saved) lives.
QString recoveryPath(const QString& projectPath, const QString& directory = {});

/// Writes the recovery copy; false and *error when it cannot.
bool writeRecoveryCopy(const Project& project, const QString& projectPath, QString* error, const QString& directory = {});

/// The recovery copy's path when one exists and is not older than the project file (or the project
/// file is gone).
std::optional<QString> findRecoveryCopy(const QString& projectPath, const QString& directory = {});

/// Reads the recovery copy found by findRecoveryCopy(); nullopt with *error when there is none or it
/// cannot be read.
std::optional<Project> loadRecoveryCopy(const QString& projectPath, QString* error, const QString& directory = {});

/// Removes the recovery copy (after a save or a normal close); true when none is left.
bool discardRecoveryCopy(const QString& projectPath, const QString& directory = {});

} // namespace cloudshift
