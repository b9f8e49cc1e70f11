// Every chart rendered offscreen from the bundled demo: series, point counts and axis ranges must be
// the engine's figures (computeReportFigures), in the light and the dark theme, with hover texts that
// give exact values.
#include "charts/cashflowchart.h"
#include "charts/categorycostchart.h"
#include "charts/chartset.h"
#include "charts/chartview.h"
#include "charts/latencychart.h"
#include "charts/monthlycostchart.h"
#include "charts/risksavingschart.h"
#include "charts/topsavingschart.h"
#include "charts/wavetimelinechart.h"
#include "demoanalysis.h"
#include "guitestmain.h"
#include "models/cashflowmodel.h"
#include "models/categorycostmodel.h"
#include "models/outlookfilterproxy.h"
#include "models/projectioncostmodel.h"
#include "models/topsavingsproxy.h"
#include "models/wavemodel.h"
#include "models/workloadoutlookmodel.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <memory>

using namespace cloudshift;

namespace {

double money(Micros value)
{
    return microsToDouble(value);
}

// Renders a chart into an image the way a view does; returns how many sampled pixels are not the
// background, so a chart that draws nothing fails.
int paintedPixels(ReportChart* chart)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 1200, 700));
    QImage image(1200, 700, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter);
    painter.end();
    scene.removeItem(chart);
    const QRgb background = image.pixel(2, 2);
    int painted = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            painted += image.pixel(x, y) != background ? 1 : 0;
    }
    return painted;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsPassTheTester();
    void monthlyCost();
    void cashFlow();
    void categories();
    void topSavings();
    void riskSavings();
    void latency();
    void waves();
    void billHistory();
    void everyChartPaints_data();
    void everyChartPaints();
    void darkThemeKeepsCloudColours();
    void hoverGivesExactValues();
    void legendClickHidesSeries();

private:
    template <typename T> std::unique_ptr<T> create(ChartSet::Chart chart)
    {
        auto* made = qobject_cast<T*>(m_charts->createChart(chart));
        return std::unique_ptr<T>(made);
    }

    std::unique_ptr<ChartSet> m_charts;
    const ReportFigures* m_figures = nullptr;
};

void TestCharts::initTestCase()
{
    const Analysis& analysis = demoAnalysis();
    QVERIFY2(analysis.status == Analysis::Status::Ok, qPrintable(analysis.error));
    m_charts = std::make_unique<ChartSet>();
    m_charts->setAnalysis(analysis);
    m_figures = &m_charts->figures();
    // The demo's optimised scenario moves workloads in waves over a 36-month horizon.
    QCOMPARE(m_figures->months.size(), std::size_t { 36 });
    QVERIFY(!m_figures->waves.empty());
    QCOMPARE(m_figures->workloads.size(), std::size_t { 25 });
}

void TestCharts::modelsPassTheTester()
{
    const QList<QAbstractItemModel*> models { m_charts->projectionModel(), m_charts->waveModel(),
        m_charts->cashFlowModel(), m_charts->categoryModel(), m_charts->outlookModel(),
        m_charts->topSavings(), m_charts->riskAssessed(), m_charts->latencyAssessed(),
        m_charts->movingWorkloads() };
    for (QAbstractItemModel* model : models)
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_charts->projectionModel()->rowCount(), 36);
    QCOMPARE(m_charts->topSavings()->rowCount(), 12);
}

void TestCharts::monthlyCost()
{
    auto chart = create<MonthlyCostChart>(ChartSet::Chart::MonthlyCost);
    QVERIFY(chart);
    QCOMPARE(chart->chartId(), QStringLiteral("monthly-cost"));
    const std::size_t waves = m_figures->waves.size();
    QCOMPARE(chart->series().size(), qsizetype(4 + waves));
    QCOMPARE(chart->waveSeries().size(), waves);
    const std::array<const std::vector<Micros>*, 4> expected { &m_figures->baseline, &m_figures->scenario,
        &m_figures->allAws, &m_figures->allGcp };
    double highest = 0;
    for (int column = 1; column <= 4; ++column) {
        QLineSeries* line = chart->seriesForColumn(column);
        QCOMPARE(line->count(), 36);
        const std::vector<Micros>& values = *expected[static_cast<std::size_t>(column - 1)];
        for (int m = 0; m < 36; m += 7)
            QCOMPARE(line->at(m).y(), money(values[static_cast<std::size_t>(m)]));
        highest = std::max(highest, money(*std::max_element(values.cbegin(), values.cend())));
    }
    QCOMPARE(chart->seriesForColumn(2)->name(), QStringLiteral("Scenario: ") + m_figures->scenarioName);
    QCOMPARE(chart->costAxis()->min(), 0.0);
    QVERIFY(chart->costAxis()->max() >= highest);
    QVERIFY(chart->costAxis()->max() <= highest * 1.5);
    QCOMPARE(chart->timeAxis()->min().date(),
        QDate(m_figures->months.front().year(), m_figures->months.front().month(), 15));
    QCOMPARE(chart->timeAxis()->max().date(),
        QDate(m_figures->months.back().year(), m_figures->months.back().month(), 15));
    // The first wave's band covers its months, from the first day of its first month.
    const MigrationWave& first = m_figures->waves.front();
    const QAreaSeries* band = chart->waveSeries().front();
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(band->upperSeries()->at(0).x())).date(),
        m_figures->months.front().addMonths(first.startMonth));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(band->upperSeries()->at(1).x())).date(),
        m_figures->months.front().addMonths(first.startMonth + first.months));
}

