#pragma once

#include "commands/placementedit.h"

#include <QStringList>
#include <QUndoCommand>

#include <optional>
#include <vector>

namespace cloudshift {

class ScenarioSet;

/// Sets placement fields of one or many workloads of a scenario as one undo step; undo puts back each
/// workload's previous placement, or none. Consecutive edits of the same continuous field (spot share,
/// wave) on the same workloads merge, so a slider drag is one step.
class SetPlacementsCommand : public QUndoCommand
{
public:
    SetPlacementsCommand(ScenarioSet* scenarios, int scenarioId, const QStringList& workloads,
        const PlacementEdit& edit, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(bool newValues);
    bool changesNothing() const;

    ScenarioSet* m_scenarios;
    int m_scenarioId;
    QStringList m_workloads;
    PlacementEdit m_edit;
    std::vector<std::optional<Placement>> m_old; ///< as stored before; nullopt = stayed on Azure by default
    std::vector<Placement> m_new;
};

} // namespace cloudshift
