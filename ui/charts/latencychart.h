#pragma once

#include "charts/reportchart.h"

class QAbstractItemModel;
class QBarCategoryAxis;
class QBoxPlotSeries;
class QValueAxis;

namespace cloudshift {

/// Users' round trip per workload before (Azure today) and after the move, side by side. Each value is
/// a box spanning the 80 % band of the model with the estimate as its middle line; a measured value has
/// no band and shows as a single line. Reads an OutlookFilterProxy (latency assessed) over a
/// WorkloadOutlookModel.
class LatencyChart : public ReportChart
{
    Q_OBJECT

public:
    explicit LatencyChart(QGraphicsItem* parent = nullptr);

    QString chartId() const override { return QStringLiteral("latency"); }
    void setModel(QAbstractItemModel* model);

    QBoxPlotSeries* beforeSeries() const { return m_before; }
    QBoxPlotSeries* afterSeries() const { return m_after; }
    QValueAxis* latencyAxis() const { return m_latencyAxis; }
    QBarCategoryAxis* workloadAxis() const { return m_workloadAxis; }

protected:
    void applyColours() override;

private:
    void rebuild();

    QAbstractItemModel* m_model = nullptr;
    QBarCategoryAxis* m_workloadAxis;
    QValueAxis* m_latencyAxis;
    QBoxPlotSeries* m_before;
    QBoxPlotSeries* m_after;
};

} // namespace cloudshift
