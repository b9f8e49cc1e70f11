#pragma once

#include "risk/riskweights.h"

#include <QUndoCommand>

namespace cloudshift {

class ProjectDocument;

/// Changes the weights of the risk factors. Redo and undo hand the document the whole set of weights as
/// it was after and before; the engine re-scores every workload with them.
class SetRiskWeightsCommand : public QUndoCommand
{
public:
    /// One factor's new weight.
    SetRiskWeightsCommand(
        ProjectDocument* document, RiskFactor factor, double weight, QUndoCommand* parent = nullptr);
    /// Every factor back to its default weight.
    explicit SetRiskWeightsCommand(ProjectDocument* document, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectDocument* m_document;
    RiskWeights m_before;
    RiskWeights m_after;
};

} // namespace cloudshift