void TestCharts::cashFlow()
{
    auto chart = create<CashFlowChart>(ChartSet::Chart::CashFlow);
    QVERIFY(chart);
    QCOMPARE(chart->oneTimeSeries()->barSets().size(), 1);
    const QBarSet* oneTime = chart->oneTimeSeries()->barSets().front();
    QCOMPARE(oneTime->count(), 36);
    QCOMPARE(chart->cumulativeSeries()->count(), 36);
    // A label every quarter, bars on whole month indexes.
    QCOMPARE(chart->monthAxis()->count(), 12);
    QCOMPARE(chart->monthAxis()->min(), -0.5);
    QCOMPARE(chart->monthAxis()->max(), 35.5);
    double low = 0;
    double high = 0;
    for (int m = 0; m < 36; ++m) {
        QCOMPARE(oneTime->at(m), money(m_figures->oneTime[static_cast<std::size_t>(m)]));
        QCOMPARE(chart->cumulativeSeries()->at(m).y(),
            money(m_figures->cumulativeSavings[static_cast<std::size_t>(m)]));
        low = std::min({ low, oneTime->at(m), chart->cumulativeSeries()->at(m).y() });
        high = std::max({ high, oneTime->at(m), chart->cumulativeSeries()->at(m).y() });
    }
    QVERIFY(chart->valueAxis()->min() <= low);
    QVERIFY(chart->valueAxis()->max() >= high);
    QVERIFY(m_figures->breakEvenMonth.has_value());
    QCOMPARE(chart->breakEvenSeries()->count(), 1);
    QCOMPARE(chart->breakEvenSeries()->at(0).x(), qreal(*m_figures->breakEvenMonth));
    QVERIFY(chart->breakEvenSeries()->name().startsWith(QStringLiteral("Break-even: ")));
}

void TestCharts::categories()
{
    auto chart = create<CategoryCostChart>(ChartSet::Chart::Categories);
    QVERIFY(chart);
    const QList<QBarSet*> sets = chart->barSeries()->barSets();
    QCOMPARE(sets.size(), qsizetype(m_figures->categories.size()));
    QVERIFY(sets.size() >= 5); // compute, storage, databases, networking, web… in the demo
    QCOMPARE(chart->cloudAxis()->count(), 3);
    double tallest = 0;
    std::array<double, 3> totals {};
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const CategoryCost& cost = m_figures->categories[static_cast<std::size_t>(i)];
        QCOMPARE(sets[i]->label(), cost.category);
        QCOMPARE(sets[i]->count(), 3);
        QCOMPARE(sets[i]->at(0), money(cost.azure));
        QCOMPARE(sets[i]->at(1), money(cost.aws));
        QCOMPARE(sets[i]->at(2), money(cost.gcp));
        for (int c = 0; c < 3; ++c)
            totals[static_cast<std::size_t>(c)] += sets[i]->at(c);
    }
    tallest = *std::max_element(totals.cbegin(), totals.cend());
    // The Azure stack is the bill: its height is the plan's baseline total.
    QVERIFY(qAbs(totals[0] - money(demoAnalysis().plan.baseline.total)) < 0.01);
    QVERIFY(chart->valueAxis()->max() >= tallest);
}

void TestCharts::topSavings()
{
    auto chart = create<TopSavingsChart>(ChartSet::Chart::TopSavings);
    QVERIFY(chart);
    QCOMPARE(chart->barSeries()->barSets().size(), 5);
    QCOMPARE(chart->workloadAxis()->count(), 12);
    std::vector<WorkloadOutlook> sorted = m_figures->workloads;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const WorkloadOutlook& a, const WorkloadOutlook& b) { return a.monthlySaving > b.monthlySaving; });
    // The top bar (the last category) is the biggest saving, with its target and confidence in the label.
    const WorkloadOutlook& best = sorted.front();
    QVERIFY2(chart->workloadAxis()->at(11).startsWith(best.name + QStringLiteral(" → ")),
        qPrintable(chart->workloadAxis()->at(11)));
    double topBar = 0;
    for (QBarSet* set : chart->barSeries()->barSets()) {
        QCOMPARE(set->count(), 12);
        topBar += set->at(11);
    }
    QCOMPARE(topBar, money(best.monthlySaving));
    QVERIFY(chart->valueAxis()->max() >= money(best.monthlySaving));
}

