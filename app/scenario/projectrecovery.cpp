#include "projectrecovery.h"

#include "scenario/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cloudshift {

QString recoveryPath(const QString& projectPath, const QString& directory)
{
    if (projectPath.isEmpty())
        return QDir(directory.isEmpty() ? QDir::tempPath() : directory).filePath(QStringLiteral("untitled.cloudshift.recovery"));
    const QFileInfo project(projectPath);
    const QDir where(directory.isEmpty() ? project.absolutePath() : directory);
    return where.filePath(QLatin1Char('.') + project.fileName() + QStringLiteral(".recovery"));
}

bool writeRecoveryCopy(const Project& project, const QString& projectPath, QString* error, const QString& directory)
{
    return saveProject(project, recoveryPath(projectPath, directory), error);
}

std::optional<QString> findRecoveryCopy(const QString& projectPath, const QString& directory)
{
    const QFileInfo recovery(recoveryPath(projectPath, directory));
    if (!recovery.isFile())
        return std::nullopt;
    const QFileInfo project(projectPath);
    // Saving the project removes the copy; one older than the project is left from before that save.
    if (!projectPath.isEmpty() && project.exists() && recovery.lastModified() < project.lastModified())
        return std::nullopt;
    return recovery.filePath();
}

std::optional<Project> loadRecoveryCopy(const QString& projectPath, QString* error, const QString& directory)
{
    const std::optional<QString> path = findRecoveryCopy(projectPath, directory);
    if (!path) {
        *error = QStringLiteral("%1: no recovery copy").arg(projectPath.isEmpty() ? QStringLiteral("untitled") : projectPath);
        return std::nullopt;
    }
    return loadProject(*path, error);
}

bool discardRecoveryCopy(const QString& projectPath, const QString& directory)
{
    const QString path = recoveryPath(projectPath, directory);
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace cloudshift
