#pragma once

#include <QString>

namespace cloudshift {

/// How closely a target offer matches the Azure resource or cost line it replaces.
enum class Confidence {
    Exact, ///< same shape (or product and unit) on the target
    Close, ///< same kind of service, shape or unit within a small tolerance
    Approximate, ///< a different billing model or shape, converted by a stated assumption
    None ///< no equivalent: the Azure cost is kept and the line is flagged
};

/// "exact", "close", "approximate", "none" (stable ids used in JSON).
QString confidenceId(Confidence confidence);
/// The lower (worse) of two confidences.
Confidence weakerConfidence(Confidence a, Confidence b);

} // namespace cloudshift
