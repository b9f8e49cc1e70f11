#include "chartpainter.h"

#include "charts/monthlycostchart.h"
#include "models/monthlycostmodel.h"

#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>

namespace cloudshift {

void paintMonthlyCostChart(
    QPainter& painter, const QRectF& target, const PlanResult& plan, const QString& title)
{
    // Laid out 1000 units wide whatever the target: a 1600 px image and an A4 page at 300 dpi then
    // show the same chart with text in the same proportion, only sharper.
    constexpr qreal kLayoutWidth = 1000;
    const QSizeF layoutSize(
        kLayoutWidth, kLayoutWidth * target.height() / std::max<qreal>(target.width(), 1));

    MonthlyCostModel model;
    model.setResults(plan);
    QGraphicsScene scene;
    auto* chart = new MonthlyCostChart; // owned by the scene
    chart->setDark(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    chart->setModel(&model);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    scene.setSceneRect(chart->geometry());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
    // The chart reads the model until it is destroyed: remove it from the scene before the model goes.
    scene.removeItem(chart);
    delete chart;
}

} // namespace cloudshift
