#include "columnmappingstore.h"

#include <QSettings>

namespace cloudshift {

namespace {

// One group per header signature, one key per field id: readable and editable in the settings file,
// and a field CloudShift no longer knows is skipped rather than misread.
const QString kGroup = QStringLiteral("columnMappings");

} // namespace

ColumnMappings ColumnMappingStore::load()
{
    ColumnMappings mappings;
    QSettings settings;
    settings.beginGroup(kGroup);
    const QStringList signatures = settings.childGroups();
    for (const QString& signature : signatures) {
        settings.beginGroup(signature);
        ColumnMapping mapping;
        const QStringList keys = settings.childKeys();
        for (const QString& key : keys) {
            if (const auto field = fieldFromId(key))
                mapping.columns[*field] = settings.value(key).toString();
        }
        settings.endGroup();
        if (!mapping.columns.empty())
            mappings.insert(signature, mapping);
    }
    settings.endGroup();
    return mappings;
}

void ColumnMappingStore::store(const QString& signature, const std::optional<ColumnMapping>& mapping)
{
    if (signature.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(signature);
    if (mapping) {
        settings.beginGroup(signature);
        for (const auto& [field, column] : mapping->columns)
            settings.setValue(fieldId(field), column);
        settings.endGroup();
    }
    settings.endGroup();
}

} // namespace cloudshift
