#include "focusservicecategory.h"

#include <array>
#include <utility>

namespace cloudshift {

QString focusServiceCategory(const QString& azureMeterCategory)
{
    // Matched by words contained, case-insensitive: Azure spells the same service several ways across
    // export schemas ("Azure App Service", "App Service"), and the first match wins.
    static const std::array<std::pair<const char16_t*, const char16_t*>, 22> table { {
        { u"Virtual Machines", u"Compute" },
        { u"Kubernetes", u"Compute" },
        { u"Container", u"Compute" },
        { u"Functions", u"Compute" },
        { u"Batch", u"Compute" },
        { u"App Service", u"Web" },
        { u"SQL", u"Databases" },
        { u"Cosmos", u"Databases" },
        { u"Database", u"Databases" },
        { u"Redis", u"Databases" },
        { u"Backup", u"Storage" },
        { u"Storage", u"Storage" },
        { u"Bandwidth", u"Networking" },
        { u"Network", u"Networking" },
        { u"Load Balancer", u"Networking" },
        { u"VPN", u"Networking" },
        { u"Gateway", u"Networking" },
        { u"DNS", u"Networking" },
        { u"Key Vault", u"Security" },
        { u"Defender", u"Security" },
        { u"Log Analytics", u"Management and Governance" },
        { u"Monitor", u"Management and Governance" },
    } };
    for (const auto& [needle, category] : table) {
        if (azureMeterCategory.contains(QStringView(needle), Qt::CaseInsensitive))
            return QString::fromUtf16(category);
    }
    return QStringLiteral("Other");
}

} // namespace cloudshift
