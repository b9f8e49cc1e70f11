#pragma once

#include "pipeline/reportfigures.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// The scenario's migration waves, one row each: when it runs (as plot times for a QDateTimeAxis and as
/// horizon month indexes), which workloads move in it, and what it costs and saves.
class WaveModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Wave, Start, End, StartMonth, Months, Workloads, OneTime, MonthlySaving, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// Raw values: Start/End as QDate (End = first day after the wave), month counts as int,
        /// money as Micros (qint64), Workloads as QStringList.
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit WaveModel(QObject* parent = nullptr);

    void setResults(const ReportFigures& figures);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate startOf(const MigrationWave& wave) const;
    QDate endOf(const MigrationWave& wave) const;
    QString toolTip(const MigrationWave& wave) const;

    std::vector<MigrationWave> m_waves;
    QDate m_firstMonth;
    QString m_currency;
};

} // namespace cloudshift
