#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace cloudshift {

struct PlanResult;

/// Paints the monthly cost chart of a plan into `target` on any paint device (image, SVG, PDF), on
/// the light theme with a white background. The chart is laid out at a screen-like size and scaled
/// into the target, so its text keeps the same proportions at any resolution. Needs a QApplication.
void paintMonthlyCostChart(
    QPainter& painter, const QRectF& target, const PlanResult& plan, const QString& title);

} // namespace cloudshift
