#include "setgroupingcommand.h"

#include "commands/projectdocument.h"

#include <QCoreApplication>

namespace cloudshift {

SetGroupingCommand::SetGroupingCommand(
    ProjectDocument* document, const GroupingSettings& grouping, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_old(document->grouping())
    , m_new(grouping)
{
    // Re-analysing for an unchanged grouping would cost a full pass and leave a no-op in the history.
    setObsolete(m_old == m_new);
}

SetGroupingCommand* SetGroupingCommand::moveResource(ProjectDocument* document, const QString& resourceId,
    const QString& resourceName, const QString& workload)
{
    GroupingSettings grouping = document->grouping();
    // Ids compare case-insensitively: replace a move recorded under another spelling of the same id.
    for (auto it = grouping.manualMoves.begin(); it != grouping.manualMoves.end();) {
        if (it->first.compare(resourceId, Qt::CaseInsensitive) == 0)
            it = grouping.manualMoves.erase(it);
        else
            ++it;
    }
    grouping.manualMoves[resourceId] = workload;
    return new SetGroupingCommand(document, grouping,
        QCoreApplication::translate("cloudshift", "Move %1 to workload %2").arg(resourceName, workload));
}

void SetGroupingCommand::undo()
{
    if (!isObsolete())
        m_document->setGrouping(m_old);
}

void SetGroupingCommand::redo()
{
    if (!isObsolete())
        m_document->setGrouping(m_new);
}

} // namespace cloudshift
