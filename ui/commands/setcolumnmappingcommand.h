#pragma once

#include "billing/columnmapping.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace cloudshift {

class ProjectDocument;

/// Confirms (or changes) which columns of an unrecognised header hold which fields. The document
/// remembers the mapping for every file with that header and re-runs the analysis; undo puts back the
/// previous mapping, or none.
class SetColumnMappingCommand : public QUndoCommand
{
public:
    SetColumnMappingCommand(ProjectDocument* document, const QString& signature, const ColumnMapping& mapping,
        const QString& fileName, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectDocument* m_document;
    QString m_signature;
    std::optional<ColumnMapping> m_oldMapping;
    ColumnMapping m_newMapping;
};

} // namespace cloudshift
