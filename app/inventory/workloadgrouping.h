#pragma once

#include "inventory/resource.h"

#include <QString>
#include <QStringList>

namespace cloudshift {

/// Names the workload a resource belongs to: the first of the tag keys it carries, else its resource
/// group, else its subscription. Tag keys match case-insensitively, as Azure treats them.
class WorkloadGrouping
{
public:
    struct Assignment
    {
        QString workload;
        QString groupedBy; ///< "tag:app", "resource group", "subscription", "none"
    };

    explicit WorkloadGrouping(QStringList tagKeys = {});

    Assignment assign(const Resource& resource) const;
    const QStringList& tagKeys() const { return m_tagKeys; }

private:
    QStringList m_tagKeys;
};

} // namespace cloudshift
