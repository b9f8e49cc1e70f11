#pragma once

#include "billing/billingdata.h"
#include "billing/money.h"

#include <QString>

#include <utility>
#include <vector>

namespace cloudshift {

/// One meter of a resource, month by month: what a target cloud's price for the same service multiplies.
struct MeterUsage
{
    BilledMeter meter;
    std::vector<Micros> cost; ///< per inventory month
    std::vector<double> quantity; ///< per inventory month, in the meter's UnitOfMeasure
};

/// An Azure resource of the inventory with its monthly cost, ready for mapping and simulation.
///
/// Series are indexed by month of the inventory (0 = Inventory::firstMonth). VM compute meters are
/// kept apart because they are what a target cloud re-prices; every other meter of the resource is
/// carried over at its Azure cost until a mapping for it exists.
struct Resource
{
    QString id;
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString subscriptionName;
    QString location; ///< as billed; the mapper normalises it
    QString resourceType; ///< ARM type, lower-case
    QString serviceCategory; ///< MeterCategory carrying most of its cost, e.g. "Virtual Machines"
    QString vmSize; ///< "Standard_D4s_v5" for VMs, else empty
    int vcpus = 0;
    bool windows = false;
    bool hybridBenefit = false;
    std::vector<std::pair<QString, QString>> tags;
    QString currency;

    std::vector<MeterUsage> meters; ///< every meter billed to the resource
    std::vector<Micros> monthlyCost; ///< all meters
    std::vector<Micros> vmComputeCost; ///< the VM compute meters only
    std::vector<double> vmHours; ///< hours of those meters (quantity × pricing block size)
    Micros totalCost = 0;

    bool isVm() const { return !vmSize.isEmpty(); }
    /// Value of a tag by key, case-insensitive; empty when absent.
    QString tag(const QString& key) const;
};

} // namespace cloudshift
