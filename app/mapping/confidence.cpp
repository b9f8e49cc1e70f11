#include "confidence.h"

namespace cloudshift {

QString confidenceId(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Exact:
        return QStringLiteral("exact");
    case Confidence::Close:
        return QStringLiteral("close");
    case Confidence::Approximate:
        return QStringLiteral("approximate");
    case Confidence::None:
        return QStringLiteral("none");
    }
    return {};
}

Confidence weakerConfidence(Confidence a, Confidence b)
{
    return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

} // namespace cloudshift
