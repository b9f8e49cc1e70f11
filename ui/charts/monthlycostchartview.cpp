#include "monthlycostchartview.h"

#include "charts/monthlycostchart.h"
#include "models/monthlycostmodel.h"

namespace cloudshift {

namespace {

MonthlyCostChart* billChart()
{
    auto* chart = new MonthlyCostChart;
    chart->setChartId(QStringLiteral("bill-history"));
    return chart;
}

} // namespace

MonthlyCostChartView::MonthlyCostChartView(QWidget* parent)
    : ChartView(billChart(), parent)
    , m_chart(static_cast<MonthlyCostChart*>(reportChart()))
{
    setMinimumHeight(260);
}

void MonthlyCostChartView::setModel(MonthlyCostModel* model)
{
    m_chart->setModel(model, { QStringLiteral("azure"), QStringLiteral("aws"), QStringLiteral("gcp") });
}

} // namespace cloudshift
