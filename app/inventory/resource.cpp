#include "resource.h"

namespace cloudshift {

QString Resource::tag(const QString& key) const
{
    for (const auto& [k, v] : tags) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

} // namespace cloudshift
