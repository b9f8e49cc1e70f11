#pragma once

#include "billing/columnmapping.h"

#include <QString>

#include <optional>

namespace cloudshift {

/// The column mappings the user confirmed, kept in QSettings by header signature so that the next file
/// with the same header imports without asking again, in this window or after a restart.
class ColumnMappingStore
{
public:
    static ColumnMappings load();
    /// Stores the mapping for a header, or forgets it when `mapping` is empty.
    static void store(const QString& signature, const std::optional<ColumnMapping>& mapping);
};

} // namespace cloudshift
