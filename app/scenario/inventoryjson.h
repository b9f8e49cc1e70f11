#pragma once

#include "inventory/inventory.h"
#include "scenario/jsonfieldreader.h"

#include <nlohmann/json_fwd.hpp>

#include <QHash>

#include <vector>

namespace cloudshift {

// JSON form of the inventory in project files. Money stays in integer micro-units and quantities are
// written in their shortest exact form, so a reopened project re-prices to the same figures. Meters are
// written once in a table and resources refer to them by index: thousands of resources share a few
// hundred meters.

/// Numbers meters in order of first use.
class MeterTable
{
public:
    std::uint32_t indexOf(const BilledMeter& meter);
    const std::vector<BilledMeter>& meters() const { return m_meters; }

private:
    std::vector<BilledMeter> m_meters;
    QHash<QString, std::uint32_t> m_index;
};

nlohmann::json inventoryHeaderToJson(const Inventory& inventory); ///< months and currency
nlohmann::json meterToJson(const BilledMeter& meter); ///< [category, subcategory, name, unit, charge, pricing]
nlohmann::json resourceToJson(const Resource& resource, MeterTable& meters);

/// Reads months and currency into `inventory`; the resources are read separately.
void inventoryHeaderFromJson(const nlohmann::json& json, Inventory& inventory, JsonFieldReader& reader, const QString& path);
BilledMeter meterFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path);
Resource resourceFromJson(const nlohmann::json& json, const std::vector<BilledMeter>& meters, std::size_t months,
    JsonFieldReader& reader, const QString& path);

} // namespace cloudshift
