#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace cloudshift {

/// The file dialogs that pick Azure exports, each starting where the user picked last time.
class ExportPicker
{
    Q_DECLARE_TR_FUNCTIONS(ExportPicker)

public:
    /// Export files: CSV, .csv.gz, Excel "Unicode text" and manifest.json. Empty when cancelled.
    static QStringList chooseFiles(QWidget* parent);
    /// A folder of exports (a partitioned export's parts, or several months). Empty when cancelled.
    static QString chooseFolder(QWidget* parent);
};

} // namespace cloudshift
