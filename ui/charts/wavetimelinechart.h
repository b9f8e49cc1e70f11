#pragma once

#include "charts/reportchart.h"

#include <array>

class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;

namespace cloudshift {

class ProjectionCostModel;

/// Which workloads move when: one horizontal bar per moving workload spanning its wave's months,
/// coloured by its target, earliest at the top; over it, the scenario's run cost per month on a second
/// axis, so the drop each wave brings is visible. Reads an OutlookFilterProxy (moving workloads) over a
/// WorkloadOutlookModel and a ProjectionCostModel.
class WaveTimelineChart : public ReportChart
{
    Q_OBJECT

public:
    explicit WaveTimelineChart(QGraphicsItem* parent = nullptr);

    QString chartId() const override { return QStringLiteral("waves"); }
    void setModels(QAbstractItemModel* movingWorkloads, ProjectionCostModel* costs);

    QHorizontalStackedBarSeries* barSeries() const { return m_bars; }
    QLineSeries* runCostSeries() const { return m_runCost; }
    QCategoryAxis* monthAxis() const { return m_monthAxis; }
    QValueAxis* costAxis() const { return m_costAxis; }
    QBarCategoryAxis* workloadAxis() const { return m_workloadAxis; }

protected:
    void applyColours() override;

private:
    void rebuild();

    QAbstractItemModel* m_workloads = nullptr;
    ProjectionCostModel* m_costs = nullptr;
    QCategoryAxis* m_monthAxis;
    QValueAxis* m_costAxis;
    QBarCategoryAxis* m_workloadAxis;
    QHorizontalStackedBarSeries* m_bars;
    QBarSet* m_offset; ///< transparent: moves each bar to its wave's first month
    std::array<QBarSet*, 4> m_targets {}; ///< AWS, Google Cloud, Azure (pricing only), retire
    QLineSeries* m_runCost;
};

} // namespace cloudshift