void TestCharts::riskSavings()
{
    auto chart = create<RiskSavingsChart>(ChartSet::Chart::RiskSavings);
    QVERIFY(chart);
    const auto assessed = std::count_if(m_figures->workloads.cbegin(), m_figures->workloads.cend(),
        [](const WorkloadOutlook& w) { return w.riskAssessed; });
    QVERIFY(assessed > 0);
    // One series of one point per workload, plus the four target keys of the legend and two guides.
    QCOMPARE(chart->workloadSeries().size(), std::size_t(assessed));
    QCOMPARE(chart->series().size(), qsizetype(assessed + 4 + 2));
    qreal biggest = 0;
    for (QScatterSeries* series : chart->workloadSeries()) {
        QCOMPARE(series->count(), 1);
        const QPointF point = series->at(0);
        QVERIFY(point.x() >= 0 && point.x() <= 100);
        QVERIFY(point.y() >= chart->savingAxis()->min() && point.y() <= chart->savingAxis()->max());
        const auto w = std::find_if(m_figures->workloads.cbegin(), m_figures->workloads.cend(),
            [&series](const WorkloadOutlook& o) { return o.name == series->name(); });
        QVERIFY(w != m_figures->workloads.cend());
        QCOMPARE(point, QPointF(w->riskScore, money(w->monthlySaving)));
        biggest = std::max(biggest, series->markerSize());
    }
    for (QScatterSeries* key : chart->keySeries())
        QCOMPARE(key->count(), 0);
    QCOMPARE(chart->riskAxis()->min(), 0.0);
    QCOMPARE(chart->riskAxis()->max(), 100.0);
    QCOMPARE(chart->riskGuide()->at(0).x(), m_figures->riskScore);
    QCOMPARE(chart->savingGuide()->at(0).y(), 0.0);
    // The costliest workload gets the biggest point, in either theme.
    QCOMPARE(biggest, 46.0);
    chart->setDark(true);
    QCOMPARE(std::max_element(chart->workloadSeries().cbegin(), chart->workloadSeries().cend(),
                 [](QScatterSeries* a, QScatterSeries* b) { return a->markerSize() < b->markerSize(); })
                 .
                 operator*()
                 ->markerSize(),
        46.0);
    // The legend key of a target hides its workloads.
    QScatterSeries* azureKey = chart->keySeries()[2];
    azureKey->setVisible(false);
    for (QScatterSeries* series : chart->workloadSeries()) {
        const auto w = std::find_if(m_figures->workloads.cbegin(), m_figures->workloads.cend(),
            [&series](const WorkloadOutlook& o) { return o.name == series->name(); });
        QCOMPARE(series->isVisible(), w->target != Target::Azure);
    }
}

void TestCharts::latency()
{
    auto chart = create<LatencyChart>(ChartSet::Chart::Latency);
    QVERIFY(chart);
    std::vector<const WorkloadOutlook*> assessed;
    // Workloads that relocate: one staying on Azure keeps its round trip.
    for (const WorkloadOutlook& w : m_figures->workloads) {
        if (w.latencyAssessed && (w.target == Target::Aws || w.target == Target::Gcp))
            assessed.push_back(&w);
    }
    QVERIFY(!assessed.empty());
    QCOMPARE(chart->beforeSeries()->count(), qsizetype(assessed.size()));
    QCOMPARE(chart->afterSeries()->count(), qsizetype(assessed.size()));
    QCOMPARE(chart->workloadAxis()->count(), qsizetype(assessed.size()));
    double highest = 0;
    for (std::size_t i = 0; i < assessed.size(); ++i) {
        const QBoxSet* after = chart->afterSeries()->boxSets().at(static_cast<qsizetype>(i));
        QCOMPARE(after->at(QBoxSet::Median), assessed[i]->after.ms);
        QCOMPARE(after->at(QBoxSet::LowerQuartile), assessed[i]->after.lowMs);
        QCOMPARE(after->at(QBoxSet::UpperQuartile), assessed[i]->after.highMs);
        QVERIFY(assessed[i]->after.lowMs <= assessed[i]->after.ms
            && assessed[i]->after.ms <= assessed[i]->after.highMs);
        highest = std::max(highest, assessed[i]->after.highMs);
    }
    QCOMPARE(chart->latencyAxis()->min(), 0.0);
    QVERIFY(chart->latencyAxis()->max() >= highest);
}

