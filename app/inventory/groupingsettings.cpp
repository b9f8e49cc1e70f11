#include "groupingsettings.h"

namespace cloudshift {

GroupingSettings GroupingSettings::fromTagKeys(const QStringList& tagKeys)
{
    GroupingSettings settings;
    for (const QString& key : tagKeys)
        settings.rules.push_back({GroupingRule::Kind::TagKey, key});
    return settings;
}

QStringList GroupingSettings::tagKeys() const
{
    QStringList keys;
    for (const GroupingRule& rule : rules) {
        if (rule.kind == GroupingRule::Kind::TagKey && rule.workload.isEmpty())
            keys << rule.pattern;
    }
    return keys;
}

} // namespace cloudshift
