#include "inventoryjson.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace cloudshift {

namespace {

    std::string str(const QString& text) { return text.toStdString(); }

    QString monthLabel(int monthsSince2000)
    {
        return QStringLiteral("%1-%2").arg(2000 + monthsSince2000 / 12).arg(monthsSince2000 % 12 + 1, 2, 10, QLatin1Char('0'));
    }

} // namespace

std::uint32_t MeterTable::indexOf(const BilledMeter& meter)
{
    const QChar separator(0x1f); // unit separator: cannot occur in a meter's fields
    const QString key = meter.category + separator + meter.subCategory + separator + meter.name + separator + meter.unit
        + separator + meter.chargeType + separator + meter.pricingModel;
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return it.value();
    const auto index = static_cast<std::uint32_t>(m_meters.size());
    m_meters.push_back(meter);
    m_index.insert(key, index);
    return index;
}

nlohmann::json inventoryHeaderToJson(const Inventory& inventory)
{
    return {{"first_month", str(monthLabel(inventory.firstMonth))}, {"month_count", inventory.monthCount},
        {"currency", str(inventory.currency)}};
}

nlohmann::json meterToJson(const BilledMeter& meter)
{
    return nlohmann::json::array({str(meter.category), str(meter.subCategory), str(meter.name), str(meter.unit),
        str(meter.chargeType), str(meter.pricingModel)});
}

nlohmann::json resourceToJson(const Resource& resource, MeterTable& meters)
{
    nlohmann::json tags = nlohmann::json::array();
    for (const auto& [key, value] : resource.tags)
        tags.push_back({str(key), str(value)});
    nlohmann::json usages = nlohmann::json::array();
    for (const MeterUsage& usage : resource.meters)
        usages.push_back({{"meter", meters.indexOf(usage.meter)}, {"cost", usage.cost}, {"quantity", usage.quantity}});
    return {{"id", str(resource.id)}, {"name", str(resource.name)}, {"resource_group", str(resource.resourceGroup)},
        {"subscription_id", str(resource.subscriptionId)}, {"subscription_name", str(resource.subscriptionName)},
        {"location", str(resource.location)}, {"type", str(resource.resourceType)},
        {"service_category", str(resource.serviceCategory)}, {"vm_size", str(resource.vmSize)},
        {"vcpus", resource.vcpus}, {"windows", resource.windows}, {"hybrid_benefit", resource.hybridBenefit},
        {"tags", tags}, {"currency", str(resource.currency)}, {"meters", usages},
        {"monthly_cost", resource.monthlyCost}, {"vm_compute_cost", resource.vmComputeCost},
        {"vm_hours", resource.vmHours}};
}

void inventoryHeaderFromJson(const nlohmann::json& json, Inventory& inventory, JsonFieldReader& reader, const QString& path)
{
    const QString first = reader.text(json, "first_month", path);
    const QDate month = QDate::fromString(first + QStringLiteral("-01"), Qt::ISODate);
    if (reader.ok() && (!month.isValid() || month.year() < 2000))
        reader.fail(JsonFieldReader::join(path, "first_month"), QStringLiteral("'%1' is not a month (yyyy-mm)").arg(first));
    inventory.firstMonth = month.isValid() ? (month.year() - 2000) * 12 + month.month() - 1 : 0;
    const qint64 count = reader.integer(json, "month_count", path);
    if (reader.ok() && (count < 0 || count > 1200))
        reader.fail(JsonFieldReader::join(path, "month_count"), QStringLiteral("%1 is not a number of months").arg(count));
    inventory.monthCount = static_cast<int>(count);
    inventory.currency = reader.text(json, "currency", path);
}

BilledMeter meterFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path)
{
    BilledMeter meter;
    if (!json.is_array() || json.size() != 6 || !std::all_of(json.begin(), json.end(), [](const auto& v) { return v.is_string(); })) {
        reader.fail(path, QStringLiteral("expected 6 strings (category, subcategory, name, unit, charge type, pricing model)"));
        return meter;
    }
    auto at = [&json](std::size_t i) { return QString::fromStdString(json[i].get<std::string>()); };
    meter = {at(0), at(1), at(2), at(3), at(4), at(5)};
    return meter;
}

Resource resourceFromJson(const nlohmann::json& json, const std::vector<BilledMeter>& meters, std::size_t months,
    JsonFieldReader& reader, const QString& path)
{
    Resource r;
    r.id = reader.text(json, "id", path);
    r.name = reader.text(json, "name", path);
    r.resourceGroup = reader.text(json, "resource_group", path);
    r.subscriptionId = reader.text(json, "subscription_id", path);
    r.subscriptionName = reader.text(json, "subscription_name", path);
    r.location = reader.text(json, "location", path);
    r.resourceType = reader.text(json, "type", path);
    r.serviceCategory = reader.text(json, "service_category", path);
    r.vmSize = reader.text(json, "vm_size", path);
    r.vcpus = static_cast<int>(reader.integer(json, "vcpus", path));
    r.windows = reader.boolean(json, "windows", path);
    r.hybridBenefit = reader.boolean(json, "hybrid_benefit", path);
    r.currency = reader.text(json, "currency", path);
    if (const nlohmann::json* tags = reader.array(json, "tags", path)) {
        for (std::size_t i = 0; i < tags->size() && reader.ok(); ++i) {
            const nlohmann::json& tag = (*tags)[i];
            if (!tag.is_array() || tag.size() != 2 || !tag[0].is_string() || !tag[1].is_string()) {
                reader.fail(JsonFieldReader::index(JsonFieldReader::join(path, "tags"), i), QStringLiteral("expected [key, value]"));
                break;
            }
            r.tags.emplace_back(QString::fromStdString(tag[0].get<std::string>()), QString::fromStdString(tag[1].get<std::string>()));
        }
    }
    if (const nlohmann::json* usages = reader.array(json, "meters", path)) {
        const QString usagesPath = JsonFieldReader::join(path, "meters");
        for (std::size_t i = 0; i < usages->size() && reader.ok(); ++i) {
            const nlohmann::json& usage = (*usages)[i];
            const QString at = JsonFieldReader::index(usagesPath, i);
            const qint64 meter = reader.integer(usage, "meter", at);
            if (reader.ok() && (meter < 0 || static_cast<std::size_t>(meter) >= meters.size())) {
                reader.fail(JsonFieldReader::join(at, "meter"), QStringLiteral("%1 is not in the meter table").arg(meter));
                break;
            }
            MeterUsage read{meters.empty() ? BilledMeter{} : meters[static_cast<std::size_t>(meter)],
                reader.microsSeries(usage, "cost", at, months), reader.numberSeries(usage, "quantity", at, months)};
            r.meters.push_back(std::move(read));
        }
    }
    r.monthlyCost = reader.microsSeries(json, "monthly_cost", path, months);
    r.vmComputeCost = reader.microsSeries(json, "vm_compute_cost", path, months);
    r.vmHours = reader.numberSeries(json, "vm_hours", path, months);
    for (Micros cost : r.monthlyCost)
        r.totalCost += cost;
    return r;
}

} // namespace cloudshift
