#pragma once

#include <QString>

namespace cloudshift {

/// The AWS and Google Cloud regions nearest to one Azure region (same metro where one exists).
struct RegionEquivalence
{
    QString azureRegion; ///< ARM id: "eastus"
    QString awsRegion; ///< "us-east-1"
    QString gcpRegion; ///< "us-east4"
    QString azureLocation; ///< "Virginia"
    QString awsLocation; ///< "N. Virginia"
    QString gcpLocation;
    QString note; ///< why the match is not same-metro, where it is not
};

} // namespace cloudshift
