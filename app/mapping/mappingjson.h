#pragma once

#include "mapping/mappingcoverage.h"
#include "mapping/offer.h"
#include "mapping/pricedline.h"
#include "mapping/resourcepricer.h"

#include <nlohmann/json.hpp>

namespace cloudshift {

// JSON forms of the mapping results, as the command line prints them (snake_case keys, money as
// decimal numbers in the bill's currency, prices in USD).

nlohmann::json vmAlternativesToJson(const std::vector<VmAlternative>& alternatives);
/// A VM offer: {sku, region, vcpu, memory_gib, usd_per_hour, confidence, reason, alternatives, source,
/// as_of}.
nlohmann::json vmOfferToJson(const Offer& offer);
/// A resource priced on both targets, line by line.
nlohmann::json resourceLinesToJson(const Resource& resource, const ResourcePricer& pricer);
/// One priced line: Azure meter, quantity and cost; target service, SKU, region, unit price, cost,
/// confidence, reason and the price's source and date.
nlohmann::json pricedLineToJson(const PricedLine& line);
/// Share of the cost at each confidence, cost by meter category, and the "not mapped" list (the 20
/// costliest rows, or all with details).
nlohmann::json coverageToJson(const TargetCoverage& coverage, bool details);

} // namespace cloudshift
