#include "columnmapping.h"

#include <QCryptographicHash>

namespace cloudshift {

namespace {

    struct FieldInfo
    {
        Field field;
        const char* id;
        const char* display;
    };

    constexpr FieldInfo kFields[] = {
        {Field::Date, "date", "Date"},
        {Field::Cost, "cost", "Cost"},
        {Field::EffectiveCost, "effective_cost", "Effective (amortized) cost"},
        {Field::Currency, "currency", "Currency"},
        {Field::ResourceId, "resource_id", "Resource ID"},
        {Field::ResourceName, "resource_name", "Resource name"},
        {Field::ResourceGroup, "resource_group", "Resource group"},
        {Field::SubscriptionId, "subscription_id", "Subscription ID"},
        {Field::SubscriptionName, "subscription_name", "Subscription name"},
        {Field::Location, "location", "Region"},
        {Field::MeterCategory, "meter_category", "Meter category"},
        {Field::MeterSubCategory, "meter_subcategory", "Meter subcategory"},
        {Field::MeterName, "meter_name", "Meter name"},
        {Field::Quantity, "quantity", "Quantity"},
        {Field::Unit, "unit", "Unit of measure"},
        {Field::Tags, "tags", "Tags"},
        {Field::AdditionalInfo, "additional_info", "Additional info (VM size)"},
        {Field::ChargeType, "charge_type", "Charge type"},
        {Field::PricingModel, "pricing_model", "Pricing model"},
        {Field::ConsumedService, "consumed_service", "Service"},
        {Field::ResourceType, "resource_type", "Resource type"},
        {Field::ProviderName, "provider", "Provider"},
    };
    static_assert(std::size(kFields) == static_cast<std::size_t>(Field::Count), "every field has an id");

    const FieldInfo* info(Field field)
    {
        for (const auto& f : kFields) {
            if (f.field == field)
                return &f;
        }
        return nullptr;
    }

} // namespace

QString headerSignature(const std::vector<std::string_view>& header)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto& h : header) {
        hash.addData(normalizedHeaderKey(h).toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString fieldId(Field field)
{
    const FieldInfo* f = info(field);
    return f ? QLatin1String(f->id) : QString();
}

std::optional<Field> fieldFromId(const QString& id)
{
    for (const auto& f : kFields) {
        if (id == QLatin1String(f.id))
            return f.field;
    }
    return std::nullopt;
}

QString fieldDisplayName(Field field)
{
    const FieldInfo* f = info(field);
    return f ? QString::fromUtf8(f->display) : QString();
}

bool isRequiredField(Field field)
{
    return field == Field::Date || field == Field::Cost || field == Field::ResourceId;
}

std::optional<ExportSchema> schemaFromMapping(const std::vector<std::string_view>& header, const ColumnMapping& mapping,
    QString* error)
{
    ExportSchema schema;
    schema.columns.fill(-1);
    schema.columnCount = static_cast<int>(header.size());
    schema.format = QStringLiteral("mapped");
    schema.formatName = QStringLiteral("Cost file with columns mapped by the user");
    for (const auto& [field, name] : mapping.columns) {
        int at = -1;
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (QString::fromUtf8(header[i].data(), static_cast<qsizetype>(header[i].size())).trimmed() == name.trimmed()) {
                at = static_cast<int>(i);
                break;
            }
        }
        if (at < 0) {
            if (error)
                *error = QStringLiteral("the column mapping names '%1' for %2, but the header has no such column")
                             .arg(name, fieldDisplayName(field));
            return std::nullopt;
        }
        schema.columns[static_cast<int>(field)] = at;
    }
    for (Field required : {Field::Date, Field::Cost, Field::ResourceId}) {
        if (!schema.has(required)) {
            if (error)
                *error = QStringLiteral("the column mapping gives no column for %1").arg(fieldDisplayName(required));
            return std::nullopt;
        }
    }
    const auto& raw = header[static_cast<std::size_t>(schema.column(Field::Cost))];
    schema.costColumnName = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size())).trimmed();
    return schema;
}

} // namespace cloudshift
