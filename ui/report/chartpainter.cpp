#include "chartpainter.h"

#include "charts/reportchart.h"

#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace cloudshift {

void paintChart(QPainter& painter, const QRectF& target, const ChartSet& charts, ChartSet::Chart chart,
    const QString& title, qreal layoutWidth)
{
    // Laid out at a fixed width whatever the target: a 1600 px image and an A4 page at 300 dpi then
    // show the same chart with text in the same proportion, only sharper.
    const qreal width = std::max<qreal>(layoutWidth, 200);
    const QSizeF layoutSize(width, width * target.height() / std::max<qreal>(target.width(), 1));

    QGraphicsScene scene;
    ReportChart* item = charts.createChart(chart);
    item->setTitle(title);
    item->setBackgroundBrush(Qt::white);
    item->setBackgroundRoundness(0);
    scene.addItem(item); // owned by the scene from here
    item->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    scene.setSceneRect(item->geometry());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
    // The chart reads the set's models until it is destroyed: remove it before anything else goes.
    scene.removeItem(item);
    delete item;
}

} // namespace cloudshift
