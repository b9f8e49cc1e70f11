#pragma once

#include <QString>
#include <QUndoCommand>

namespace cloudshift {

class ScenarioSet;

/// Renames a user scenario.
class RenameScenarioCommand : public QUndoCommand
{
public:
    RenameScenarioCommand(
        ScenarioSet* scenarios, int scenarioId, const QString& name, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ScenarioSet* m_scenarios;
    int m_scenarioId;
    QString m_oldName;
    QString m_newName;
};

} // namespace cloudshift
