#pragma once

#include "billing/columnmapping.h"
#include "billing/exportschema.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cloudshift {

/// The first rows of an export and what CloudShift makes of its header, for the import page: the
/// detected format and, per column, the field it will be read as.
struct ExportPreview
{
    QString path;
    QString error; ///< set when the file cannot be read at all ("line:column: reason" where known)
    QStringList headers; ///< as written in the file
    std::vector<QStringList> rows; ///< the first rows, padded to the header's width
    QString signature; ///< headerSignature() of the header row
    std::optional<ExportSchema> schema; ///< detected, or built from a known mapping
    QString schemaError; ///< why no schema: the missing fields
    bool mappedByUser = false; ///< the schema comes from a column mapping the user confirmed

    /// The field a column is read as, if any.
    std::optional<Field> roleOf(int column) const;
};

/// Reads the header and the first maxRows rows of one export file (plain, gzip or UTF-16).
ExportPreview previewExport(const QString& path, int maxRows = 20, const ColumnMappings& mappings = {});

} // namespace cloudshift