void TestCharts::waves()
{
    auto chart = create<WaveTimelineChart>(ChartSet::Chart::Waves);
    QVERIFY(chart);
    const auto moving = std::count_if(m_figures->workloads.cbegin(), m_figures->workloads.cend(),
        [](const WorkloadOutlook& w) { return w.wave > 0; });
    QCOMPARE(chart->workloadAxis()->count(), qsizetype(moving));
    QCOMPARE(chart->barSeries()->barSets().size(), 5);
    QCOMPARE(chart->runCostSeries()->count(), 36);
    QCOMPARE(chart->runCostSeries()->at(0).y(), money(m_figures->scenario.front()));
    QCOMPARE(chart->monthAxis()->min(), 0.0);
    QCOMPARE(chart->monthAxis()->max(), 36.0);
    // Each bar ends where its wave ends: offset (start) + duration.
    for (int i = 0; i < chart->workloadAxis()->count(); ++i) {
        double end = 0;
        for (QBarSet* set : chart->barSeries()->barSets())
            end += set->at(i);
        QVERIFY(end >= 1 && end <= 36 + 12);
    }
}

void TestCharts::billHistory()
{
    auto chart = create<MonthlyCostChart>(ChartSet::Chart::BillHistory);
    QVERIFY(chart);
    QCOMPARE(chart->series().size(), 3);
    for (int column = 1; column <= 3; ++column)
        QCOMPARE(chart->seriesForColumn(column)->count(), qsizetype(demoAnalysis().plan.months.size()));
}

void TestCharts::everyChartPaints_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<bool>("dark");
    for (ChartSet::Chart chart : ChartSet::all()) {
        QTest::newRow(qPrintable(ChartSet::id(chart) + QStringLiteral(" light"))) << int(chart) << false;
        QTest::newRow(qPrintable(ChartSet::id(chart) + QStringLiteral(" dark"))) << int(chart) << true;
    }
}

void TestCharts::everyChartPaints()
{
    QFETCH(int, chart);
    QFETCH(bool, dark);
    std::unique_ptr<ReportChart> made(m_charts->createChart(static_cast<ChartSet::Chart>(chart)));
    made->setDark(dark);
    const int painted = paintedPixels(made.get());
    // Axes, labels and legend alone paint a few hundred samples; the data adds the rest.
    QVERIFY2(painted > 600, qPrintable(made->chartId() + QStringLiteral(": %1").arg(painted)));
}

void TestCharts::darkThemeKeepsCloudColours()
{
    auto chart = create<MonthlyCostChart>(ChartSet::Chart::MonthlyCost);
    const QColor aws = chart->seriesForColumn(3)->pen().color();
    chart->setDark(true);
    QCOMPARE(chart->seriesForColumn(3)->pen().color(), aws);
    QCOMPARE(chart->theme(), QChart::ChartThemeDark);
    chart->setDark(false);
    QCOMPARE(chart->seriesForColumn(3)->pen().color(), aws);
}

void TestCharts::hoverGivesExactValues()
{
    auto chart = create<CashFlowChart>(ChartSet::Chart::CashFlow);
    QSignalSpy spy(chart.get(), &ReportChart::hoverTextChanged);
    Q_EMIT chart->oneTimeSeries()->barSets().front()->hovered(true, 0);
    QCOMPARE(spy.count(), 1);
    const QString text = spy.takeFirst().constFirst().toString();
    QVERIFY2(text.contains(QStringLiteral("One-time costs")), qPrintable(text));
    QVERIFY2(
        text.contains(
            m_charts->cashFlowModel()->index(0, CashFlowModel::OneTime).data(Qt::ToolTipRole).toString()),
        qPrintable(text));
    Q_EMIT chart->oneTimeSeries()->barSets().front()->hovered(false, 0);
    QCOMPARE(spy.takeFirst().constFirst().toString(), QString());
}

void TestCharts::legendClickHidesSeries()
{
    auto chart = create<MonthlyCostChart>(ChartSet::Chart::MonthlyCost);
    QLineSeries* aws = chart->seriesForColumn(3);
    QLegendMarker* marker = chart->legend()->markers(aws).constFirst();
    Q_EMIT marker->clicked();
    QVERIFY(!aws->isVisible());
    QVERIFY(marker->labelBrush().color().alphaF() < 0.5); // kept in the legend, faded, to click again
    Q_EMIT marker->clicked();
    QVERIFY(aws->isVisible());
    QCOMPARE(marker->labelBrush().color().alphaF(), 1.0);
}

CLOUDSHIFT_GUI_TEST_MAIN(TestCharts)
#include "tst_charts.moc"
