#pragma once

#include "mapping/linecontext.h"
#include "mapping/pricedline.h"

namespace cloudshift {

/// Prices storage meters: managed disks by tier and size (Premium and Standard SSD → EBS gp3 / PD
/// balanced, Standard HDD → EBS st1 / PD standard, with gp3 IOPS and throughput above its baseline),
/// snapshots, disk transactions; Blob capacity by access tier and redundancy (Hot/Cool/Cold/Archive →
/// S3 Standard/Standard-IA/Glacier Instant Retrieval/Deep Archive and Cloud Storage Standard/Nearline/
/// Coldline/Archive; geo-redundant → a replica in a second region / a dual-region bucket) and Blob
/// operations, retrieval and geo-replication.
class StorageLinePricer
{
public:
    /// False when the meter has no equivalent here (the line's reason says why).
    bool price(const LineContext& context, PricedLine& line) const;

    /// Access tier named in a Blob meter: "hot", "cool", "cold", "archive" (hot when none is named).
    static QString blobTier(const QString& meterName);
    /// True for GRS, RA-GRS, GZRS and RA-GZRS meters.
    static bool isGeoRedundant(const QString& meterName);
    /// Google Cloud dual-region ("nam4") or multi-region ("us-multi") location for a region's continent.
    static QString gcpGeoLocation(const QString& region, bool dual);

private:
    bool priceDisk(const LineContext& context, PricedLine& line) const;
    bool priceDiskTier(const LineContext& context, PricedLine& line, const QString& tier) const;
    bool priceBlobCapacity(const LineContext& context, PricedLine& line) const;
    bool priceBlobOperations(const LineContext& context, PricedLine& line) const;
    /// Prices the line at one catalog rate, or explains why it cannot.
    bool useRate(const LineContext& context, PricedLine& line, const QString& kind, const QString& product,
        const QString& region, double unitsPerQuantity) const;
};

} // namespace cloudshift
