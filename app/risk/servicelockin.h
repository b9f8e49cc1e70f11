#pragma once

#include <QString>

namespace cloudshift {

/// How tied an Azure service is to Azure, on the 0-3 scale of the PaaS lock-in rubric, with the
/// counterpart a migration would use.
struct ServiceLockIn
{
    int level = 1; ///< 0 infrastructure/open engine, 1 close counterpart, 2 different API, 3 no drop-in
    QString service; ///< the Azure service as classified ("Azure Cosmos DB")
    QString counterpart; ///< "DynamoDB / Firestore (different data model and API)"
    bool known = false; ///< false: not in the table, scored 1 and flagged for review
};

/// Classifies a service by its meter category (what the bill calls it), else by its ARM resource type.
ServiceLockIn serviceLockIn(const QString& meterCategory, const QString& resourceType = {});

} // namespace cloudshift
