#pragma once

#include "catalog/cloud.h"
#include "catalog/vmprice.h"
#include "catalog/vmtype.h"

namespace cloudshift {

/// A VM type offered in one region: its shape and its prices.
struct CatalogVm
{
    Cloud cloud = Cloud::Azure;
    VmType type;
    VmPrice price;
};

} // namespace cloudshift
