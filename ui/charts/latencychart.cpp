#include "latencychart.h"

#include "charts/chartpalette.h"
#include "models/workloadoutlookmodel.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace cloudshift {

LatencyChart::LatencyChart(QGraphicsItem* parent)
    : ReportChart(parent)
    , m_workloadAxis(new QBarCategoryAxis(this))
    , m_latencyAxis(new QValueAxis(this))
    , m_before(new QBoxPlotSeries(this))
    , m_after(new QBoxPlotSeries(this))
{
    m_latencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyAxis->setTitleText(tr("Round trip (ms); boxes: 80 % band of modelled values"));
    addAxis(m_workloadAxis, Qt::AlignBottom);
    addAxis(m_latencyAxis, Qt::AlignLeft);
    m_before->setName(tr("Before (Azure)"));
    m_after->setName(tr("After (target)"));
    for (QBoxPlotSeries* series : { m_before, m_after }) {
        series->setBoxWidth(0.6);
        addSeries(series);
        series->attachAxis(m_workloadAxis);
        series->attachAxis(m_latencyAxis);
        connect(series, &QBoxPlotSeries::hovered, this, [this, series](bool state, QBoxSet* set) {
            if (!m_model)
                return;
            const int row = static_cast<int>(series->boxSets().indexOf(set));
            const int column = series == m_before ? WorkloadOutlookModel::LatencyBefore
                                                  : WorkloadOutlookModel::LatencyAfter;
            hover(m_model->index(row, column).data(Qt::ToolTipRole).toString(), state);
        });
    }
}

void LatencyChart::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &LatencyChart::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &LatencyChart::rebuild);
    }
    rebuild();
}

void LatencyChart::rebuild()
{
    m_before->clear();
    m_after->clear();
    QStringList names;
    qreal highest = 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QString name = m_model->index(row, WorkloadOutlookModel::Workload).data().toString();
        names << name;
        for (QBoxPlotSeries* series : { m_before, m_after }) {
            const QModelIndex index = m_model->index(row,
                series == m_before ? WorkloadOutlookModel::LatencyBefore
                                   : WorkloadOutlookModel::LatencyAfter);
            const qreal ms = index.data(WorkloadOutlookModel::ChartValueRole).toDouble();
            const qreal low = index.data(WorkloadOutlookModel::LowRole).toDouble();
            const qreal high = index.data(WorkloadOutlookModel::HighRole).toDouble();
            // Box = the band, middle line = the estimate; whiskers coincide with the box.
            auto* set = new QBoxSet(low, low, ms, high, high, name);
            series->append(set);
            highest = std::max({ highest, high, ms });
        }
    }
    m_workloadAxis->setCategories(names);
    // Names stay readable level while they fit; many workloads turn them upright.
    m_workloadAxis->setLabelsAngle(rows > 8 ? -90 : 0);
    for (QBoxPlotSeries* series : { m_before, m_after })
        series->setBoxWidth(rows < 4 ? 0.3 : 0.6);
    m_latencyAxis->setRange(0, highest > 0 ? highest * 1.08 : 1);
    m_latencyAxis->applyNiceNumbers();
    finishRebuild();
}

void LatencyChart::applyColours()
{
    const QColor before = chartpalette::cloudColour(Cloud::Azure);
    const QColor after = chartpalette::scenarioColour();
    for (auto [series, colour] : { std::pair { m_before, before }, std::pair { m_after, after } }) {
        QColor fill = colour;
        fill.setAlpha(150);
        series->setBrush(fill);
        QPen pen(colour.darker(isDark() ? 60 : 140));
        pen.setWidthF(2);
        series->setPen(pen);
    }
}

} // namespace cloudshift
