#pragma once

#include <QString>

namespace cloudshift {

/// One row of the service equivalence table: an Azure service, the meter category it is billed under,
/// and the AWS and Google Cloud services that do the same job.
struct ServiceEquivalence
{
    QString category; ///< "Compute", "Storage", "Networking"
    QString azureService; ///< "Azure Kubernetes Service (AKS)"
    QString azureMeterCategory; ///< typical MeterCategory, several joined by " / " or " + "
    QString awsService; ///< "EKS"
    QString awsProductCode; ///< "AmazonEKS (+AmazonEC2 nodes)"
    QString gcpService; ///< "Google Kubernetes Engine"
    QString gcpBillingService;
    QString billingDimension; ///< "cluster-hour fee + node VMs"
};

} // namespace cloudshift
