#pragma once

#include "charts/reportchart.h"

class QBarCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace cloudshift {

class CategoryCostModel;

/// Cost by FOCUS service category as stacked bars, one bar per cloud: what the imported period cost on
/// Azure and what it would cost all on AWS or all on Google Cloud. Each category is a bar set.
class CategoryCostChart : public ReportChart
{
    Q_OBJECT

public:
    explicit CategoryCostChart(QGraphicsItem* parent = nullptr);

    QString chartId() const override { return QStringLiteral("categories"); }
    void setModel(CategoryCostModel* model);

    QStackedBarSeries* barSeries() const { return m_series; }
    QValueAxis* valueAxis() const { return m_valueAxis; }
    QBarCategoryAxis* cloudAxis() const { return m_cloudAxis; }

protected:
    void applyColours() override;

private:
    void rebuild();

    CategoryCostModel* m_model = nullptr;
    QBarCategoryAxis* m_cloudAxis;
    QValueAxis* m_valueAxis;
    QStackedBarSeries* m_series;
};

} // namespace cloudshift
