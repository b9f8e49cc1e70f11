#include "setriskinputscommand.h"

#include "commands/projectdocument.h"

#include <QCoreApplication>

namespace cloudshift {

SetRiskInputsCommand::SetRiskInputsCommand(
    ProjectDocument* document, const DependencyFlows& flows, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_flows(true)
    , m_flowsBefore(document->dependencies())
    , m_flowsAfter(flows)
{
    setText(flows.empty() ? QCoreApplication::translate("cloudshift", "Forget the dependency list")
                          : QCoreApplication::translate("cloudshift", "Import %n dependencies", nullptr,
                              static_cast<int>(flows.size())));
    setObsolete(m_flowsBefore == m_flowsAfter);
}

SetRiskInputsCommand::SetRiskInputsCommand(ProjectDocument* document, const QString& workload,
    const std::vector<UserPopulation>& populations, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_flows(false)
    , m_populationsBefore(document->userPopulations())
    , m_populationsAfter(m_populationsBefore)
{
    if (populations.empty())
        m_populationsAfter.erase(workload);
    else
        m_populationsAfter[workload] = populations;
    setText(QCoreApplication::translate("cloudshift", "Set the users of %1").arg(workload));
    setObsolete(m_populationsBefore == m_populationsAfter);
}

void SetRiskInputsCommand::undo()
{
    if (m_flows)
        m_document->setDependencies(m_flowsBefore);
    else
        m_document->setUserPopulations(m_populationsBefore);
}

void SetRiskInputsCommand::redo()
{
    if (m_flows)
        m_document->setDependencies(m_flowsAfter);
    else
        m_document->setUserPopulations(m_populationsAfter);
}

} // namespace cloudshift
