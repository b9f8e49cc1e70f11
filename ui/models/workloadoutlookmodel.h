#pragma once

#include "pipeline/reportfigures.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// The scenario's workloads with their placement, wave, run rates, saving, mapping confidence, risk and
/// latency: the table of the report pack and the source of the per-workload charts (top savings, risk
/// vs savings, latency, waves), which read it through proxies.
class WorkloadOutlookModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Workload,
        Target,
        Region,
        Wave,
        WaveStart,
        WaveMonths,
        BaselineMonthly,
        TargetMonthly,
        MonthlySaving,
        SavingPercent,
        OneTime,
        Confidence,
        RiskScore,
        DataConfidence,
        LatencyBefore,
        LatencyAfter,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// The raw value: QString, int (months, wave, Target, Confidence or -1), Micros as qint64, double.
        SortRole = Qt::UserRole + 1,
        /// The value a chart plots, as double: money in currency units, milliseconds, score, month index.
        ChartValueRole,
        LowRole, ///< latency columns: low end of the 80 % band, ms
        HighRole, ///< latency columns: high end of the band, ms
        MeasuredRole, ///< latency columns: bool, every value measured
        AssessedRole, ///< risk and latency columns: bool, the engine assessed it
    };
    Q_ENUM(Role)

    explicit WorkloadOutlookModel(QObject* parent = nullptr);

    void setResults(const ReportFigures& figures);
    const WorkloadOutlook& row(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    QString currency() const { return m_currency; }
    /// The plan's cost-weighted risk score: where the risk vs savings chart draws its guide line.
    double planRiskScore() const { return m_planRisk; }
    int horizonMonths() const { return static_cast<int>(m_months.size()); }
    QDate firstMonth() const { return m_months.empty() ? QDate() : m_months.front(); }

    static QString targetText(cloudshift::Target target);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const WorkloadOutlook& w, int column) const;
    QVariant rawValue(const WorkloadOutlook& w, int column) const;
    QString toolTip(const WorkloadOutlook& w, int column) const;

    std::vector<WorkloadOutlook> m_rows;
    std::vector<QDate> m_months;
    QString m_currency;
    double m_planRisk = 0.0;
};

} // namespace cloudshift
