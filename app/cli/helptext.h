#pragma once

#include <QString>

namespace cloudshift {

/// What `cloudshift --help` prints: every verb with its options, the inputs it takes and the exit codes.
QString helpText();

} // namespace cloudshift
