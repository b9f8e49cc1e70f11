#pragma once

#include "charts/chartview.h"

namespace cloudshift {

class MonthlyCostChart;
class MonthlyCostModel;

/// The bill's monthly cost chart on screen (the overview): a ChartView on a MonthlyCostChart reading a
/// MonthlyCostModel, with tooltips giving the exact amount of the month under the mouse.
class MonthlyCostChartView : public ChartView
{
    Q_OBJECT

public:
    explicit MonthlyCostChartView(QWidget* parent = nullptr);

    void setModel(MonthlyCostModel* model);
    MonthlyCostChart* monthlyChart() const { return m_chart; }

private:
    MonthlyCostChart* m_chart;
};

} // namespace cloudshift
