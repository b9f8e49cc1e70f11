#include "removescenariocommand.h"

#include <QCoreApplication>

namespace cloudshift {

RemoveScenarioCommand::RemoveScenarioCommand(ScenarioSet* scenarios, int scenarioId, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_scenarios(scenarios)
    , m_scenarioId(scenarioId)
{
    const int index = scenarios->indexOf(scenarioId);
    setText(QCoreApplication::translate("cloudshift", "Delete scenario %1")
                .arg(index >= 0 ? scenarios->scenario(index).name : QString()));
    // The built-in scenarios are what the others are measured against; they cannot go.
    setObsolete(index < 0 || scenarios->kind(index) != ScenarioSet::Kind::User);
}

void RemoveScenarioCommand::undo()
{
    m_scenarios->insertScenario(m_index, m_removed);
    if (m_wasCurrent)
        m_scenarios->setCurrentId(m_scenarioId);
}

void RemoveScenarioCommand::redo()
{
    if (isObsolete())
        return; // a built-in scenario: the stack discards the command once redo() returns
    m_index = m_scenarios->indexOf(m_scenarioId);
    if (m_index < 0)
        return;
    m_wasCurrent = m_scenarios->currentId() == m_scenarioId;
    m_removed = m_scenarios->removeScenario(m_scenarioId);
}

} // namespace cloudshift
