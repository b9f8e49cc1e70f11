#include "unitconverter.h"

namespace cloudshift {

namespace {

constexpr double kHoursPerMonth = 730.0; // the month all three clouds price in

struct Canonical
{
    const char16_t* distinct;
    double factor;
    const char16_t* unit;
};

// Distinct units of the PricingUnits table and what one of them is in a canonical unit.
constexpr Canonical kUnits[] = {
    { u"Hours", 1.0, u"hours" },
    { u"Unit Hours", 1.0, u"hours" },
    { u"DB Hours", 1.0, u"hours" },
    { u"Minutes", 1.0 / 60.0, u"hours" },
    { u"Days", 24.0, u"hours" },
    { u"GB/Month", 1.0, u"GB-month" },
    { u"GiB/Month", 1.0, u"GB-month" },
    { u"MB/Month", 1.0 / 1024.0, u"GB-month" },
    { u"TB/Month", 1024.0, u"GB-month" },
    { u"TiB/Month", 1024.0, u"GB-month" },
    { u"GB/Hour", 1.0 / kHoursPerMonth, u"GB-month" },
    { u"GiB/Hour", 1.0 / kHoursPerMonth, u"GB-month" },
    { u"GB Hours", 1.0 / kHoursPerMonth, u"GB-month" },
    { u"GiB Hours", 1.0 / kHoursPerMonth, u"GB-month" },
    { u"GB/Day", 1.0 / 30.4167, u"GB-month" },
    { u"GB", 1.0, u"GB" },
    { u"GiB", 1.0, u"GB" },
    { u"MB", 1.0 / 1024.0, u"GB" },
    { u"TB", 1024.0, u"GB" },
    { u"TiB", 1024.0, u"GB" },
    { u"Units", 1.0, u"operations" },
    { u"Operations", 1.0, u"operations" },
    { u"Transactions", 1.0, u"operations" },
    { u"Requests", 1.0, u"operations" },
    { u"Calls", 1.0, u"operations" },
    { u"Executions", 1.0, u"operations" },
    { u"Million", 1e6, u"operations" },
    { u"Units/Month", 1.0, u"units/month" },
    { u"Units/Day", 1.0, u"units/day" },
    { u"GB Seconds", 1.0, u"GB-seconds" },
    { u"GiB Seconds", 1.0, u"GB-seconds" },
};

} // namespace

UnitConverter::UnitConverter(const Catalog& catalog)
    : m_catalog(catalog)
{
}

std::optional<UnitConverter::Unit> UnitConverter::convert(const QString& unitOfMeasure) const
{
    const std::optional<PricingUnit> pricing = m_catalog.pricingUnit(unitOfMeasure);
    // FOCUS exports name the distinct unit itself ("GB/Month", "Units/Month"): one block of one.
    const QString distinct = pricing ? pricing->distinctUnits : unitOfMeasure.trimmed();
    const double blockSize = pricing ? pricing->blockSize : 1.0;
    for (const Canonical& c : kUnits) {
        if (distinct.compare(QStringView(c.distinct), Qt::CaseInsensitive) == 0)
            return Unit { blockSize * c.factor, QString::fromUtf16(c.unit) };
    }
    return std::nullopt;
}

} // namespace cloudshift
