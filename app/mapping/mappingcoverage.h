#pragma once

#include "inventory/inventory.h"
#include "mapping/resourcepricer.h"

#include <array>
#include <map>
#include <vector>

namespace cloudshift {

/// How much of an inventory's Azure cost a target cloud prices, at each confidence, and what it does not.
struct TargetCoverage
{
    /// Azure cost of the lines that share one meter, kept on Azure because nothing prices them.
    struct NotMapped
    {
        QString category;
        QString meter;
        MeterKind kind = MeterKind::Other;
        Micros azureCost = 0;
        int lines = 0; ///< resources billed on the meter
        QString reason; ///< of the costliest of those lines
    };

    Cloud cloud = Cloud::Aws;
    Micros azureTotal = 0;
    Micros targetTotal = 0;
    std::array<Micros, 4> azureByConfidence {}; ///< by Confidence; None is the carried-over cost
    std::vector<NotMapped> notMapped; ///< costliest first
    std::map<QString, std::array<Micros, 4>> byCategory; ///< Azure cost by meter category and Confidence

    /// Share (0..1) of the Azure cost priced at this confidence or better.
    double shareAtLeast(Confidence confidence) const;
    /// Share (0..1) of the Azure cost priced at exactly this confidence (None: carried over).
    double share(Confidence confidence) const;
};

/// Measures mapping coverage: every resource priced on AWS and on Google Cloud, line by line.
class MappingCoverage
{
public:
    static std::array<TargetCoverage, 2> measure(const Inventory& inventory, const ResourcePricer& pricer);
    /// Adds one resource as priced on coverage's cloud; call finish() once all are in.
    static void add(TargetCoverage& coverage, const Resource& resource, const TargetPricing& pricing);
    /// Orders the "not mapped" list, costliest first.
    static void finish(TargetCoverage& coverage);

    /// Reads Azure exports into an inventory as the analysis does (VM hours from the catalog's pricing
    /// units). summary receives the import's diagnostics; error is set when nothing could be read.
    static Inventory inventoryOf(
        const QStringList& inputs, const Catalog& catalog, ImportSummary* summary, QString* error);
};

} // namespace cloudshift
