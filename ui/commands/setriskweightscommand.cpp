#include "setriskweightscommand.h"

#include "commands/projectdocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace cloudshift {

SetRiskWeightsCommand::SetRiskWeightsCommand(
    ProjectDocument* document, RiskFactor factor, double weight, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(document->riskWeights())
    , m_after(m_before)
{
    m_after.setWeight(factor, weight);
    setText(QCoreApplication::translate("cloudshift", "Weigh %1 at %2")
                .arg(riskFactorInfo(factor).name, QLocale().toString(m_after.weight(factor), 'g', 6)));
    // Re-scoring for an unchanged weight would cost a full analysis and leave a no-op in the history.
    setObsolete(m_before == m_after);
}

SetRiskWeightsCommand::SetRiskWeightsCommand(ProjectDocument* document, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(document->riskWeights())
{
    setText(QCoreApplication::translate("cloudshift", "Reset the risk weights"));
    setObsolete(m_before == m_after);
}

void SetRiskWeightsCommand::undo()
{
    m_document->setRiskWeights(m_before);
}

void SetRiskWeightsCommand::redo()
{
    m_document->setRiskWeights(m_after);
}

} // namespace cloudshift
