#include "categorycostchart.h"

#include "charts/chartpalette.h"
#include "models/categorycostmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace cloudshift {

CategoryCostChart::CategoryCostChart(QGraphicsItem* parent)
    : ReportChart(parent)
    , m_cloudAxis(new QBarCategoryAxis(this))
    , m_valueAxis(new QValueAxis(this))
    , m_series(new QStackedBarSeries(this))
{
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_cloudAxis, Qt::AlignBottom);
    addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->setBarWidth(0.55);
    addSeries(m_series);
    m_series->attachAxis(m_cloudAxis);
    m_series->attachAxis(m_valueAxis);
    legend()->setAlignment(Qt::AlignRight);
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet* set) {
        if (!m_model)
            return;
        const int row = static_cast<int>(m_series->barSets().indexOf(set));
        hover(m_model->index(row, CategoryCostModel::Azure + index).data(Qt::ToolTipRole).toString(), state);
    });
}

void CategoryCostChart::setModel(CategoryCostModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &CategoryCostChart::rebuild);
    rebuild();
}

void CategoryCostChart::rebuild()
{
    m_series->clear();
    QStringList clouds;
    for (int column = CategoryCostModel::Azure; column < CategoryCostModel::ColumnCount; ++column)
        clouds << (m_model ? m_model->headerData(column, Qt::Horizontal).toString()
                           : QString::number(column));
    m_cloudAxis->setCategories(clouds);
    std::array<qreal, 3> totals {};
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        auto* set = new QBarSet(m_model->index(row, CategoryCostModel::Category).data().toString());
        for (int column = CategoryCostModel::Azure; column < CategoryCostModel::ColumnCount; ++column) {
            const qreal value = m_model->index(row, column).data().toDouble();
            set->append(value);
            totals[static_cast<std::size_t>(column - CategoryCostModel::Azure)] += value;
        }
        m_series->append(set);
    }
    // The axis frames the tallest stack; the sums are the chart's own geometry, not a reported figure.
    const qreal tallest = *std::max_element(totals.cbegin(), totals.cend());
    m_valueAxis->setRange(0, tallest > 0 ? tallest * 1.05 : 1);
    m_valueAxis->applyNiceNumbers();
    const QString currency = m_model ? m_model->currency() : QString();
    m_valueAxis->setTitleText(currency.isEmpty() ? tr("Cost over the bill's period")
                                                 : tr("Cost over the bill's period (%1)").arg(currency));
    finishRebuild();
}

void CategoryCostChart::applyColours()
{
    const QList<QBarSet*> sets = m_series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets[i]->setColor(chartpalette::categoryColour(static_cast<int>(i)));
        sets[i]->setBorderColor(isDark() ? QColor(0x20, 0x20, 0x20) : Qt::white);
    }
}

} // namespace cloudshift
