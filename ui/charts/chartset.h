#pragma once

#include "pipeline/reportfigures.h"

#include <QList>
#include <QObject>

#include <optional>

namespace cloudshift {

struct Analysis;
class CashFlowModel;
class CategoryCostModel;
class MonthlyCostModel;
class OutlookFilterProxy;
class ProjectionCostModel;
class ReportChart;
class TopSavingsProxy;
class WaveModel;
class WorkloadOutlookModel;

/// The models behind every chart of one analysis, and the charts made on them: the Charts page, the
/// presentation mode and the report writer all create their charts here, so a chart looks and reads
/// the same on screen, in the PDF pack and in an exported image.
///
/// setAnalysis() has the engine compute the figures (computeReportFigures) and hands them to the models;
/// charts follow their models' resets.
class ChartSet : public QObject
{
    Q_OBJECT

public:
    enum class Chart {
        MonthlyCost,
        CashFlow,
        Categories,
        TopSavings,
        RiskSavings,
        Latency,
        Waves,
        BillHistory
    };
    Q_ENUM(Chart)

    static QList<Chart> all();
    /// "monthly-cost", "cash-flow", "categories", "top-savings", "risk-savings", "latency", "waves",
    /// "bill-history": used by `report --chart` and in file names.
    static QString id(Chart chart);
    static std::optional<Chart> fromId(const QString& id);
    static QStringList ids();
    static QString title(Chart chart);
    /// One sentence under the title: what the chart shows and where its figures come from.
    static QString description(Chart chart);

    explicit ChartSet(QObject* parent = nullptr);
    ~ChartSet() override;

    void setAnalysis(const Analysis& analysis);
    const ReportFigures& figures() const { return m_figures; }

    /// A new chart on this set's models, light theme, titled; the caller owns it.
    ReportChart* createChart(Chart chart) const;

    ProjectionCostModel* projectionModel() const { return m_projection; }
    WaveModel* waveModel() const { return m_waves; }
    CashFlowModel* cashFlowModel() const { return m_cashFlow; }
    CategoryCostModel* categoryModel() const { return m_categories; }
    WorkloadOutlookModel* outlookModel() const { return m_outlook; }
    TopSavingsProxy* topSavings() const { return m_topSavings; }
    OutlookFilterProxy* riskAssessed() const { return m_riskAssessed; }
    OutlookFilterProxy* latencyAssessed() const { return m_latencyAssessed; }
    OutlookFilterProxy* movingWorkloads() const { return m_moving; }
    MonthlyCostModel* billModel() const { return m_bill; }

private:
    ReportFigures m_figures;
    ProjectionCostModel* m_projection;
    WaveModel* m_waves;
    CashFlowModel* m_cashFlow;
    CategoryCostModel* m_categories;
    WorkloadOutlookModel* m_outlook;
    TopSavingsProxy* m_topSavings;
    OutlookFilterProxy* m_riskAssessed;
    OutlookFilterProxy* m_latencyAssessed;
    OutlookFilterProxy* m_moving;
    MonthlyCostModel* m_bill;
};

} // namespace cloudshift
