#pragma once

#include "charts/reportchart.h"

#include <array>

class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace cloudshift {

/// The workloads that save the most per month as horizontal bars, biggest at the top, each bar coloured
/// by the mapping confidence on its target (one bar set per confidence, so the legend explains the
/// colours) and its axis label naming target and confidence. Reads a TopSavingsProxy over a
/// WorkloadOutlookModel.
class TopSavingsChart : public ReportChart
{
    Q_OBJECT

public:
    explicit TopSavingsChart(QGraphicsItem* parent = nullptr);

    QString chartId() const override { return QStringLiteral("top-savings"); }
    void setModel(QAbstractItemModel* model);

    QHorizontalStackedBarSeries* barSeries() const { return m_series; }
    QValueAxis* valueAxis() const { return m_valueAxis; }
    QBarCategoryAxis* workloadAxis() const { return m_workloadAxis; }

protected:
    void applyColours() override;

private:
    void rebuild();

    QAbstractItemModel* m_model = nullptr;
    QBarCategoryAxis* m_workloadAxis;
    QValueAxis* m_valueAxis;
    QHorizontalStackedBarSeries* m_series;
    /// Exact, Close, Approximate, None (by Confidence), then "no mapping needed" (stays on Azure).
    std::array<QBarSet*, 5> m_sets {};
};

} // namespace cloudshift
