#include "exportschema.h"

#include <QSet>

#include <initializer_list>

namespace cloudshift {

namespace {

    // Header names for each field, in order of preference. One list serves every format: the formats
    // differ in spelling, not in meaning.
    struct FieldAliases
    {
        Field field;
        std::initializer_list<const char*> names;
    };

    const FieldAliases kAliases[] = {
        {Field::Date, {"date", "usagedatetime", "chargeperiodstart"}},
        {Field::EffectiveCost, {"effectivecost"}},
        {Field::Currency, {"billingcurrencycode", "billingcurrency", "currency"}},
        {Field::ResourceId, {"resourceid", "instanceid", "instancename"}},
        {Field::ResourceName, {"resourcename"}},
        {Field::ResourceGroup, {"resourcegroup", "resourcegroupname", "x_resourcegroupname"}},
        {Field::SubscriptionId, {"subscriptionid", "subscriptionguid", "subaccountid"}},
        {Field::SubscriptionName, {"subscriptionname", "subaccountname"}},
        {Field::Location, {"resourcelocation", "regionid", "location", "regionname", "meterregion"}},
        {Field::MeterCategory, {"metercategory", "x_skumetercategory"}},
        {Field::MeterSubCategory, {"metersubcategory", "x_skumetersubcategory"}},
        {Field::MeterName, {"metername", "x_skumetername", "skumeter"}},
        {Field::Quantity, {"quantity", "usagequantity", "consumedquantity"}},
        {Field::Unit, {"unitofmeasure", "x_pricingunitdescription", "consumedunit"}},
        {Field::Tags, {"tags"}},
        {Field::AdditionalInfo, {"additionalinfo", "x_skudetails"}},
        {Field::ChargeType, {"chargetype", "chargecategory"}},
        {Field::PricingModel, {"pricingmodel", "pricingcategory"}},
        {Field::ConsumedService, {"consumedservice", "servicename"}},
        {Field::ResourceType, {"x_resourcetype", "resourcetype"}},
        {Field::ProviderName, {"providername", "provider"}},
    };

    struct FormatInfo
    {
        const char* id;
        const char* name;
        const char* costColumn;
        CostKind kind;
    };

