#pragma once

#include "catalog/cloud.h"
#include "mapping/confidence.h"
#include "mapping/vmalternative.h"

#include <QString>

#include <vector>

namespace cloudshift {

enum class OsType { Linux, Windows };

/// A priced equivalent of one Azure resource on one target cloud, with where the price came from.
struct Offer
{
    Cloud cloud = Cloud::Aws;
    QString service; ///< "EC2", "Compute Engine", "S3"
    QString sku; ///< "m6i.xlarge", "n2-standard-4", "S3 Standard"
    QString region; ///< target region id: "us-east-1", "us-east4"
    double usdPerHour = 0.0; ///< VMs: the hourly price for the resource's OS; 0 for other services
    Confidence confidence = Confidence::None;
    QString reason; ///< one line: "4 vCPU 16 GiB general purpose → m6i.xlarge"
    QString source; ///< catalog source id, e.g. "aws-karpenter"
    QString sourceDate; ///< date of the price, e.g. "2026-07-20"
    double vcpu = 0.0; ///< shape of the target type
    double memoryGiB = 0.0;
    std::vector<VmAlternative> alternatives; ///< VMs: the next best types, best first

    bool isMapped() const { return confidence != Confidence::None; }
};

} // namespace cloudshift
