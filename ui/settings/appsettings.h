#pragma once

#include "desktop/theme.h"

#include <QByteArray>
#include <QString>

namespace cloudshift {

/// The desktop settings CloudShift remembers from one run to the next, with their keys in one place: the main
/// window's geometry and state, the folders last picked from, and the theme. Recent inputs and column
/// mappings keep their own stores beside the classes that use them.
class AppSettings
{
public:
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& state);

    /// Folder of the export files picked last; the home folder at first.
    static QString lastFileFolder();
    static void setLastFileFolder(const QString& folder);
    /// Parent of the export folder picked last.
    static QString lastFolderParent();
    static void setLastFolderParent(const QString& folder);

    static Theme theme();
    static void setTheme(Theme theme);
};

} // namespace cloudshift
