#pragma once

#include <QChartView>

namespace cloudshift {

class ReportChart;

/// A CloudShift chart on screen: antialiased, on the light or dark chart theme after the widget's
/// palette, with the chart's hover texts shown as tooltips. Takes ownership of the chart.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(ReportChart* chart, QWidget* parent = nullptr);

    ReportChart* reportChart() const { return m_chart; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void followPalette();
    void showHoverText(const QString& text);

    ReportChart* m_chart;
};

} // namespace cloudshift
