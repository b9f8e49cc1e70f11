#pragma once

#include <QChart>

#include <array>

class QAbstractItemModel;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QVXYModelMapper;

namespace cloudshift {

class MonthlyCostModel;

/// Baseline, AWS and GCP cost per month as three lines, each read from a MonthlyCostModel column by
/// a QVXYModelMapper. Lives in a MonthlyCostChartView on screen and in a bare QGraphicsScene when a
/// report renders it.
class MonthlyCostChart : public QChart
{
    Q_OBJECT

public:
    explicit MonthlyCostChart(QGraphicsItem* parent = nullptr);

    /// The chart reads the model; it does not take ownership.
    void setModel(MonthlyCostModel* model);
    MonthlyCostModel* model() const { return m_model; }

    /// Light or dark chart theme; the line colours stay the same so a cloud keeps its colour.
    void setDark(bool dark);

    QLineSeries* seriesForColumn(int column) const;

private:
    void applySeriesPens();
    void updateAxes();

    MonthlyCostModel* m_model = nullptr;
    std::array<QLineSeries*, 3> m_series {};
    std::array<QVXYModelMapper*, 3> m_mappers {};
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_costAxis = nullptr;
};

} // namespace cloudshift
