#include "latencyestimate.h"

namespace cloudshift {

QString latencySourceId(LatencySource source)
{
    return source == LatencySource::Measured ? QStringLiteral("measured") : QStringLiteral("model");
}

} // namespace cloudshift
