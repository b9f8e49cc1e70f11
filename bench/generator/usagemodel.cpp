#include "usagemodel.h"

#include "billingcalendar.h"
#include "fixeddecimal.h"
#include "random.h"
#include "resource.h"

#include <algorithm>
#include <cmath>

namespace cloudshift {

namespace {

// Azure bills VM time by the minute; quarter hours are enough to look like it.
double quarterHours(double hours)
{
    return std::floor(hours * 4.0 + 0.5) / 4.0;
}

} // namespace

UsageModel::UsageModel(const BillingCalendar& calendar)
    : m_calendar(calendar)
{
}

bool UsageModel::isActive(const Resource& resource, int usageIndex, int day) const
{
    const int start = std::max(resource.firstDay, resource.usages.at(usageIndex).firstDay);
    return day >= start && day <= resource.lastDay;
}

qint64 UsageModel::quantity(const Resource& resource, int usageIndex, int firstDay, int count) const
{
    const int monthDays = m_calendar.daysInMonth(m_calendar.monthOf(firstDay));
    double sum = 0.0;
    for (int day = firstDay; day < firstDay + count; ++day) {
        if (isActive(resource, usageIndex, day))
            sum += daily(resource, usageIndex, day, monthDays);
    }
    return FixedDecimal::fromDouble(sum, FixedDecimal::quantityScale);
}

double UsageModel::daily(const Resource& resource, int usageIndex, int day, int monthDays) const
{
    const MeterUsage& usage = resource.usages.at(usageIndex);
    const quint64 hash = Random::mix(Random::mix(resource.key, quint64(usageIndex)), quint64(day));
    const double noise = Random::unit(hash);
    const double second = Random::unit(Random::mix(hash, 1));
    const double growth = 1.0 + usage.growthPerMonth * double(day) / 30.0;
    const bool weekend = m_calendar.isWeekend(day);
    const int start = std::max(resource.firstDay, usage.firstDay);

    double hours = 0.0;
    switch (usage.shape) {
    case UsageShape::AlwaysOn:
        hours = 24.0 * std::max(1.0, std::floor(usage.base * growth + 0.5));
        break;
    case UsageShape::BusinessHours:
        hours = weekend ? 0.0 : quarterHours(usage.base + (noise - 0.5) * 2.0);
        break;
    case UsageShape::NightlyBatch:
        hours = quarterHours(usage.base + (noise - 0.5) * 4.0);
        break;
    case UsageShape::Bursty:
        hours = noise < 0.35 ? 24.0 : noise < 0.5 ? quarterHours(4.0 + 16.0 * second) : 0.0;
        break;
    case UsageShape::Prorated:
        return usage.base / double(monthDays);
    case UsageShape::Stored:
        return usage.base * growth * (0.99 + 0.02 * noise) / double(monthDays);
    case UsageShape::Volume:
        return usage.base * growth * (0.8 + 0.4 * noise) * (weekend ? usage.weekendFactor : 1.0);
    }
    // A resource created or deleted during a day runs only part of it.
    const bool created = day == start && start > 0;
    const bool deleted = day == resource.lastDay && day < m_calendar.totalDays() - 1;
    if (created || deleted)
        hours = std::min(hours, quarterHours(24.0 * (0.2 + 0.8 * second)));
    return hours;
}

} // namespace cloudshift
