#include "setplacementscommand.h"

#include "commands/scenarioset.h"

#include <QCoreApplication>

namespace cloudshift {

SetPlacementsCommand::SetPlacementsCommand(ScenarioSet* scenarios, int scenarioId,
    const QStringList& workloads, const PlacementEdit& edit, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_scenarios(scenarios)
    , m_scenarioId(scenarioId)
    , m_workloads(workloads)
    , m_edit(edit)
{
    const int index = scenarios->indexOf(scenarioId);
    for (const QString& workload : workloads) {
        m_old.push_back(index < 0 ? std::nullopt : scenarios->storedPlacement(index, workload));
        Placement current = index < 0 ? Placement {} : scenarios->effectivePlacement(index, workload);
        current.workload = workload;
        m_new.push_back(edit.appliedTo(current));
    }
    setText(workloads.size() == 1 ? QCoreApplication::translate("cloudshift", "Set %1 of %2")
                                        .arg(edit.fieldsText(), workloads.constFirst())
                                  : QCoreApplication::translate("cloudshift", "Set %1 of %n workloads",
                                      nullptr, static_cast<int>(workloads.size()))
                                        .arg(edit.fieldsText()));
    // An edit that leaves every placement as it was would be a no-op step in the history.
    setObsolete(index < 0 || changesNothing());
}

bool SetPlacementsCommand::changesNothing() const
{
    for (std::size_t i = 0; i < m_new.size(); ++i) {
        Placement before = m_old[i].value_or(Placement {});
        before.workload = m_workloads.at(static_cast<qsizetype>(i));
        if (!(before == m_new[i]))
            return false;
    }
    return true;
}

void SetPlacementsCommand::apply(bool newValues)
{
    std::vector<ScenarioSet::PlacementSlot> slots;
    slots.reserve(m_new.size());
    for (std::size_t i = 0; i < m_new.size(); ++i) {
        slots.push_back({ m_workloads.at(static_cast<qsizetype>(i)),
            newValues ? std::optional<Placement>(m_new[i]) : m_old[i] });
    }
    m_scenarios->setPlacements(m_scenarioId, slots);
    // Undoing an edit made in another scenario shows that scenario, so the change is visible.
    m_scenarios->setCurrentId(m_scenarioId);
}

void SetPlacementsCommand::undo()
{
    apply(false);
}

void SetPlacementsCommand::redo()
{
    apply(true);
}

int SetPlacementsCommand::id() const
{
    return m_edit.isContinuous() ? 0x53504c43 : -1; // merge only what a slider or spin box changes in steps
}

bool SetPlacementsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetPlacementsCommand*>(other);
    if (next->m_scenarioId != m_scenarioId || next->m_workloads != m_workloads
        || !next->m_edit.sameFields(m_edit))
        return false;
    m_new = next->m_new;
    m_edit = next->m_edit;
    setObsolete(changesNothing());
    return true;
}

} // namespace cloudshift
