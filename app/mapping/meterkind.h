#pragma once

#include <QString>

namespace cloudshift {

/// What an Azure meter bills, as far as re-pricing it on another cloud is concerned.
enum class MeterKind {
    VmCompute, ///< VM (and App Service plan) instance-hours
    Disk, ///< managed disks, their snapshots and transactions
    BlobCapacity, ///< object storage GB-months
    BlobOperations, ///< object storage operations, retrieval and replication
    Egress, ///< data transfer out to the internet and between regions
    DbCompute, ///< managed database vCore- or instance-hours
    DbStorage, ///< managed database storage and backups
    Service, ///< another service with an equivalent (logs, Kubernetes, load balancer, VPN, ...)
    Other ///< no equivalent known: carried over at its Azure cost
};

/// "vm-compute", "disk", "blob-capacity", "blob-operations", "egress", "db-compute", "db-storage",
/// "service", "other" (stable ids used in JSON).
QString meterKindId(MeterKind kind);

} // namespace cloudshift
