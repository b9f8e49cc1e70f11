#pragma once

#include "inventory/groupingsettings.h"
#include "inventory/resource.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace cloudshift {

/// Names the workload a resource belongs to: a manual move if the user made one, else the first rule
/// that matches (GroupingRule), else its resource group, else its subscription. Tag keys match
/// case-insensitively, as Azure treats them. The default rules are the tag keys app, workload,
/// application — the grouping every plan had before rules existed.
class WorkloadGrouping
{
public:
    struct Assignment
    {
        QString workload;
        QString groupedBy; ///< "tag:app", "resource group", "subscription", "name:web-*", "manual", "none"
    };

    explicit WorkloadGrouping(QStringList tagKeys = {});
    explicit WorkloadGrouping(const GroupingSettings& settings);

    Assignment assign(const Resource& resource) const;
    const QStringList& tagKeys() const { return m_tagKeys; }
    /// Rules whose pattern is not a valid regular expression ("rule 2: missing closing parenthesis");
    /// they never match.
    const QStringList& problems() const { return m_problems; }

private:
    struct CompiledRule
    {
        GroupingRule rule;
        QRegularExpression pattern; ///< invalid for tag rules and for rules with an empty pattern
    };

    std::optional<Assignment> applyRule(const CompiledRule& compiled, const Resource& resource) const;

    QStringList m_tagKeys;
    std::vector<CompiledRule> m_rules;
    QHash<QString, QString> m_manualMoves; ///< lower-cased resource id → workload
    QStringList m_problems;
};

} // namespace cloudshift
