#include "risksavingschart.h"

#include "charts/chartpalette.h"
#include "models/workloadoutlookmodel.h"

#include <QAbstractProxyModel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cloudshift {

namespace {

constexpr std::array<Target, 4> kTargets { Target::Aws, Target::Gcp, Target::Azure, Target::Retire };
// Marker diameters in points: the costliest workload gets the largest, areas follow cost.
constexpr qreal kSmallest = 8;
constexpr qreal kLargest = 46;

} // namespace

RiskSavingsChart::RiskSavingsChart(QGraphicsItem* parent)
    : ReportChart(parent)
    , m_riskAxis(new QValueAxis(this))
    , m_savingAxis(new QValueAxis(this))
    , m_riskGuide(new QLineSeries(this))
    , m_savingGuide(new QLineSeries(this))
{
    m_riskAxis->setRange(0, 100);
    m_riskAxis->setTickCount(11);
    m_riskAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_riskAxis->setTitleText(tr("Migration risk (0 = none, 100 = every factor at its worst)"));
    m_savingAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_riskAxis, Qt::AlignBottom);
    addAxis(m_savingAxis, Qt::AlignLeft);
    for (QLineSeries* guide : { m_riskGuide, m_savingGuide }) {
        addSeries(guide);
        guide->attachAxis(m_riskAxis);
        guide->attachAxis(m_savingAxis);
        legend()->markers(guide).constFirst()->setVisible(false);
    }
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        auto* key = new QScatterSeries(this);
        key->setName(WorkloadOutlookModel::targetText(kTargets[i]));
        key->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        key->setMarkerSize(kSmallest);
        addSeries(key);
        key->attachAxis(m_riskAxis);
        key->attachAxis(m_savingAxis);
        connect(key, &QAbstractSeries::visibleChanged, this, [this, i] { followKey(i); });
        m_keys[i] = key;
    }
}

void RiskSavingsChart::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &RiskSavingsChart::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &RiskSavingsChart::rebuild);
    }
    rebuild();
}

void RiskSavingsChart::followKey(std::size_t key)
{
    for (std::size_t i = 0; i < m_workloads.size(); ++i) {
        if (m_workloadKey[i] == key)
            m_workloads[i]->setVisible(m_keys[key]->isVisible());
    }
}

void RiskSavingsChart::rebuild()
{
    for (QScatterSeries* series : m_workloads) {
        removeSeries(series);
        delete series;
    }
    m_workloads.clear();
    m_workloadKey.clear();
    const QAbstractItemModel* source = m_model;
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(source))
        source = proxy->sourceModel();
    const auto* outlook = qobject_cast<const WorkloadOutlookModel*>(source);
    m_planRisk = outlook ? outlook->planRiskScore() : 0.0;

    const int rows = m_model ? m_model->rowCount() : 0;
    const auto value = [this](int row, int column) {
        return m_model->index(row, column).data(WorkloadOutlookModel::ChartValueRole).toDouble();
    };
    qreal costliest = 0;
    qreal low = 0;
    qreal high = 0;
    for (int row = 0; row < rows; ++row) {
        costliest = std::max(costliest, value(row, WorkloadOutlookModel::BaselineMonthly));
        low = std::min(low, value(row, WorkloadOutlookModel::MonthlySaving));
        high = std::max(high, value(row, WorkloadOutlookModel::MonthlySaving));
    }
    for (int row = 0; row < rows; ++row) {
        const auto target = static_cast<Target>(
            m_model->index(row, WorkloadOutlookModel::Target).data(WorkloadOutlookModel::SortRole).toInt());
        const auto key = static_cast<std::size_t>(
            std::find(kTargets.cbegin(), kTargets.cend(), target) - kTargets.cbegin());
        auto* series = new QScatterSeries(this);
        series->setName(m_model->index(row, WorkloadOutlookModel::Workload).data().toString());
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        const qreal share = costliest > 0 ? value(row, WorkloadOutlookModel::BaselineMonthly) / costliest : 0;
        series->setMarkerSize(kSmallest + (kLargest - kSmallest) * std::sqrt(std::max<qreal>(share, 0)));
        series->append(
            value(row, WorkloadOutlookModel::RiskScore), value(row, WorkloadOutlookModel::MonthlySaving));
        addSeries(series);
        series->attachAxis(m_riskAxis);
        series->attachAxis(m_savingAxis);
        legend()->markers(series).constFirst()->setVisible(false); // the target keys explain the colours
        const QString tip
            = m_model->index(row, WorkloadOutlookModel::RiskScore).data(Qt::ToolTipRole).toString();
        connect(series, &QScatterSeries::hovered, this,
            [this, tip](const QPointF&, bool state) { hover(tip, state); });
        m_workloads.push_back(series);
        m_workloadKey.push_back(std::min<std::size_t>(key, m_keys.size() - 1));
    }
    const qreal span = std::max<qreal>(high - low, 1);
    m_savingAxis->setRange(low - span * 0.08, high + span * 0.08);
    m_savingAxis->applyNiceNumbers();
    m_savingAxis->setTitleText(m_model
            ? m_model->headerData(WorkloadOutlookModel::MonthlySaving, Qt::Horizontal).toString()
            : QString());
    m_riskGuide->replace(
        { QPointF(m_planRisk, m_savingAxis->min()), QPointF(m_planRisk, m_savingAxis->max()) });
    m_savingGuide->replace({ QPointF(0, 0), QPointF(100, 0) });
    finishRebuild();
}

void RiskSavingsChart::applyColours()
{
    const QColor border = isDark() ? QColor(0x20, 0x20, 0x20) : Qt::white;
    const auto paint = [&border](QScatterSeries* series, Target target) {
        QColor fill = chartpalette::targetColour(target);
        fill.setAlpha(190); // overlapping workloads stay visible through each other
        series->setColor(fill);
        series->setBorderColor(border);
    };
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        paint(m_keys[i], kTargets[i]);
    for (std::size_t i = 0; i < m_workloads.size(); ++i)
        paint(m_workloads[i], kTargets[m_workloadKey[i]]);
    QPen guide(chartpalette::guideColour(isDark()));
    guide.setStyle(Qt::DashLine);
    guide.setWidthF(1.5);
    m_riskGuide->setPen(guide);
    m_savingGuide->setPen(guide);
}

} // namespace cloudshift
