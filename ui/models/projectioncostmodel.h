#pragma once

#include "pipeline/reportfigures.h"

#include <QAbstractTableModel>

#include <array>
#include <vector>

namespace cloudshift {

/// The scenario's horizon month by month for the monthly cost chart: staying on Azure, the scenario's run
/// cost, and everything on AWS or on Google Cloud. Same layout as MonthlyCostModel (the time in column 0,
/// money as double in Qt::DisplayRole, Micros in SortRole) so the same chart reads either.
class ProjectionCostModel : public QAbstractTableModel
{
    Q_OBJECT
    /// Read by the charts for their axis titles.
    Q_PROPERTY(QString currency READ currency)

public:
    enum Column { Month, Baseline, Scenario, AllAws, AllGcp, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< QDate for Month, Micros as qint64 for money
    };
    Q_ENUM(Role)

    explicit ProjectionCostModel(QObject* parent = nullptr);

    void setResults(const ReportFigures& figures);
    QString currency() const { return m_currency; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Micros valueAt(int row, int column) const;

    std::vector<QDate> m_months;
    std::array<std::vector<Micros>, 4> m_series;
    QString m_scenarioName;
    QString m_currency;
};

} // namespace cloudshift
