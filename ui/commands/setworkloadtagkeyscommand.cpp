#include "setworkloadtagkeyscommand.h"

#include "commands/projectdocument.h"

#include <QCoreApplication>

namespace cloudshift {

SetWorkloadTagKeysCommand::SetWorkloadTagKeysCommand(
    ProjectDocument* document, const QStringList& keys, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_oldKeys(document->workloadTagKeys())
    , m_newKeys(keys)
{
    setText(QCoreApplication::translate("cloudshift", "Group workloads by %1")
                .arg(keys.isEmpty() ? QCoreApplication::translate("cloudshift", "resource group")
                                    : keys.join(QStringLiteral(", "))));
    // Re-analysing for an unchanged grouping would cost a full import and leave a no-op in the history.
    setObsolete(m_oldKeys == m_newKeys);
}

void SetWorkloadTagKeysCommand::undo()
{
    m_document->setWorkloadTagKeys(m_oldKeys);
}

void SetWorkloadTagKeysCommand::redo()
{
    m_document->setWorkloadTagKeys(m_newKeys);
}

} // namespace cloudshift
