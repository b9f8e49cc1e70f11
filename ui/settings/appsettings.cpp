#include "appsettings.h"

#include <QDir>
#include <QSettings>

namespace cloudshift {

namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kLastFileFolder = QStringLiteral("folders/lastExportFiles");
const QString kLastFolderParent = QStringLiteral("folders/lastExportFolder");
const QString kTheme = QStringLiteral("appearance/theme");

} // namespace

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    QSettings().setValue(kState, state);
}

QString AppSettings::lastFileFolder()
{
    return QSettings().value(kLastFileFolder, QDir::homePath()).toString();
}

void AppSettings::setLastFileFolder(const QString& folder)
{
    QSettings().setValue(kLastFileFolder, folder);
}

QString AppSettings::lastFolderParent()
{
    return QSettings().value(kLastFolderParent, QDir::homePath()).toString();
}

void AppSettings::setLastFolderParent(const QString& folder)
{
    QSettings().setValue(kLastFolderParent, folder);
}

Theme AppSettings::theme()
{
    return themeFromId(QSettings().value(kTheme).toString());
}

void AppSettings::setTheme(Theme theme)
{
    QSettings().setValue(kTheme, themeId(theme));
}

} // namespace cloudshift
