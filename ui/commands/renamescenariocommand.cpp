#include "renamescenariocommand.h"

#include "commands/scenarioset.h"

#include <QCoreApplication>

namespace cloudshift {

RenameScenarioCommand::RenameScenarioCommand(
    ScenarioSet* scenarios, int scenarioId, const QString& name, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_scenarios(scenarios)
    , m_scenarioId(scenarioId)
    , m_newName(name.trimmed())
{
    const int index = scenarios->indexOf(scenarioId);
    if (index >= 0)
        m_oldName = scenarios->scenario(index).name;
    setText(QCoreApplication::translate("cloudshift", "Rename scenario %1 to %2").arg(m_oldName, m_newName));
    setObsolete(index < 0 || scenarios->kind(index) != ScenarioSet::Kind::User || m_newName.isEmpty()
        || m_newName == m_oldName);
}

void RenameScenarioCommand::undo()
{
    m_scenarios->renameScenario(m_scenarioId, m_oldName);
}

void RenameScenarioCommand::redo()
{
    if (isObsolete())
        return; // a built-in scenario: the stack discards the command once redo() returns
    m_scenarios->renameScenario(m_scenarioId, m_newName);
}

} // namespace cloudshift
