#include "monthlycostchartview.h"

#include "charts/monthlycostchart.h"
#include "models/monthlycostmodel.h"

#include <QCursor>
#include <QEvent>
#include <QLineSeries>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace cloudshift {

MonthlyCostChartView::MonthlyCostChartView(QWidget* parent)
    : QChartView(parent)
    , m_chart(new MonthlyCostChart)
{
    // QChartView starts with a chart of its own and only releases it on setChart: delete it, or it leaks.
    QChart* initial = chart();
    setChart(m_chart); // the view owns the chart from here
    delete initial;
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    for (int column = MonthlyCostModel::Baseline; column < MonthlyCostModel::ColumnCount; ++column) {
        QLineSeries* series = m_chart->seriesForColumn(column);
        connect(series, &QLineSeries::hovered, this,
            [this, column](const QPointF& point, bool state) { showPointToolTip(column, point, state); });
    }
    followPalette();
}

void MonthlyCostChartView::setModel(MonthlyCostModel* model)
{
    m_chart->setModel(model);
}

void MonthlyCostChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        followPalette();
}

void MonthlyCostChartView::followPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_chart->setDark(dark);
    // The chart theme paints its own background; match the page so the chart does not sit in a box.
    m_chart->setBackgroundBrush(palette().brush(QPalette::Base));
}

void MonthlyCostChartView::showPointToolTip(int column, const QPointF& point, bool hovering)
{
    MonthlyCostModel* model = m_chart->model();
    if (!hovering || !model || model->rowCount() == 0) {
        QToolTip::hideText();
        return;
    }
    // hovered() reports a position on the line, not a data point: pick the month plotted nearest.
    int nearestRow = 0;
    double nearestDistance = std::numeric_limits<double>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const double distance
            = std::abs(model->index(row, MonthlyCostModel::Month).data().toDouble() - point.x());
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearestRow = row;
        }
    }
    QToolTip::showText(
        QCursor::pos(), model->index(nearestRow, column).data(Qt::ToolTipRole).toString(), this);
}

} // namespace cloudshift
