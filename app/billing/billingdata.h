#pragma once

#include "billing/importresult.h"
#include "billing/money.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace cloudshift {

/// One Azure resource as seen in the bill (attributes from its rows; costs are in BillingData::cells).
struct BilledResource
{
    QString id; ///< ResourceId as written first; grouping uses the lower-cased form
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString subscriptionName;
    QString location; ///< raw region spelling from the bill ("EastUS2", "US East 2")
    QString resourceType; ///< ARM type, lower-case: "microsoft.compute/virtualmachines"
    QString provider; ///< FOCUS ProviderName ("Microsoft", "AWS"...) when the file says
    QString currency;
    QString vmSize; ///< from AdditionalInfo.ServiceType, e.g. "Standard_D4s_v5"
    int vcpus = 0;
    bool windows = false; ///< billed with a Windows licence meter
    bool hybridBenefit = false; ///< Azure Hybrid Benefit: Windows licence brought by the customer
    std::vector<std::pair<QString, QString>> tags; ///< keys trimmed, in file order
};

/// A meter: what was charged (category, subcategory, name, unit), and under which charge and pricing model.
struct BilledMeter
{
    QString category;
    QString subCategory;
    QString name;
    QString unit;
    QString chargeType;
    QString pricingModel;
};

/// Cost and quantity of one resource on one meter in one month (rows of a month summed).
struct CostCell
{
    std::uint32_t resource = 0;
    std::uint32_t meter = 0;
    int month = 0; ///< months since January 2000 (0 = 2000-01)
    Micros cost = 0;
    double quantity = 0.0;
};

/// Everything an import keeps: memory follows resources × meters × months, not the number of rows.
struct BillingData
{
    ImportSummary summary;
    std::vector<BilledResource> resources;
    std::vector<BilledMeter> meters;
    std::vector<CostCell> cells;
    int firstMonth = 0; ///< months since 2000-01 of the earliest cell
    int lastMonth = -1;
};

inline int monthIndex(int year, int month)
{
    return (year - 2000) * 12 + (month - 1);
}

} // namespace cloudshift
