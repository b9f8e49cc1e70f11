// cloudshift: the GUI by default, the command line when a verb is given (see `cloudshift --help`).
#include "cli/commandline.h"
#include "guiapplication.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (cloudshift::isCommandLineInvocation(arguments))
        return cloudshift::runCommandLine(argc, argv);
    QApplication app(argc, argv);
    return cloudshift::runGuiApplication(app, cloudshift::guiInputs(arguments));
}
