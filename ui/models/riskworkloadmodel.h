#pragma once

#include "simulation/planresult.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// Each assessed workload's migration risk: its target, the 0-100 score, the data confidence (1-5) and
/// its users' round trips before and after the move. A thin adapter over the engine's plan rows.
class RiskWorkloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Workload, Target, Score, Confidence, BeforeMs, AfterMs, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value behind a cell
        WorkloadRole, ///< the workload's name, on every column
    };
    Q_ENUM(Role)

    explicit RiskWorkloadModel(QObject* parent = nullptr);

    /// The plan's workloads that have a risk assessment, in the plan's order.
    void setResults(const PlanResult& plan);
    /// The risk of the workload in `row`, or nullptr.
    const WorkloadPlanRow* workloadAt(int row) const;
    /// Row of the workload named `workload`, or -1.
    int rowOf(const QString& workload) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<WorkloadPlanRow> m_rows;
};

} // namespace cloudshift
