#include "exportpicker.h"

#include "settings/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace cloudshift {

QStringList ExportPicker::chooseFiles(QWidget* parent)
{
    const QStringList filters {
        tr("Azure cost exports (*.csv *.csv.gz *.gz *.txt manifest.json)"),
        tr("All files (*)"),
    };
    const QStringList files = QFileDialog::getOpenFileNames(parent, tr("Import Azure Cost Exports"),
        AppSettings::lastFileFolder(), filters.join(QStringLiteral(";;")));
    if (!files.isEmpty())
        AppSettings::setLastFileFolder(QFileInfo(files.constFirst()).absolutePath());
    return files;
}

QString ExportPicker::chooseFolder(QWidget* parent)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Import a Folder of Azure Cost Exports"), AppSettings::lastFolderParent());
    if (!folder.isEmpty()) {
        // Start next time beside this folder: the next month's export usually sits next to it.
        QDir parentDir(folder);
        AppSettings::setLastFolderParent(parentDir.cdUp() ? parentDir.absolutePath() : folder);
    }
    return folder;
}

} // namespace cloudshift
