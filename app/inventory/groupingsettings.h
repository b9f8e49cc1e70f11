#pragma once

#include "inventory/groupingrule.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace cloudshift {

/// How an inventory is grouped into workloads: ordered rules, then the user's manual moves on top.
///
/// Resources no rule takes fall into one workload per resource group (then per subscription). Manual
/// moves win over every rule: the architect dragged that resource into that workload.
struct GroupingSettings
{
    std::vector<GroupingRule> rules;
    std::map<QString, QString> manualMoves; ///< resource id → workload; ids compare case-insensitively

    /// The default: one tag rule per key, in order (the behaviour of `--group-by`).
    static GroupingSettings fromTagKeys(const QStringList& tagKeys);
    /// The keys of the tag rules that name the workload by the tag's value, in order.
    QStringList tagKeys() const;

    bool operator==(const GroupingSettings&) const = default;
};

} // namespace cloudshift
