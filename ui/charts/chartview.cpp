#include "chartview.h"

#include "charts/reportchart.h"

#include <QCursor>
#include <QEvent>
#include <QToolTip>

namespace cloudshift {

ChartView::ChartView(ReportChart* chart, QWidget* parent)
    : QChartView(parent)
    , m_chart(chart)
{
    // QChartView starts with a chart of its own and only releases it on setChart: delete it, or it leaks.
    QChart* initial = QChartView::chart();
    setChart(m_chart);
    delete initial;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    connect(m_chart, &ReportChart::hoverTextChanged, this, &ChartView::showHoverText);
    followPalette();
}

void ChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        followPalette();
}

void ChartView::followPalette()
{
    m_chart->setDark(palette().color(QPalette::Window).lightness() < 128);
    // The chart theme paints its own background; match the page so the chart does not sit in a box.
    m_chart->setBackgroundBrush(palette().brush(QPalette::Base));
}

void ChartView::showHoverText(const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace cloudshift
