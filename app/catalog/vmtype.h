#pragma once

#include <QString>

namespace cloudshift {

/// The shape of one VM size / instance type / machine type, independent of region.
struct VmType
{
    QString sku; ///< "Standard_D4s_v5", "m6i.xlarge", "n2-standard-4"
    QString family; ///< Azure series "Dsv5", AWS family "m6i", GCP series and type "n2-standard"
    double vcpu = 0.0; ///< 0 when the spec tables do not know the type (fractional for GCP shared core)
    double memoryGiB = 0.0;
    double gpu = 0.0; ///< GPUs (fractional for shapes that get part of one)
    QString arch; ///< "amd64" or "arm64"
    QString category; ///< "general purpose", "burstable", "compute optimized", "memory optimized",
                      ///< "large memory", "storage optimized", "GPU", "accelerator", "HPC", "other"
    int familyEquivalence = -1; ///< Azure only: index into Catalog::familyEquivalences(), -1 if none

    bool hasSpec() const { return vcpu > 0.0; }
    bool isArm() const { return arch == u"arm64"; }
};

} // namespace cloudshift
