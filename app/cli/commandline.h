#pragma once

#include <QStringList>

namespace cloudshift {

/// True when the arguments ask for the command line (a verb, --help or --version) rather than the GUI.
bool isCommandLineInvocation(const QStringList& arguments);

/// Runs a command-line verb. Exit codes: 0 success, 1 bad input, 2 usage error.
int runCommandLine(int argc, char** argv);

/// Inputs for the GUI: `cloudshift open FILE...` or `cloudshift FILE...`; ":demo" is the bundled demo.
QStringList guiInputs(const QStringList& arguments);

/// Expands ":demo" to the bundled demo export.
QStringList resolveInputs(const QStringList& inputs);

} // namespace cloudshift