    int indexOf(const QStringList& keys, const char* name)
    {
        return keys.indexOf(QLatin1String(name));
    }

} // namespace

QString normalizedHeaderKey(std::string_view header)
{
    QString key = QString::fromUtf8(header.data(), static_cast<qsizetype>(header.size())).trimmed();
    if (key.endsWith(QLatin1Char(')'))) {
        qsizetype end = key.size();
        while (end > 0 && key.at(end - 1) == QLatin1Char(')'))
            --end;
        const qsizetype open = key.lastIndexOf(QLatin1Char('('), end - 1);
        if (open >= 0)
            key = key.mid(open + 1, end - open - 1).trimmed();
    }
    return key.toLower();
}

std::optional<ExportSchema> detectExportSchema(const std::vector<std::string_view>& header, QString* error)
{
    QStringList keys;
    keys.reserve(static_cast<qsizetype>(header.size()));
    for (const auto& h : header)
        keys.append(normalizedHeaderKey(h));
    const QSet<QString> h(keys.begin(), keys.end());
    auto has = [&h](const char* name) { return h.contains(QLatin1String(name)); };

    ExportSchema schema;
    schema.columns.fill(-1);
    schema.columnCount = static_cast<int>(header.size());

    // The order of these tests matters: FOCUS and MCA files also contain some EA names.
    FormatInfo info{"unknown", "Unrecognised Azure-like cost file", nullptr, CostKind::Unknown};
    if (has("billedcost") && has("effectivecost") && has("chargeperiodstart")) {
        info = {"focus", "FOCUS cost export", "billedcost", CostKind::Focus};
        schema.isoDates = true;
        if (has("chargesubcategory") || has("usagequantity") || has("x_ondemandcost"))
            schema.schemaVersion = QStringLiteral("1.0-preview(v1)");
        else if (has("skumeter") || has("invoiceid") || has("x_amortizationclass") || has("servicesubcategory"))
            schema.schemaVersion = QStringLiteral("1.2-preview");
        else
            schema.schemaVersion = QStringLiteral("1.0");
        if (!has("x_skumetercategory"))
            info.name = "FOCUS cost data (generic provider)";
    } else if (has("costinbillingcurrency") && (has("partnername") || has("customertenantid"))) {
        info = {"mca-partner", "MCA partner (CSP) cost details", "costinbillingcurrency", CostKind::Unknown};
    } else if (has("costinbillingcurrency") && has("resourcegroupname")
        && (has("pricingcurrency") || has("exchangeratepricingtobilling") || has("invoiceid"))) {
        info = {"mca", "MCA cost details", "costinbillingcurrency", CostKind::Unknown};
        schema.schemaVersion = has("provider") || has("costinpricingcurrency") ? QStringLiteral("2023-12-01-preview")
                                                                                : QStringLiteral("2021-10-01");
    } else if (has("costinbillingcurrency") && has("resourcegroup") && has("date")) {
        info = {"ea", "EA cost details", "costinbillingcurrency", CostKind::Unknown};
        if (has("resourcelocationnormalized") || has("accountid"))
            schema.schemaVersion = QStringLiteral("2024-08-01");
        else if (has("benefitid"))
            schema.schemaVersion = keys.value(0) == u"costinbillingcurrency" ? QStringLiteral("2021-10-01")
                                                                             : QStringLiteral("2023-12-01-preview");
        else if (has("costallocationrulename"))
            schema.schemaVersion = QStringLiteral("2021-01-01");
        else
            schema.schemaVersion = QStringLiteral("2020-01-01");
    } else if (has("cost") && has("billingcurrency") && has("date") && (has("product") || has("invoicesection"))) {
        info = {"ea-portal", "EA cost details (portal download)", "cost", CostKind::Unknown};
    } else if (has("pretaxcost") && has("usagedatetime") && has("subscriptionguid")
        && (has("servicename") || has("currency"))) {
        info = {"payg", "Pay-as-you-go usage details", "pretaxcost", CostKind::Actual};
        schema.schemaVersion = QStringLiteral("2019-11-01");
    } else if (has("pretaxcost") && has("usagedatetime") && (has("departmentname") || has("accountownerid"))) {
        info = {"ea-legacy", "EA usage details (legacy)", "pretaxcost", CostKind::Unknown};
        schema.schemaVersion = QStringLiteral("2019-10-01");
    }

    schema.format = QLatin1String(info.id);
    schema.formatName = QLatin1String(info.name);
    schema.costKind = info.kind;

    for (const auto& alias : kAliases) {
        for (const char* name : alias.names) {
            const int at = indexOf(keys, name);
            if (at >= 0) {
                schema.columns[static_cast<int>(alias.field)] = at;
                break;
            }
        }
    }
    int costAt = -1;
    if (info.costColumn) {
        costAt = indexOf(keys, info.costColumn);
    } else {
        for (const char* name : {"costinbillingcurrency", "pretaxcost", "cost", "billedcost"}) {
            costAt = indexOf(keys, name);
            if (costAt >= 0)
                break;
        }
    }
    schema.columns[static_cast<int>(Field::Cost)] = costAt;
    if (costAt >= 0) {
        const auto& raw = header[static_cast<std::size_t>(costAt)];
        schema.costColumnName = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size())).trimmed();
    }

    QStringList missing;
    if (!schema.has(Field::Date))
        missing << QStringLiteral("a date (Date, UsageDateTime or ChargePeriodStart)");
    if (!schema.has(Field::Cost))
        missing << QStringLiteral("a cost (CostInBillingCurrency, Cost, PreTaxCost or BilledCost)");
    if (schema.format == u"unknown") {
        if (!schema.has(Field::ResourceId))
            missing << QStringLiteral("a resource id (ResourceId or InstanceId)");
        if (!schema.has(Field::MeterCategory) && !schema.has(Field::ConsumedService))
            missing << QStringLiteral("a meter category or service (MeterCategory, ConsumedService)");
    }
    if (!missing.isEmpty()) {
        if (error)
            *error = QStringLiteral("the header row is not an Azure cost export: no column for %1")
                         .arg(missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return schema;
}

} // namespace cloudshift
