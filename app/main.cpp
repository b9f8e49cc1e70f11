// cloudshift: the GUI by default, the command line when a verb is given (see `cloudshift --help`).
#include "cli/commandline.h"
#include "desktop/translations.h"
#include "guiapplication.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The GUI's language option is taken out first so it is not mistaken for a command-line verb.
    const QString language = cloudshift::Translations::takeLanguageOption(arguments);
    if (cloudshift::isCommandLineInvocation(arguments))
        return cloudshift::runCommandLine(argc, argv);
    QApplication app(argc, argv);
    return cloudshift::runGuiApplication(app, cloudshift::guiInputs(arguments), language);
}
