#include "guiapplication.h"

#include "desktop/appicon.h"
#include "desktop/theme.h"
#include "desktop/translations.h"
#include "mainwindow.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QLocale>

namespace cloudshift {

int runGuiApplication(QApplication& app, const QStringList& inputs, const QString& language)
{
    QApplication::setApplicationName(QStringLiteral("CloudShift"));
    QApplication::setApplicationDisplayName(QStringLiteral("CloudShift"));
    QApplication::setApplicationVersion(QStringLiteral(CLOUDSHIFT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("CloudShift"));
    QApplication::setOrganizationDomain(QStringLiteral("cloudshift.io"));
    // Lets Wayland compositors and docks match the window with the installed .desktop file and icon.
    QApplication::setDesktopFileName(QStringLiteral(CLOUDSHIFT_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    // Settings are read only now that the organisation and application names say where they live.
    applyTheme(AppSettings::theme());
    // Before any widget exists: texts are translated when they are created.
    const Translations translations(
        language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language});

    MainWindow window;
    window.show();
    if (!inputs.isEmpty())
        window.openInputs(inputs);
    else
        window.offerRecovery();
    return app.exec();
}

} // namespace cloudshift
