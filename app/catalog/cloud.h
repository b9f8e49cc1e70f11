#pragma once

#include <QString>

#include <array>
#include <optional>

namespace cloudshift {

/// The clouds CloudShift compares. Azure is where workloads are today; AWS and GCP are targets.
enum class Cloud { Azure, Aws, Gcp };

inline constexpr std::array<Cloud, 2> kTargetClouds { Cloud::Aws, Cloud::Gcp };

/// Short lower-case id used in JSON, the command line and catalog files: "azure", "aws", "gcp".
QString cloudId(Cloud cloud);
/// Display name: "Azure", "AWS", "Google Cloud".
QString cloudDisplayName(Cloud cloud);
std::optional<Cloud> cloudFromId(const QString& id);

} // namespace cloudshift
