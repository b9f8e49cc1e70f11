#pragma once

#include "commands/scenarioset.h"

#include <QUndoCommand>

namespace cloudshift {

/// Deletes a user scenario; undo puts it back at its place with its id, placements and assumptions.
class RemoveScenarioCommand : public QUndoCommand
{
public:
    RemoveScenarioCommand(ScenarioSet* scenarios, int scenarioId, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ScenarioSet* m_scenarios;
    int m_scenarioId;
    int m_index = -1;
    bool m_wasCurrent = false;
    ScenarioSet::Entry m_removed;
};

} // namespace cloudshift
