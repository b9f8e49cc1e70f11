#pragma once

#include <QStringList>
#include <QUndoCommand>

namespace cloudshift {

class ProjectDocument;

/// Changes which resource tags name a workload ("app", "workload", ...); the document re-runs the
/// analysis on redo and on undo.
class SetWorkloadTagKeysCommand : public QUndoCommand
{
public:
    SetWorkloadTagKeysCommand(
        ProjectDocument* document, const QStringList& keys, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectDocument* m_document;
    QStringList m_oldKeys;
    QStringList m_newKeys;
};

} // namespace cloudshift
