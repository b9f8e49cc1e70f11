#pragma once

#include "risk/riskweights.h"
#include "risk/workloadrisk.h"

#include <QAbstractTableModel>

#include <optional>

namespace cloudshift {

class ProjectDocument;

/// The factor table of one workload's risk: every factor with its 0-3 score, weight, contribution to the
/// 0-100 score and the evidence; the factor's rubric is the tooltip. Without a workload the rows still
/// list every factor with its weight, so weights can be set before anything is selected.
///
/// The weight cell is editable: an edit pushes a SetRiskWeightsCommand on the document's undo stack and
/// the engine re-scores; the model shows only what it is given.
class RiskFactorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Factor, Score, Weight, Contribution, Evidence, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value behind a cell
        FactorIdRole, ///< the factor's stable id ("paas_lock_in"), on every column
    };
    Q_ENUM(Role)

    explicit RiskFactorModel(QObject* parent = nullptr);

    /// The weights the plan was scored with and the workload shown (nullopt: none selected).
    void setResults(const RiskWeights& weights, const std::optional<WorkloadRisk>& risk);
    /// Where weight edits go; without a document the model is read-only.
    void setDocument(ProjectDocument* document) { m_document = document; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Refactor (code changes)"-style rubric of a factor, one line per score, for tooltips.
    static QString rubricText(RiskFactor factor);

private:
    const RiskContribution* contribution(int row) const;

    RiskWeights m_weights;
    std::optional<WorkloadRisk> m_risk;
    ProjectDocument* m_document = nullptr;
};

} // namespace cloudshift
