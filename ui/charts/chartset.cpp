#include "chartset.h"

#include "charts/cashflowchart.h"
#include "charts/categorycostchart.h"
#include "charts/latencychart.h"
#include "charts/monthlycostchart.h"
#include "charts/risksavingschart.h"
#include "charts/topsavingschart.h"
#include "charts/wavetimelinechart.h"
#include "models/cashflowmodel.h"
#include "models/categorycostmodel.h"
#include "models/monthlycostmodel.h"
#include "models/outlookfilterproxy.h"
#include "models/projectioncostmodel.h"
#include "models/topsavingsproxy.h"
#include "models/wavemodel.h"
#include "models/workloadoutlookmodel.h"
#include "pipeline/analysis.h"

namespace cloudshift {

QList<ChartSet::Chart> ChartSet::all()
{
    return { Chart::MonthlyCost, Chart::CashFlow, Chart::Categories, Chart::TopSavings, Chart::RiskSavings,
        Chart::Latency, Chart::Waves, Chart::BillHistory };
}

QString ChartSet::id(Chart chart)
{
    switch (chart) {
    case Chart::MonthlyCost:
        return QStringLiteral("monthly-cost");
    case Chart::CashFlow:
        return QStringLiteral("cash-flow");
    case Chart::Categories:
        return QStringLiteral("categories");
    case Chart::TopSavings:
        return QStringLiteral("top-savings");
    case Chart::RiskSavings:
        return QStringLiteral("risk-savings");
    case Chart::Latency:
        return QStringLiteral("latency");
    case Chart::Waves:
        return QStringLiteral("waves");
    case Chart::BillHistory:
        return QStringLiteral("bill-history");
    }
    return {};
}

std::optional<ChartSet::Chart> ChartSet::fromId(const QString& id)
{
    for (Chart chart : all()) {
        if (ChartSet::id(chart) == id)
            return chart;
    }
    return std::nullopt;
}

QStringList ChartSet::ids()
{
    QStringList out;
    for (Chart chart : all())
        out << id(chart);
    return out;
}

QString ChartSet::title(Chart chart)
{
    switch (chart) {
    case Chart::MonthlyCost:
        return tr("Monthly cost over the horizon");
    case Chart::CashFlow:
        return tr("Cumulative cash flow against staying on Azure");
    case Chart::Categories:
        return tr("Cost by service category");
    case Chart::TopSavings:
        return tr("Top workloads by saving");
    case Chart::RiskSavings:
        return tr("Risk against saving per workload");
    case Chart::Latency:
        return tr("Latency per workload, before and after");
    case Chart::Waves:
        return tr("Migration waves");
    case Chart::BillHistory:
        return tr("The bill re-priced, month by month");
    }
    return {};
}

QString ChartSet::description(Chart chart)
{
    switch (chart) {
    case Chart::MonthlyCost:
        return tr(
            "Run cost per month of staying on Azure, of the scenario, and of moving everything to AWS or to "
            "Google Cloud (three-month wave from the first month); shaded: the scenario's migration waves.");
    case Chart::CashFlow:
        return tr("One-time costs per month (labour, egress, parallel running) and the running total of "
                  "baseline − scenario − one-time costs; the point marks break-even.");
    case Chart::Categories:
        return tr(
            "What the imported period cost per FOCUS service category on Azure, and re-priced all to AWS "
            "or all to Google Cloud. Unpriced lines keep their Azure cost.");
    case Chart::TopSavings:
        return tr("Run-rate saving per month once each workload has moved; the colour and the label give the "
                  "mapping confidence on its target.");
    case Chart::RiskSavings:
        return tr(
            "Each workload's migration risk (factor model, 0–100) against its monthly saving; point size "
            "follows its monthly cost today. Guides: the plan's cost-weighted risk, and zero saving.");
    case Chart::Latency:
        return tr("Users' round trip to each workload on Azure today and on its target; boxes span the 80 % "
                  "band of modelled values, measured values are single lines.");
    case Chart::Waves:
        return tr("Which workloads move when, coloured by target, with the scenario's run cost per month.");
    case Chart::BillHistory:
        return tr(
            "The imported bill month by month on Azure and re-priced all to AWS or all to Google Cloud.");
    }
    return {};
}

ChartSet::ChartSet(QObject* parent)
    : QObject(parent)
    , m_projection(new ProjectionCostModel(this))
    , m_waves(new WaveModel(this))
    , m_cashFlow(new CashFlowModel(this))
    , m_categories(new CategoryCostModel(this))
    , m_outlook(new WorkloadOutlookModel(this))
    , m_topSavings(new TopSavingsProxy(12, this))
    , m_riskAssessed(new OutlookFilterProxy(OutlookFilterProxy::Filter::RiskAssessed, this))
    , m_latencyAssessed(new OutlookFilterProxy(OutlookFilterProxy::Filter::LatencyAssessed, this))
    , m_moving(new OutlookFilterProxy(OutlookFilterProxy::Filter::Moving, this))
    , m_bill(new MonthlyCostModel(this))
{
    for (QSortFilterProxyModel* proxy : std::initializer_list<QSortFilterProxyModel*> {
             m_topSavings, m_riskAssessed, m_latencyAssessed, m_moving })
        proxy->setSourceModel(m_outlook);
}

ChartSet::~ChartSet() = default;

void ChartSet::setAnalysis(const Analysis& analysis)
{
    m_figures = computeReportFigures(analysis);
    m_projection->setResults(m_figures);
    m_waves->setResults(m_figures);
    m_cashFlow->setResults(m_figures);
    m_categories->setResults(m_figures);
    m_outlook->setResults(m_figures);
    m_bill->setResults(analysis.plan);
}

ReportChart* ChartSet::createChart(Chart chart) const
{
    ReportChart* out = nullptr;
    switch (chart) {
    case Chart::MonthlyCost: {
        auto* c = new MonthlyCostChart;
        c->setModel(m_projection,
            { QStringLiteral("azure"), QStringLiteral("scenario"), QStringLiteral("aws"),
                QStringLiteral("gcp") });
        c->setWaveModel(m_waves);
        out = c;
        break;
    }
    case Chart::CashFlow: {
        auto* c = new CashFlowChart;
        c->setModel(m_cashFlow);
        out = c;
        break;
    }
    case Chart::Categories: {
        auto* c = new CategoryCostChart;
        c->setModel(m_categories);
        out = c;
        break;
    }
    case Chart::TopSavings: {
        auto* c = new TopSavingsChart;
        c->setModel(m_topSavings);
        out = c;
        break;
    }
    case Chart::RiskSavings: {
        auto* c = new RiskSavingsChart;
        c->setModel(m_riskAssessed);
        out = c;
        break;
    }
    case Chart::Latency: {
        auto* c = new LatencyChart;
        c->setModel(m_latencyAssessed);
        out = c;
        break;
    }
    case Chart::Waves: {
        auto* c = new WaveTimelineChart;
        c->setModels(m_moving, m_projection);
        out = c;
        break;
    }
    case Chart::BillHistory: {
        auto* c = new MonthlyCostChart;
        c->setChartId(id(chart));
        c->setModel(m_bill, { QStringLiteral("azure"), QStringLiteral("aws"), QStringLiteral("gcp") });
        out = c;
        break;
    }
    }
    out->setTitle(title(chart));
    out->setDark(false);
    return out;
}

} // namespace cloudshift
