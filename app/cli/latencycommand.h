#pragma once

#include <QStringList>
#include <QTextStream>

namespace cloudshift {

/// `cloudshift latency FROM TO [--json]` and `cloudshift latency --pairs FILE.csv [--json]`.
///
/// arguments start with the verb ("latency", FROM, TO, ...). FROM and TO are written cloud:region.
/// Prints one estimate, or one per CSV row (columns from,to found by name) in file order. Exit codes:
/// 0 success, 1 bad input (unknown region, unreadable file; nothing is printed on stdout), 2 usage error.
int latencyCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace cloudshift
