#include "cashflowchart.h"

#include "charts/chartpalette.h"
#include "models/cashflowmodel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace cloudshift {

CashFlowChart::CashFlowChart(QGraphicsItem* parent)
    : ReportChart(parent)
    , m_monthAxis(new QCategoryAxis(this))
    , m_valueAxis(new QValueAxis(this))
    , m_oneTimeSeries(new QBarSeries(this))
    , m_oneTime(new QBarSet(QString(), this))
    , m_cumulative(new QLineSeries(this))
    , m_breakEven(new QScatterSeries(this))
    , m_breakEvenGuide(new QLineSeries(this))
{
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    addAxis(m_monthAxis, Qt::AlignBottom);
    addAxis(m_valueAxis, Qt::AlignLeft);
    m_oneTimeSeries->append(m_oneTime);
    m_oneTimeSeries->setBarWidth(0.7);
    m_breakEven->setMarkerSize(14);
    for (QAbstractSeries* series : std::initializer_list<QAbstractSeries*> {
             m_oneTimeSeries, m_breakEvenGuide, m_cumulative, m_breakEven }) {
        addSeries(series);
        series->attachAxis(m_monthAxis);
        series->attachAxis(m_valueAxis);
    }
    // The guide only draws the break-even line; the point's legend entry names it.
    legend()->markers(m_breakEvenGuide).constFirst()->setVisible(false);

    connect(m_oneTime, &QBarSet::hovered, this, [this](bool state, int index) {
        if (m_model)
            hover(m_model->index(index, CashFlowModel::OneTime).data(Qt::ToolTipRole).toString(), state);
    });
    connect(m_cumulative, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (m_model)
            hover(
                m_model->index(qRound(point.x()), CashFlowModel::Cumulative).data(Qt::ToolTipRole).toString(),
                state);
    });
    connect(m_breakEven, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (m_model)
            hover(
                m_model->index(qRound(point.x()), CashFlowModel::Cumulative).data(Qt::ToolTipRole).toString(),
                state);
    });
}

void CashFlowChart::setModel(CashFlowModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &CashFlowChart::rebuild);
    rebuild();
}

void CashFlowChart::rebuild()
{
    const int months = m_model ? m_model->rowCount() : 0;
    QStringList labels;
    QList<qreal> oneTime;
    QList<QPointF> cumulative;
    qreal low = 0;
    qreal high = 0;
    for (int row = 0; row < months; ++row) {
        labels << m_model->index(row, CashFlowModel::Month).data().toString();
        const qreal cost = m_model->index(row, CashFlowModel::OneTime).data().toDouble();
        const qreal total = m_model->index(row, CashFlowModel::Cumulative).data().toDouble();
        oneTime << cost;
        cumulative << QPointF(row, total);
        low = std::min({ low, cost, total });
        high = std::max({ high, cost, total });
    }
    // Bars sit on whole month indexes; a label every quarter (half year on long horizons) keeps the
    // axis readable where 36 or 60 month names would not fit.
    for (const QString& label : m_monthAxis->categoriesLabels())
        m_monthAxis->remove(label);
    m_monthAxis->setStartValue(-0.5);
    const int step = months > 36 ? 6 : 3;
    for (int row = 0; row < months; row += step)
        m_monthAxis->append(labels[row], row);
    m_monthAxis->setRange(-0.5, std::max(months, 1) - 0.5);
    m_oneTime->remove(0, m_oneTime->count());
    m_oneTime->append(oneTime);
    m_oneTime->setLabel(
        m_model ? m_model->headerData(CashFlowModel::OneTime, Qt::Horizontal).toString() : QString());
    m_cumulative->replace(cumulative);
    m_cumulative->setName(
        m_model ? m_model->headerData(CashFlowModel::Cumulative, Qt::Horizontal).toString() : QString());

    const std::optional<int> breakEven = m_model ? m_model->breakEvenRow() : std::nullopt;
    m_breakEven->clear();
    m_breakEvenGuide->clear();
    if (breakEven) {
        const QPointF point = cumulative.value(*breakEven);
        m_breakEven->append(point);
        m_breakEvenGuide->append({ QPointF(point.x(), low), QPointF(point.x(), high) });
        m_breakEven->setName(tr("Break-even: %1").arg(labels.value(*breakEven)));
    } else {
        m_breakEven->setName(tr("No break-even within the horizon"));
    }
    const qreal span = std::max<qreal>(high - low, 1);
    m_valueAxis->setRange(low - span * 0.03, high + span * 0.05);
    m_valueAxis->applyNiceNumbers();
    const QString currency = m_model ? m_model->currency() : QString();
    m_valueAxis->setTitleText(currency.isEmpty() ? tr("Amount") : tr("Amount (%1)").arg(currency));
    finishRebuild();
}

void CashFlowChart::applyColours()
{
    m_oneTime->setColor(QColor(0xe1, 0x57, 0x59));
    m_oneTime->setBorderColor(QColor(0xe1, 0x57, 0x59));
    QPen line(chartpalette::scenarioColour());
    line.setWidthF(3);
    m_cumulative->setPen(line);
    m_breakEven->setColor(chartpalette::cloudColour(Cloud::Gcp));
    m_breakEven->setBorderColor(isDark() ? Qt::white : Qt::black);
    QPen guide(chartpalette::guideColour(isDark()));
    guide.setStyle(Qt::DashLine);
    guide.setWidthF(1.5);
    m_breakEvenGuide->setPen(guide);
}

} // namespace cloudshift
