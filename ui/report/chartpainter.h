#pragma once

#include "charts/chartset.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace cloudshift {

/// Paints one chart of a ChartSet into `target` on any paint device (image, SVG, PDF), on the light
/// theme with a white background. The chart is laid out `layoutWidth` device-independent pixels wide
/// and scaled into the target, so its text keeps the same proportions at any resolution (the default
/// 1000 gives a 1600 px image and an A4 page the same look). An empty title leaves the chart's own title
/// out (the PDF page has a heading instead). Needs a QApplication.
void paintChart(QPainter& painter, const QRectF& target, const ChartSet& charts, ChartSet::Chart chart,
    const QString& title, qreal layoutWidth = 1000);

} // namespace cloudshift
