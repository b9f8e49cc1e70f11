#pragma once

#include "simulation/scenariocomparison.h"

#include <QAbstractTableModel>

namespace cloudshift {

/// The scenarios side by side, one row each: run rate, one-time cost, break-even, TCO over the horizon
/// and mapped share, with the engine's deltas against staying on Azure. Only formats the comparison.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Scenario,
        RunRate,
        RunRateDelta,
        OneTime,
        BreakEven,
        Tco,
        TcoDelta,
        TcoDeltaPercent,
        MappedShare,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: money as qint64 micro-units, break-even month or -1
    };
    Q_ENUM(Role)

    explicit ComparisonTableModel(QObject* parent = nullptr);

    void setResults(const ScenarioComparison& comparison);
    const ScenarioComparison& results() const { return m_comparison; }
    /// The scenario the other pages show; its row is in bold.
    void setCurrentRow(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const ScenarioComparisonRow& row, bool isBaseline, int column) const;
    QVariant sortValue(const ScenarioComparisonRow& row, int column) const;
    QString money(Micros value, const ScenarioComparisonRow& row, bool signedValue = false) const;

    ScenarioComparison m_comparison;
    QString m_sharedCurrency; ///< the rows' currency when they agree; it then goes in the headers
    int m_currentRow = -1;
};

} // namespace cloudshift
