#pragma once

#include "simulation/planresult.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// The per-workload comparison of a plan as a table: what each workload costs on Azure today and
/// what it would cost on AWS and Google Cloud. Only formats the engine's rows.
class WorkloadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Workload,
        Resources,
        Vms,
        Azure,
        Aws,
        AwsSavingPercent,
        AwsConfidence,
        Gcp,
        GcpSavingPercent,
        GcpConfidence,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// The raw value behind a cell (QString, int, Micros as qint64, double, Confidence as int):
        /// sorting and filtering use it instead of display text.
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit WorkloadTableModel(QObject* parent = nullptr);

    void setResults(const PlanResult& plan);
    const WorkloadPlanRow& row(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const WorkloadPlanRow& row, int column) const;
    QVariant sortValue(const WorkloadPlanRow& row, int column) const;
    QVariant toolTip(const WorkloadPlanRow& row, int column) const;

    std::vector<WorkloadPlanRow> m_rows;
    QString m_currency;
};

} // namespace cloudshift
