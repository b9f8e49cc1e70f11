#pragma once

#include "catalog/cloud.h"

#include <QString>

namespace cloudshift {

/// How closely a target offer matches the Azure resource it replaces.
enum class Confidence {
    Exact, ///< same vCPU, memory and family category
    Close, ///< same category, vCPU equal, memory within 25 %
    Approximate, ///< fallback by size only (>= vCPU and >= memory, cheapest)
    None ///< no equivalent: the Azure cost is kept and the line is flagged
};

/// "exact", "close", "approximate", "none" (stable ids used in JSON).
QString confidenceId(Confidence confidence);
/// The lower (worse) of two confidences.
Confidence weakerConfidence(Confidence a, Confidence b);

enum class OsType { Linux, Windows };

/// A priced equivalent of one Azure resource on one target cloud, with where the price came from.
struct Offer
{
    Cloud cloud = Cloud::Aws;
    QString service; ///< "EC2", "Compute Engine"
    QString sku; ///< "m6i.xlarge", "n2-standard-4"
    QString region; ///< target region id: "us-east-1", "us-east4"
    double usdPerHour = 0.0;
    Confidence confidence = Confidence::None;
    QString reason; ///< one line: "4 vCPU 16 GiB general purpose → m6i.xlarge"
    QString source; ///< catalog source id, e.g. "aws-karpenter"
    QString sourceDate; ///< date of the price, e.g. "2026-07-20"
    double vcpu = 0.0; ///< shape of the target type
    double memoryGiB = 0.0;

    bool isMapped() const { return confidence != Confidence::None; }
};

} // namespace cloudshift
