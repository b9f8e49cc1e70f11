#pragma once

#include "billing/billingdata.h"
#include "inventory/resource.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cloudshift {

/// The resources of an import, each with monthly series over the imported months.
struct Inventory
{
    int firstMonth = 0; ///< months since 2000-01
    int monthCount = 0;
    QString currency; ///< the billing currency carrying most of the cost
    std::vector<Resource> resources;

    QDate monthStart(int month) const;
};

/// How many hours one unit of an Azure UnitOfMeasure stands for ("100 Hours" → 100); nullopt when the
/// unit is not a time unit in hours.
using HoursPerUnit = std::function<std::optional<double>(const QString& unitOfMeasure)>;

/// Builds the inventory from aggregated billing cells.
Inventory buildInventory(const BillingData& data, const HoursPerUnit& hoursPerUnit);

} // namespace cloudshift
