#pragma once

#include "scenario/assumptions.h"

#include <QString>
#include <QUndoCommand>

namespace cloudshift {

class ScenarioSet;

/// Changes a scenario's assumptions. `field` names what changed ("horizon", "growth"); consecutive
/// changes of the same field of the same scenario merge, so dragging the horizon slider or stepping a
/// spin box is undone in one step.
class SetAssumptionsCommand : public QUndoCommand
{
public:
    SetAssumptionsCommand(ScenarioSet* scenarios, int scenarioId, const Assumptions& assumptions,
        const QString& field, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ScenarioSet* m_scenarios;
    int m_scenarioId;
    QString m_field;
    Assumptions m_old;
    Assumptions m_new;
};

} // namespace cloudshift
