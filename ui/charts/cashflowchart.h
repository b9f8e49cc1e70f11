#pragma once

#include "charts/reportchart.h"

class QCategoryAxis;
class QBarSeries;
class QBarSet;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace cloudshift {

class CashFlowModel;

/// The scenario's cash flow against staying on Azure: one-time costs as bars per month, the cumulative
/// saving as a line, and the break-even month marked by a point and a vertical guide.
class CashFlowChart : public ReportChart
{
    Q_OBJECT

public:
    explicit CashFlowChart(QGraphicsItem* parent = nullptr);

    QString chartId() const override { return QStringLiteral("cash-flow"); }
    void setModel(CashFlowModel* model);

    QBarSeries* oneTimeSeries() const { return m_oneTimeSeries; }
    QLineSeries* cumulativeSeries() const { return m_cumulative; }
    QScatterSeries* breakEvenSeries() const { return m_breakEven; }
    QValueAxis* valueAxis() const { return m_valueAxis; }
    QCategoryAxis* monthAxis() const { return m_monthAxis; }

protected:
    void applyColours() override;

private:
    void rebuild();

    CashFlowModel* m_model = nullptr;
    QCategoryAxis* m_monthAxis;
    QValueAxis* m_valueAxis;
    QBarSeries* m_oneTimeSeries;
    QBarSet* m_oneTime;
    QLineSeries* m_cumulative;
    QScatterSeries* m_breakEven;
    QLineSeries* m_breakEvenGuide;
};

} // namespace cloudshift
