#include "topsavingschart.h"

#include "charts/chartpalette.h"
#include "models/displaytext.h"
#include "models/workloadoutlookmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace cloudshift {

TopSavingsChart::TopSavingsChart(QGraphicsItem* parent)
    : ReportChart(parent)
    , m_workloadAxis(new QBarCategoryAxis(this))
    , m_valueAxis(new QValueAxis(this))
    , m_series(new QHorizontalStackedBarSeries(this))
{
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_valueAxis, Qt::AlignBottom);
    addAxis(m_workloadAxis, Qt::AlignLeft);
    const std::array<QString, 5> labels { tr("Mapping exact"), tr("Mapping close"), tr("Mapping approximate"),
        tr("No mapping"), tr("Stays on Azure") };
    for (std::size_t i = 0; i < m_sets.size(); ++i) {
        m_sets[i] = new QBarSet(labels[i], this);
        m_series->append(m_sets[i]);
    }
    m_series->setBarWidth(0.7);
    addSeries(m_series);
    m_series->attachAxis(m_valueAxis);
    m_series->attachAxis(m_workloadAxis);
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet*) {
        if (!m_model)
            return;
        // Bars run bottom-up: the top row of the model is the last category.
        const int row = m_model->rowCount() - 1 - index;
        hover(
            m_model->index(row, WorkloadOutlookModel::MonthlySaving).data(Qt::ToolTipRole).toString(), state);
    });
}

void TopSavingsChart::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TopSavingsChart::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TopSavingsChart::rebuild);
    }
    rebuild();
}

void TopSavingsChart::rebuild()
{
    for (QBarSet* set : m_sets)
        set->remove(0, set->count());
    QStringList labels;
    qreal low = 0;
    qreal high = 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = rows - 1; row >= 0; --row) {
        const auto cell = [&](int column, int role) { return m_model->index(row, column).data(role); };
        const qreal saving
            = cell(WorkloadOutlookModel::MonthlySaving, WorkloadOutlookModel::ChartValueRole).toDouble();
        const int confidence = cell(WorkloadOutlookModel::Confidence, WorkloadOutlookModel::SortRole).toInt();
        const std::size_t slot = confidence < 0 ? 4 : static_cast<std::size_t>(confidence);
        for (std::size_t i = 0; i < m_sets.size(); ++i)
            m_sets[i]->append(i == slot ? saving : 0.0);
        QString label
            = QStringLiteral("%1 → %2").arg(cell(WorkloadOutlookModel::Workload, Qt::DisplayRole).toString(),
                cell(WorkloadOutlookModel::Target, Qt::DisplayRole).toString());
        if (confidence >= 0)
            label
                += QStringLiteral(" (%1)").arg(confidenceText(static_cast<Confidence>(confidence)).toLower());
        labels << label;
        low = std::min(low, saving);
        high = std::max(high, saving);
    }
    m_workloadAxis->setCategories(labels);
    m_valueAxis->setRange(low, high > low ? high * 1.05 : low + 1);
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setTitleText(m_model
            ? m_model->headerData(WorkloadOutlookModel::MonthlySaving, Qt::Horizontal).toString()
            : QString());
    finishRebuild();
}

void TopSavingsChart::applyColours()
{
    const std::array<QColor, 5> colours { chartpalette::confidenceColour(Confidence::Exact),
        chartpalette::confidenceColour(Confidence::Close),
        chartpalette::confidenceColour(Confidence::Approximate),
        chartpalette::confidenceColour(Confidence::None), chartpalette::cloudColour(Cloud::Azure) };
    for (std::size_t i = 0; i < m_sets.size(); ++i) {
        m_sets[i]->setColor(colours[i]);
        m_sets[i]->setBorderColor(colours[i]);
    }
}

} // namespace cloudshift
