#include "monthlycostchart.h"

#include "charts/chartpalette.h"
#include "models/monthlycostmodel.h"
#include "models/projectioncostmodel.h"
#include "models/wavemodel.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <QVXYModelMapper>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cloudshift {

MonthlyCostChart::MonthlyCostChart(QGraphicsItem* parent)
    : ReportChart(parent)
    , m_timeAxis(new QDateTimeAxis(this))
    , m_costAxis(new QValueAxis(this))
{
    m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_costAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_costAxis->setMin(0);
    addAxis(m_timeAxis, Qt::AlignBottom);
    addAxis(m_costAxis, Qt::AlignLeft);
}

void MonthlyCostChart::setModel(QAbstractItemModel* model, const QStringList& seriesKeys)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_keys = seriesKeys;
    if (model) {
        // The mappers refill the series on reset; names, waves and axis ranges follow the new figures.
        connect(model, &QAbstractItemModel::modelReset, this, &MonthlyCostChart::rebuild);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &MonthlyCostChart::rebuild);
    }
    rebuild();
}

void MonthlyCostChart::setWaveModel(WaveModel* waves)
{
    if (m_waves)
        disconnect(m_waves, nullptr, this, nullptr);
    m_waves = waves;
    if (waves)
        connect(waves, &QAbstractItemModel::modelReset, this, &MonthlyCostChart::rebuild);
    rebuild();
}

QLineSeries* MonthlyCostChart::seriesForColumn(int column) const
{
    const int slot = column - 1;
    if (slot < 0 || slot >= static_cast<int>(m_series.size()))
        return nullptr;
    return m_series[static_cast<std::size_t>(slot)];
}

void MonthlyCostChart::rebuild()
{
    // Series are painted in the order they were added: the wave bands go in first so the lines stay on
    // top, which means taking the lines out and adding them back after the bands.
    for (QAreaSeries* area : m_waveSeries) {
        removeSeries(area);
        delete area;
    }
    m_waveSeries.clear();
    for (QLineSeries* series : m_series) {
        if (series->chart() == this)
            removeSeries(series);
    }
    const int columns = m_model ? m_model->columnCount() - 1 : 0;
    if (static_cast<int>(m_series.size()) != columns) {
        for (QVXYModelMapper* mapper : m_mappers)
            delete mapper;
        for (QLineSeries* series : m_series)
            delete series;
        m_series.clear();
        m_mappers.clear();
        for (int i = 0; i < columns; ++i) {
            auto* series = new QLineSeries(this);
            series->setPointsVisible(true);
            const int column = i + 1;
            connect(series, &QLineSeries::hovered, this,
                [this, column](const QPointF& point, bool state) { showPointToolTip(column, point, state); });
            auto* mapper = new QVXYModelMapper(this);
            mapper->setXColumn(0);
            mapper->setYColumn(column);
            mapper->setSeries(series);
            m_series.push_back(series);
            m_mappers.push_back(mapper);
        }
    }
    for (QVXYModelMapper* mapper : m_mappers)
        mapper->setModel(m_model);
    updateAxes();
    addWaves();
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        addSeries(m_series[i]);
        m_series[i]->attachAxis(m_timeAxis);
        m_series[i]->attachAxis(m_costAxis);
        m_series[i]->setName(m_model->headerData(static_cast<int>(i) + 1, Qt::Horizontal).toString());
    }
    finishRebuild();
}

void MonthlyCostChart::addWaves()
{
    if (!m_waves || !m_model || m_model->rowCount() == 0)
        return;
    const qreal top = m_costAxis->max();
    for (int row = 0; row < m_waves->rowCount(); ++row) {
        const qreal start = m_waves->index(row, WaveModel::Start).data().toDouble();
        const qreal end = m_waves->index(row, WaveModel::End).data().toDouble();
        auto* area = new QAreaSeries;
        // The band's outline series belong to the area: they go when it goes.
        auto* upper = new QLineSeries(area);
        auto* lower = new QLineSeries(area);
        upper->append({ QPointF(start, top), QPointF(end, top) });
        lower->append({ QPointF(start, 0), QPointF(end, 0) });
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(m_waves->index(row, WaveModel::Wave).data().toString());
        addSeries(area);
        area->attachAxis(m_timeAxis);
        area->attachAxis(m_costAxis);
        const QString tip = m_waves->index(row, WaveModel::Wave).data(Qt::ToolTipRole).toString();
        connect(area, &QAreaSeries::hovered, this,
            [this, tip](const QPointF&, bool state) { hover(tip, state); });
        m_waveSeries.push_back(area);
    }
}

void MonthlyCostChart::applyColours()
{
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        QPen pen(chartpalette::seriesColour(m_keys.value(static_cast<qsizetype>(i))));
        pen.setWidthF(m_keys.value(static_cast<qsizetype>(i)) == u"scenario" ? 3.5 : 2.5);
        m_series[i]->setPen(pen);
        m_series[i]->setBrush(pen.color());
    }
    for (std::size_t i = 0; i < m_waveSeries.size(); ++i) {
        // Alternate two tints so neighbouring waves stay apart.
        QColor fill = chartpalette::bandColour(isDark());
        fill.setAlpha(i % 2 == 0 ? fill.alpha() : fill.alpha() * 2);
        m_waveSeries[i]->setBrush(fill);
        m_waveSeries[i]->setPen(Qt::NoPen);
    }
}

void MonthlyCostChart::updateAxes()
{
    const QString currency = m_model ? m_model->property("currency").toString() : QString();
    m_costAxis->setTitleText(
        currency.isEmpty() ? tr("Cost per month") : tr("Cost per month (%1)").arg(currency));
    const int months = m_model ? m_model->rowCount() : 0;
    if (months == 0) {
        m_timeAxis->setTickCount(2);
        m_costAxis->setRange(0, 1);
        return;
    }
    // Axis ranges are presentation only: they frame the values the model holds.
    const auto timeAt = [this](int row) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(m_model->index(row, 0).data().toDouble()));
    };
    const QDateTime first = timeAt(0);
    const QDateTime last = timeAt(months - 1);
    if (months == 1) {
        m_timeAxis->setRange(first.addDays(-14), first.addDays(14));
        m_timeAxis->setTickCount(2);
    } else {
        // One tick per plotted month: ticks fall on mid-month points and each label names the month of
        // the point above it. Long periods get fewer ticks to stay readable.
        m_timeAxis->setRange(first, last);
        m_timeAxis->setTickCount(months <= 13 ? months : 13);
    }
    double highest = 0;
    for (int row = 0; row < months; ++row) {
        for (int column = 1; column < m_model->columnCount(); ++column)
            highest = std::max(highest, m_model->index(row, column).data().toDouble());
    }
    m_costAxis->setRange(0, highest > 0 ? highest * 1.05 : 1);
    m_costAxis->applyNiceNumbers();
}

void MonthlyCostChart::showPointToolTip(int column, const QPointF& point, bool hovering)
{
    if (!hovering || !m_model || m_model->rowCount() == 0) {
        hover({}, false);
        return;
    }
    // hovered() reports a position on the line, not a data point: pick the month plotted nearest.
    int nearestRow = 0;
    double nearestDistance = std::numeric_limits<double>::max();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double distance = std::abs(m_model->index(row, 0).data().toDouble() - point.x());
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearestRow = row;
        }
    }
    hover(m_model->index(nearestRow, column).data(Qt::ToolTipRole).toString(), true);
}

} // namespace cloudshift
