#include "meterkind.h"

namespace cloudshift {

QString meterKindId(MeterKind kind)
{
    switch (kind) {
    case MeterKind::VmCompute:
        return QStringLiteral("vm-compute");
    case MeterKind::Disk:
        return QStringLiteral("disk");
    case MeterKind::BlobCapacity:
        return QStringLiteral("blob-capacity");
    case MeterKind::BlobOperations:
        return QStringLiteral("blob-operations");
    case MeterKind::Egress:
        return QStringLiteral("egress");
    case MeterKind::DbCompute:
        return QStringLiteral("db-compute");
    case MeterKind::DbStorage:
        return QStringLiteral("db-storage");
    case MeterKind::Service:
        return QStringLiteral("service");
    case MeterKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace cloudshift
