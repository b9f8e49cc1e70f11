#pragma once

#include <QByteArray>

namespace cloudshift {

// Where and for how long a new resource lives: chosen by the fleet builder, used by the factories.
struct Placement
{
    int app = 0;
    QByteArray env; // prod, test, dev
    int subscription = 0;
    int region = 0;
    QByteArray tags;
    int firstDay = 0;
    int lastDay = 0;
    QByteArray zone; // for zonal resources: VMs, their disks, scale sets
};

} // namespace cloudshift
