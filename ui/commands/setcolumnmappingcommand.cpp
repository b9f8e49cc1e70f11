#include "setcolumnmappingcommand.h"

#include "commands/projectdocument.h"

#include <QCoreApplication>

namespace cloudshift {

SetColumnMappingCommand::SetColumnMappingCommand(ProjectDocument* document, const QString& signature,
    const ColumnMapping& mapping, const QString& fileName, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_signature(signature)
    , m_newMapping(mapping)
{
    const ColumnMappings current = document->columnMappings();
    if (const auto known = current.constFind(signature); known != current.constEnd())
        m_oldMapping = *known;
    setText(QCoreApplication::translate("cloudshift", "Map columns of %1").arg(fileName));
    setObsolete(m_oldMapping && m_oldMapping->columns == m_newMapping.columns);
}

void SetColumnMappingCommand::undo()
{
    m_document->setColumnMapping(m_signature, m_oldMapping);
}

void SetColumnMappingCommand::redo()
{
    m_document->setColumnMapping(m_signature, m_newMapping);
}

} // namespace cloudshift
