#include "wavetimelinechart.h"

#include "charts/chartpalette.h"
#include "models/displaytext.h"
#include "models/projectioncostmodel.h"
#include "models/workloadoutlookmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace cloudshift {

namespace {

constexpr std::array<Target, 4> kTargets { Target::Aws, Target::Gcp, Target::Azure, Target::Retire };

} // namespace

WaveTimelineChart::WaveTimelineChart(QGraphicsItem* parent)
    : ReportChart(parent)
    , m_monthAxis(new QCategoryAxis(this))
    , m_costAxis(new QValueAxis(this))
    , m_workloadAxis(new QBarCategoryAxis(this))
    , m_bars(new QHorizontalStackedBarSeries(this))
    , m_offset(new QBarSet(QString(), this))
    , m_runCost(new QLineSeries(this))
{
    m_monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_costAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_monthAxis, Qt::AlignBottom);
    addAxis(m_workloadAxis, Qt::AlignLeft);
    addAxis(m_costAxis, Qt::AlignRight);
    m_bars->append(m_offset);
    const std::array<QString, 4> names { tr("Moves to AWS"), tr("Moves to Google Cloud"),
        tr("Stays on Azure, new pricing"), tr("Retired") };
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        m_targets[i] = new QBarSet(names[i], this);
        m_bars->append(m_targets[i]);
    }
    m_bars->setBarWidth(0.6);
    addSeries(m_bars);
    m_bars->attachAxis(m_monthAxis);
    m_bars->attachAxis(m_workloadAxis);
    addSeries(m_runCost);
    m_runCost->attachAxis(m_monthAxis);
    m_runCost->attachAxis(m_costAxis);
    m_runCost->setPointsVisible(true);
    legend()->markers(m_bars).constFirst()->setVisible(false); // the offset set

    connect(m_bars, &QHorizontalStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet* set) {
        if (!m_workloads || set == m_offset)
            return;
        const int row = m_workloads->rowCount() - 1 - index;
        const auto cell = [&](int column) { return m_workloads->index(row, column).data().toString(); };
        hover(tr("%1: wave %2, %3 months from %4, to %5")
                  .arg(cell(WorkloadOutlookModel::Workload), cell(WorkloadOutlookModel::Wave),
                      cell(WorkloadOutlookModel::WaveMonths), cell(WorkloadOutlookModel::WaveStart),
                      cell(WorkloadOutlookModel::Target)),
            state);
    });
    connect(m_runCost, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (m_costs)
            hover(m_costs->index(static_cast<int>(point.x()), ProjectionCostModel::Scenario)
                      .data(Qt::ToolTipRole)
                      .toString(),
                state);
    });
}

void WaveTimelineChart::setModels(QAbstractItemModel* movingWorkloads, ProjectionCostModel* costs)
{
    for (QAbstractItemModel* old : { m_workloads, static_cast<QAbstractItemModel*>(m_costs) }) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_workloads = movingWorkloads;
    m_costs = costs;
    for (QAbstractItemModel* model : { m_workloads, static_cast<QAbstractItemModel*>(m_costs) }) {
        if (!model)
            continue;
        connect(model, &QAbstractItemModel::modelReset, this, &WaveTimelineChart::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &WaveTimelineChart::rebuild);
    }
    rebuild();
}

void WaveTimelineChart::rebuild()
{
    for (QBarSet* set : m_targets)
        set->remove(0, set->count());
    m_offset->remove(0, m_offset->count());
    QStringList names;
    const int rows = m_workloads ? m_workloads->rowCount() : 0;
    for (int row = rows - 1; row >= 0; --row) {
        const auto raw = [&](int column) {
            return m_workloads->index(row, column).data(WorkloadOutlookModel::SortRole);
        };
        const auto target = static_cast<Target>(raw(WorkloadOutlookModel::Target).toInt());
        m_offset->append(raw(WorkloadOutlookModel::WaveStart).toInt());
        for (std::size_t i = 0; i < m_targets.size(); ++i)
            m_targets[i]->append(kTargets[i] == target ? raw(WorkloadOutlookModel::WaveMonths).toInt() : 0);
        names << raw(WorkloadOutlookModel::Workload).toString();
    }
    m_workloadAxis->setCategories(names);
    // A bar per workload; a handful of them stay bars rather than blocks filling the plot.
    m_bars->setBarWidth(rows < 4 ? 0.25 : 0.6);

    // Month labels every quarter (every half year on long horizons), placed on the month's start.
    const int months = m_costs ? m_costs->rowCount() : 0;
    for (const QString& label : m_monthAxis->categoriesLabels())
        m_monthAxis->remove(label);
    m_monthAxis->setStartValue(-0.001);
    const int step = months > 36 ? 6 : 3;
    for (int m = 0; m <= months; m += step) {
        const QDate month = m < months
            ? m_costs->index(m, ProjectionCostModel::Month).data(ProjectionCostModel::SortRole).toDate()
            : m_costs->index(months - 1, ProjectionCostModel::Month)
                  .data(ProjectionCostModel::SortRole)
                  .toDate()
                  .addMonths(1);
        m_monthAxis->append(monthText(month), m);
    }
    m_monthAxis->setRange(0, std::max(months, 1));

    QList<QPointF> points;
    qreal highest = 0;
    for (int m = 0; m < months; ++m) {
        const qreal cost = m_costs->index(m, ProjectionCostModel::Scenario).data().toDouble();
        points << QPointF(m + 0.5, cost);
        highest = std::max(highest, cost);
    }
    m_runCost->replace(points);
    m_runCost->setName(tr("Run cost per month"));
    m_costAxis->setRange(0, highest > 0 ? highest * 1.05 : 1);
    m_costAxis->applyNiceNumbers();
    m_costAxis->setTitleText(m_costs && !m_costs->currency().isEmpty()
            ? tr("Run cost per month (%1)").arg(m_costs->currency())
            : tr("Run cost per month"));
    finishRebuild();
}

void WaveTimelineChart::applyColours()
{
    m_offset->setColor(Qt::transparent);
    m_offset->setBorderColor(Qt::transparent);
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        m_targets[i]->setColor(chartpalette::targetColour(kTargets[i]));
        m_targets[i]->setBorderColor(chartpalette::targetColour(kTargets[i]));
    }
    QPen pen(chartpalette::scenarioColour());
    pen.setWidthF(2.5);
    m_runCost->setPen(pen);
    m_runCost->setBrush(pen.color());
}

} // namespace cloudshift
