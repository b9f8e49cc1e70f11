#pragma once

#include "mapping/linecontext.h"
#include "mapping/pricedline.h"

namespace cloudshift {

/// Prices meters of services that have an equivalent billed in the same dimension: Log Analytics →
/// CloudWatch Logs / Cloud Logging, AKS uptime SLA → EKS / GKE cluster fee, Key Vault operations → KMS,
/// Load Balancer → Network Load Balancer / Cloud Load Balancing, VPN Gateway → Site-to-Site VPN / Cloud
/// VPN, public IPs, NAT Gateway, Azure DNS, Application Gateway, Cosmos DB → DynamoDB, Backup → AWS Backup
/// / snapshots, Functions → Lambda. One rule per meter pattern says what replaces it and how sure that is.
class ServiceLinePricer
{
public:
    /// False when no rule covers the meter (the line's reason says why).
    bool price(const LineContext& context, PricedLine& line) const;

    /// Why a meter without a rule stays on Azure, naming the equivalent service where the table has one.
    static QString notMappedReason(const Catalog& catalog, const BilledMeter& meter, Cloud target);

private:
    bool priceCosmosThroughput(const LineContext& context, PricedLine& line) const;
};

} // namespace cloudshift
