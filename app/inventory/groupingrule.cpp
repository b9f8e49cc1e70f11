#include "groupingrule.h"

namespace cloudshift {

QString groupingRuleKindId(GroupingRule::Kind kind)
{
    switch (kind) {
    case GroupingRule::Kind::TagKey:
        return QStringLiteral("tag");
    case GroupingRule::Kind::ResourceGroup:
        return QStringLiteral("resource_group");
    case GroupingRule::Kind::Subscription:
        return QStringLiteral("subscription");
    case GroupingRule::Kind::NamePattern:
        return QStringLiteral("name");
    }
    return {};
}

std::optional<GroupingRule::Kind> groupingRuleKindFromId(const QString& id)
{
    for (auto kind : {GroupingRule::Kind::TagKey, GroupingRule::Kind::ResourceGroup, GroupingRule::Kind::Subscription,
             GroupingRule::Kind::NamePattern}) {
        if (groupingRuleKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString groupingSyntaxId(GroupingRule::Syntax syntax)
{
    return syntax == GroupingRule::Syntax::Regex ? QStringLiteral("regex") : QStringLiteral("wildcard");
}

std::optional<GroupingRule::Syntax> groupingSyntaxFromId(const QString& id)
{
    if (id == u"wildcard")
        return GroupingRule::Syntax::Wildcard;
    if (id == u"regex")
        return GroupingRule::Syntax::Regex;
    return std::nullopt;
}

} // namespace cloudshift
