#include "guiapplication.h"

#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

namespace cloudshift {

int runGuiApplication(QApplication& app, const QStringList& inputs)
{
    QApplication::setApplicationName(QStringLiteral("CloudShift"));
    QApplication::setApplicationDisplayName(QStringLiteral("CloudShift"));
    QApplication::setApplicationVersion(QStringLiteral(CLOUDSHIFT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("CloudShift"));
    QApplication::setOrganizationDomain(QStringLiteral("cloudshift.io"));
    // Lets Wayland compositors and docks match the window with the installed .desktop file and icon.
    QApplication::setDesktopFileName(QStringLiteral(CLOUDSHIFT_APP_ID));

    // The installed icon theme wins; the embedded copy covers running from the build tree.
    const QString embeddedIcon = QStringLiteral(":/icons/" CLOUDSHIFT_APP_ID ".svg");
    QIcon icon = QIcon::fromTheme(QStringLiteral(CLOUDSHIFT_APP_ID));
    if (icon.isNull() && QFile::exists(embeddedIcon))
        icon = QIcon(embeddedIcon);
    if (!icon.isNull())
        QApplication::setWindowIcon(icon);

    MainWindow window;
    window.show();
    if (!inputs.isEmpty())
        window.openInputs(inputs);
    return app.exec();
}

} // namespace cloudshift
