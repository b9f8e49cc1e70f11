#pragma once

#include "billing/exportschema.h"

#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace cloudshift {

/// The user's answer for a header CloudShift does not recognise: which column holds which field.
///
/// Keyed by the header's signature so that the next file with the same header imports without asking
/// again. Never a silent guess: without a mapping an unknown header is refused with the missing fields.
struct ColumnMapping
{
    std::map<Field, QString> columns; ///< field → header text as written in the file
};

/// Mappings the user has confirmed, by header signature.
using ColumnMappings = QHash<QString, ColumnMapping>;

/// Stable id of a header row: a hash of its normalised keys in order.
QString headerSignature(const std::vector<std::string_view>& header);

/// "date", "cost", "resource_id"... (stable, used in settings and project files).
QString fieldId(Field field);
std::optional<Field> fieldFromId(const QString& id);
/// "Date", "Cost", "Resource ID"... for the GUI.
QString fieldDisplayName(Field field);
/// Fields a mapping must give: date, cost and a resource id.
bool isRequiredField(Field field);

/// Builds the schema from a user mapping; nullopt with *error naming a required field left unmapped or a
/// header the file does not have.
std::optional<ExportSchema> schemaFromMapping(const std::vector<std::string_view>& header, const ColumnMapping& mapping,
    QString* error);

} // namespace cloudshift
