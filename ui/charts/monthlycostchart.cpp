#include "monthlycostchart.h"

#include "models/monthlycostmodel.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <QVXYModelMapper>

#include <algorithm>
#include <limits>

namespace cloudshift {

namespace {

// Each cloud keeps one colour everywhere (screen, PDF, PNG): Azure blue, AWS orange, Google green.
// Mid-tone shades stay legible on both the light and the dark chart theme.
constexpr std::array<QRgb, 3> kSeriesColours { 0xff2f7fd8, 0xffff9900, 0xff34a853 };

} // namespace

MonthlyCostChart::MonthlyCostChart(QGraphicsItem* parent)
    : QChart(parent)
    , m_timeAxis(new QDateTimeAxis(this))
    , m_costAxis(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the user's locale, digit grouping included: 1,500,000 rather than 1500000.
    setLocalizeNumbers(true);
    legend()->setAlignment(Qt::AlignBottom);
    m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_costAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_costAxis->setMin(0);
    addAxis(m_timeAxis, Qt::AlignBottom);
    addAxis(m_costAxis, Qt::AlignLeft);

    for (std::size_t i = 0; i < m_series.size(); ++i) {
        auto* series = new QLineSeries(this);
        series->setPointsVisible(true);
        addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_costAxis);
        m_series[i] = series;

        auto* mapper = new QVXYModelMapper(this);
        mapper->setXColumn(MonthlyCostModel::Month);
        mapper->setYColumn(MonthlyCostModel::Baseline + static_cast<int>(i));
        mapper->setSeries(series);
        m_mappers[i] = mapper;
    }
    applySeriesPens();
}

void MonthlyCostChart::setModel(MonthlyCostModel* model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    for (QVXYModelMapper* mapper : m_mappers)
        mapper->setModel(model);
    if (model) {
        // The mappers refill the series on reset; the names and axis ranges follow the new plan.
        connect(model, &QAbstractItemModel::modelReset, this, &MonthlyCostChart::updateAxes);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &MonthlyCostChart::updateAxes);
    }
    updateAxes();
}

void MonthlyCostChart::setDark(bool dark)
{
    setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // setTheme() recolours every series; put the cloud colours back.
    applySeriesPens();
}

QLineSeries* MonthlyCostChart::seriesForColumn(int column) const
{
    const int slot = column - MonthlyCostModel::Baseline;
    if (slot < 0 || slot >= static_cast<int>(m_series.size()))
        return nullptr;
    return m_series[static_cast<std::size_t>(slot)];
}

void MonthlyCostChart::applySeriesPens()
{
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        QPen pen(QColor::fromRgba(kSeriesColours[i]));
        pen.setWidthF(2.5);
        m_series[i]->setPen(pen);
        m_series[i]->setBrush(pen.color());
    }
}

void MonthlyCostChart::updateAxes()
{
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        const int column = MonthlyCostModel::Baseline + static_cast<int>(i);
        m_series[i]->setName(m_model ? m_model->headerData(column, Qt::Horizontal).toString() : QString());
    }
    const QString currency = m_model ? m_model->currency() : QString();
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
        return QDateTime::fromMSecsSinceEpoch(
            static_cast<qint64>(m_model->index(row, MonthlyCostModel::Month).data().toDouble()));
    };
    const QDateTime first = timeAt(0);
    const QDateTime last = timeAt(months - 1);
    if (months == 1) {
        m_timeAxis->setRange(first.addDays(-14), first.addDays(14));
        m_timeAxis->setTickCount(2);
    } else {
        // One tick per plotted month: the ticks then fall on mid-month points and each label names
        // the month of the point above it. Long periods get fewer ticks to stay readable.
        m_timeAxis->setRange(first, last);
        m_timeAxis->setTickCount(std::min(months, 13));
    }

    double highest = 0;
    for (int row = 0; row < months; ++row) {
        for (int column = MonthlyCostModel::Baseline; column < MonthlyCostModel::ColumnCount; ++column)
            highest = std::max(highest, m_model->index(row, column).data().toDouble());
    }
    m_costAxis->setRange(0, highest > 0 ? highest * 1.05 : 1);
    m_costAxis->applyNiceNumbers();
}

} // namespace cloudshift
