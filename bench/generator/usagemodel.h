#pragma once

#include <QtGlobal>

namespace cloudshift {

class BillingCalendar;
struct MeterUsage;
struct Resource;

// Turns a usage's shape into quantities. Each day's value hangs only on the resource's key, the
// usage and the day, so a month's line equals the sum of that month's daily lines (before rounding)
// and neither depends on the order lines are written in.
class UsageModel
{
public:
    explicit UsageModel(const BillingCalendar& calendar);

    // Quantity in micro-units over days [firstDay, firstDay + count), all inside one month.
    qint64 quantity(const Resource& resource, int usageIndex, int firstDay, int count) const;
    bool isActive(const Resource& resource, int usageIndex, int day) const;

private:
    double daily(const Resource& resource, int usageIndex, int day, int monthDays) const;

    const BillingCalendar& m_calendar;
};

} // namespace cloudshift
