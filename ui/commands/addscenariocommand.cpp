#include "addscenariocommand.h"

#include "commands/scenarioset.h"

namespace cloudshift {

AddScenarioCommand::AddScenarioCommand(
    ScenarioSet* scenarios, const Scenario& scenario, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_scenarios(scenarios)
    , m_scenario(scenario)
    , m_previousCurrentId(scenarios->currentId())
{
}

void AddScenarioCommand::undo()
{
    m_scenarios->removeScenario(m_id);
    m_scenarios->setCurrentId(m_previousCurrentId);
}

void AddScenarioCommand::redo()
{
    ScenarioSet::Entry entry;
    entry.id = m_id;
    entry.scenario = m_scenario;
    m_id = m_scenarios->insertScenario(m_scenarios->count(), entry);
    m_scenarios->setCurrentId(m_id);
}

} // namespace cloudshift
