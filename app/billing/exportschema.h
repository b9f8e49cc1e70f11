#pragma once

#include "billing/importresult.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace cloudshift {

/// The columns CloudShift reads from any Azure cost export, whatever the format calls them.
enum class Field {
    Date,
    Cost,
    EffectiveCost, ///< FOCUS EffectiveCost (amortized); absent in other formats
    Currency,
    ResourceId,
    ResourceName,
    ResourceGroup,
    SubscriptionId,
    SubscriptionName,
    Location,
    MeterCategory,
    MeterSubCategory,
    MeterName,
    Quantity,
    Unit,
    Tags,
    AdditionalInfo,
    ChargeType,
    PricingModel,
    ConsumedService,
    ResourceType,
    ProviderName,
    Count
};

/// The format of one export file as told by its header row, and where each field sits in it.
///
/// Columns are matched by name, case-insensitively, never by position; localised headers that keep the
/// English key in parentheses ("Maßeinheit (UnitOfMeasure)") match on that key.
struct ExportSchema
{
    QString format; ///< "ea", "ea-portal", "ea-legacy", "mca", "mca-partner", "payg", "focus", "unknown"
    QString formatName;
    QString schemaVersion;
    CostKind costKind = CostKind::Unknown;
    bool isoDates = false; ///< FOCUS dates are ISO 8601; EA/MCA/PAYG are US month/day/year (ISO also read)
    int columnCount = 0;
    QString costColumnName; ///< header text of the cost column used, as written in the file
    std::array<int, static_cast<int>(Field::Count)> columns{};

    int column(Field field) const { return columns[static_cast<int>(field)]; }
    bool has(Field field) const { return column(field) >= 0; }
};

/// Header key normalisation: trim, take the text inside a trailing "(...)", lower-case.
QString normalizedHeaderKey(std::string_view header);

/// Detects the format from the header row. On failure returns nullopt and sets *error to a message
/// naming the missing columns.
std::optional<ExportSchema> detectExportSchema(const std::vector<std::string_view>& header, QString* error);

} // namespace cloudshift
