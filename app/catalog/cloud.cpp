#include "cloud.h"

namespace cloudshift {

QString cloudId(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Azure:
        return QStringLiteral("azure");
    case Cloud::Aws:
        return QStringLiteral("aws");
    case Cloud::Gcp:
        return QStringLiteral("gcp");
    }
    return {};
}

QString cloudDisplayName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Azure:
        return QStringLiteral("Azure");
    case Cloud::Aws:
        return QStringLiteral("AWS");
    case Cloud::Gcp:
        return QStringLiteral("Google Cloud");
    }
    return {};
}

std::optional<Cloud> cloudFromId(const QString& id)
{
    const QString key = id.trimmed().toLower();
    if (key == u"azure")
        return Cloud::Azure;
    if (key == u"aws")
        return Cloud::Aws;
    if (key == u"gcp" || key == u"google" || key == u"googlecloud")
        return Cloud::Gcp;
    return std::nullopt;
}

} // namespace cloudshift
