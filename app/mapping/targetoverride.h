#pragma once

#include <QString>

namespace cloudshift {

/// What the user chose instead of the mapper for one resource on one target cloud; empty fields leave
/// the choice to the mapper.
struct TargetOverride
{
    QString region; ///< target region id: "eu-central-1"
    QString vmSku; ///< target VM type: "m7i.xlarge"

    bool isEmpty() const { return region.isEmpty() && vmSku.isEmpty(); }
};

} // namespace cloudshift
