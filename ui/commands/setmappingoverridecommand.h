#pragma once

#include "scenario/mappingoverride.h"

#include <QUndoCommand>

#include <vector>

namespace cloudshift {

class ProjectDocument;

/// Sets (or, with an empty choice, clears) the user's target SKU and region on one cloud for one resource
/// or one workload. Redo and undo hand the document the whole override list as it was after and before,
/// so undo restores exactly the prices of before; the document re-prices through the engine.
class SetMappingOverrideCommand : public QUndoCommand
{
public:
    /// change: the key (resourceId or workload, cloud) and the new choice for it.
    SetMappingOverrideCommand(
        ProjectDocument* document, const MappingOverride& change, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    /// The list with change applied: the entry with the same key replaced, added, or removed when the
    /// choice is empty. Resource ids compare case-insensitively, as the engine compares them.
    static std::vector<MappingOverride> applied(
        std::vector<MappingOverride> overrides, const MappingOverride& change);

private:
    ProjectDocument* m_document;
    std::vector<MappingOverride> m_before;
    std::vector<MappingOverride> m_after;
};

} // namespace cloudshift
