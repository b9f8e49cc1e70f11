#pragma once

#include <QString>

namespace cloudshift {

/// An Azure VM series and the AWS family and Google Cloud series that serve the same workloads
/// (vCPU:memory ratio, CPU vendor and generation). The representative sizes show one matched triple.
struct FamilyEquivalence
{
    QString category; ///< "general purpose", "GPU training"
    QString azureSeries; ///< "Dsv5/Dv5"
    QString azureSize; ///< "Standard_D4s_v5"
    QString awsFamily; ///< "m6i"
    QString awsType; ///< "m6i.xlarge"
    QString gcpFamily; ///< "n2-standard" (series and type, as VmType::family)
    QString gcpType; ///< "n2-standard-4"
    QString note;
};

} // namespace cloudshift
