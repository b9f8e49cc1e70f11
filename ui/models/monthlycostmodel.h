#pragma once

#include "simulation/planresult.h"

#include <QAbstractTableModel>

#include <array>
#include <vector>

namespace cloudshift {

/// A plan's monthly cost series as a table a chart mapper can read: one row per month, the month as a
/// time in column 0 and the baseline, AWS and GCP cost of that month in columns 1 to 3.
///
/// Qt::DisplayRole holds plain numbers because QVXYModelMapper reads it: the time in milliseconds
/// since the epoch (for a QDateTimeAxis) and money in currency units as double. The exact values are
/// in SortRole (Micros) and formatted in Qt::ToolTipRole.
class MonthlyCostModel : public QAbstractTableModel
{
    Q_OBJECT
    /// Read by the charts for their axis titles.
    Q_PROPERTY(QString currency READ currency)

public:
    enum Column { Month, Baseline, Aws, Gcp, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// Column Month: the first day of the month (QDate); money columns: Micros as qint64.
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit MonthlyCostModel(QObject* parent = nullptr);

    void setResults(const PlanResult& plan);
    QString currency() const { return m_currency; }

    /// The time plotted for a month: noon on its 15th, so that evenly spaced axis ticks over a year
    /// land inside the month they label (month lengths differ by up to three days).
    static qint64 plotTime(const QDate& month);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const std::vector<Micros>& seriesFor(int column) const;
    Micros valueAt(int row, int column) const;

    std::vector<QDate> m_months;
    std::array<std::vector<Micros>, 3> m_series;
    std::array<QString, 3> m_seriesNames;
    QString m_currency;
};

} // namespace cloudshift
