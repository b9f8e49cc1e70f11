#include "setassumptionscommand.h"

#include "commands/scenarioset.h"

#include <QCoreApplication>

namespace cloudshift {

SetAssumptionsCommand::SetAssumptionsCommand(ScenarioSet* scenarios, int scenarioId,
    const Assumptions& assumptions, const QString& field, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_scenarios(scenarios)
    , m_scenarioId(scenarioId)
    , m_field(field)
    , m_new(assumptions)
{
    const int index = scenarios->indexOf(scenarioId);
    if (index >= 0)
        m_old = scenarios->scenario(index).assumptions;
    setText(QCoreApplication::translate("cloudshift", "Change %1 of %2")
                .arg(field, index >= 0 ? scenarios->scenario(index).name : QString()));
    setObsolete(index < 0 || m_old == m_new);
}

void SetAssumptionsCommand::undo()
{
    m_scenarios->setAssumptions(m_scenarioId, m_old);
    m_scenarios->setCurrentId(m_scenarioId);
}

void SetAssumptionsCommand::redo()
{
    m_scenarios->setAssumptions(m_scenarioId, m_new);
    m_scenarios->setCurrentId(m_scenarioId);
}

int SetAssumptionsCommand::id() const
{
    return 0x53415353;
}

bool SetAssumptionsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetAssumptionsCommand*>(other);
    if (next->m_scenarioId != m_scenarioId || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    // Dragged back to where it started: nothing left to undo.
    setObsolete(m_old == m_new);
    return true;
}

} // namespace cloudshift
