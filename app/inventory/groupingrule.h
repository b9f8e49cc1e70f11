#pragma once

#include <QString>

#include <optional>

namespace cloudshift {

/// One rule of workload grouping: which resources it takes and what it names their workload.
///
/// Rules are tried in order and the first that matches names the workload. `pattern` is the tag key of a
/// tag rule, and for the other kinds what the resource group, subscription (name or id) or resource name
/// must match — a wildcard (`*`, `?`) or a regular expression, case-insensitive as Azure names are; an
/// empty pattern matches any non-empty value. An empty `workload` lets the match name it: the tag's
/// value, the resource group (lower-cased), the subscription, or for a name pattern the first capture
/// group of a regular expression, else the resource name.
struct GroupingRule
{
    enum class Kind { TagKey, ResourceGroup, Subscription, NamePattern };
    enum class Syntax { Wildcard, Regex };

    Kind kind = Kind::TagKey;
    QString pattern;
    Syntax syntax = Syntax::Wildcard;
    QString workload;

    bool operator==(const GroupingRule&) const = default;
};

QString groupingRuleKindId(GroupingRule::Kind kind); ///< "tag", "resource_group", "subscription", "name"
std::optional<GroupingRule::Kind> groupingRuleKindFromId(const QString& id);
QString groupingSyntaxId(GroupingRule::Syntax syntax); ///< "wildcard", "regex"
std::optional<GroupingRule::Syntax> groupingSyntaxFromId(const QString& id);

} // namespace cloudshift
