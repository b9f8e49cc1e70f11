#pragma once

#include "inventory/groupingsettings.h"

#include <QUndoCommand>

namespace cloudshift {

class ProjectDocument;

/// Replaces the grouping rules and manual moves; the document re-groups and re-analyses on redo and on
/// undo. One command per accepted grouping dialog, and one per resource moved by hand.
class SetGroupingCommand : public QUndoCommand
{
public:
    SetGroupingCommand(ProjectDocument* document, const GroupingSettings& grouping, const QString& text,
        QUndoCommand* parent = nullptr);

    /// Moves one resource into `workload` by hand, on top of the rules.
    static SetGroupingCommand* moveResource(ProjectDocument* document, const QString& resourceId,
        const QString& resourceName, const QString& workload);

    void undo() override;
    void redo() override;

private:
    ProjectDocument* m_document;
    GroupingSettings m_old;
    GroupingSettings m_new;
};

} // namespace cloudshift
