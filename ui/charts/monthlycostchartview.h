#pragma once

#include <QChartView>

namespace cloudshift {

class MonthlyCostChart;
class MonthlyCostModel;

/// The monthly cost chart on screen: antialiased, themed after the widget palette (light or dark),
/// with a tooltip giving the exact amount of the month under the mouse.
class MonthlyCostChartView : public QChartView
{
    Q_OBJECT

public:
    explicit MonthlyCostChartView(QWidget* parent = nullptr);

    void setModel(MonthlyCostModel* model);
    MonthlyCostChart* monthlyChart() const { return m_chart; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void followPalette();
    void showPointToolTip(int column, const QPointF& point, bool hovering);

    MonthlyCostChart* m_chart;
};

} // namespace cloudshift
