#pragma once

#include "scenario/scenario.h"

#include <QUndoCommand>

namespace cloudshift {

class ScenarioSet;

/// Adds a user scenario after the others and makes it current: a new one (everything on Azure) or a
/// copy of another. Undo removes it; redo brings it back with the same id, so later commands that
/// name it still find it.
class AddScenarioCommand : public QUndoCommand
{
public:
    /// `text` is the history entry, e.g. "New scenario Cloud first" or "Duplicate Optimised placement".
    AddScenarioCommand(ScenarioSet* scenarios, const Scenario& scenario, const QString& text,
        QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    int scenarioId() const { return m_id; }

private:
    ScenarioSet* m_scenarios;
    Scenario m_scenario;
    int m_id = 0;
    int m_previousCurrentId = 0;
};

} // namespace cloudshift
