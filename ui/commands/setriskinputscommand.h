#pragma once

#include "latency/userpopulation.h"
#include "risk/dependencyflow.h"

#include <QUndoCommand>

namespace cloudshift {

class ProjectDocument;

/// Replaces the flows between workloads or the user populations the latency and risk assessment read.
/// Redo and undo hand the document the whole list as it was after and before; the engine re-plans.
class SetRiskInputsCommand : public QUndoCommand
{
public:
    /// A new dependency list (imported from a CSV file, or cleared).
    SetRiskInputsCommand(
        ProjectDocument* document, const DependencyFlows& flows, QUndoCommand* parent = nullptr);
    /// New user populations for one workload; an empty list brings back the default.
    SetRiskInputsCommand(ProjectDocument* document, const QString& workload,
        const std::vector<UserPopulation>& populations, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectDocument* m_document;
    bool m_flows; ///< which of the two lists the command changes
    DependencyFlows m_flowsBefore;
    DependencyFlows m_flowsAfter;
    UserPopulations m_populationsBefore;
    UserPopulations m_populationsAfter;
};

} // namespace cloudshift
