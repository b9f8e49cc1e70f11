#pragma once

#include <QStringList>

class QApplication;

namespace cloudshift {

/// Runs the desktop application on an existing QApplication: names it for settings and the desktop
/// environment, installs the translation for `language` ("de"; the system's languages when empty),
/// shows the main window, starts analysing `inputs` (export files or folders; the bundled demo when
/// the list is {demoExportPath()}) and returns the event loop's exit code.
int runGuiApplication(QApplication& app, const QStringList& inputs, const QString& language = {});

} // namespace cloudshift
