#include "chartspage.h"

#include "charts/chartview.h"
#include "charts/reportchart.h"
#include "pages/presentationwindow.h"
#include "report/reportexportprompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cloudshift {

ChartsPage::ChartsPage(QWidget* parent)
    : QWidget(parent)
    , m_charts(new ChartSet(this))
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    for (ChartSet::Chart chart : ChartSet::all()) {
        auto* item = new QListWidgetItem(ChartSet::title(chart), m_list);
        item->setToolTip(ChartSet::description(chart));
        item->setData(Qt::UserRole, ChartSet::id(chart));
        auto* view = new ChartView(m_charts->createChart(chart), m_stack);
        m_stack->addWidget(view);
        m_views.emplace(chart, view);
    }
    // As wide as the longest title, so no chart name is cut.
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 16);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    auto* presentButton = new QPushButton(tr("&Present"), this);
    presentButton->setToolTip(tr("Full screen, one chart per page; arrow keys move, Escape leaves"));
    connect(presentButton, &QPushButton::clicked, this, &ChartsPage::present);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChartsPage::showChart);
    auto* exportButton = new QPushButton(tr("&Export Chart…"), this);
    exportButton->setToolTip(tr("The chart shown as PNG or SVG, or the whole pack as PDF"));
    connect(exportButton, &QPushButton::clicked, this, &ChartsPage::exportChart);

    auto* side = new QVBoxLayout;
    side->addWidget(m_list, 1);
    side->addWidget(exportButton);
    side->addWidget(presentButton);
    auto* main = new QVBoxLayout;
    main->addWidget(m_description);
    main->addWidget(m_stack, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addLayout(main, 1);
    m_list->setCurrentRow(0);
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::setAnalysis(const Analysis& analysis)
{
    m_analysed = analysis;
    m_analysis = analysis;
    m_charts->setAnalysis(m_analysis);
}

void ChartsPage::showScenario(const AnalysisRequest& request, const Scenario& scenario, const ScenarioResult& result)
{
    m_analysis = withScenario(m_analysed, request, scenario, result);
    m_charts->setAnalysis(m_analysis);
}

ChartView* ChartsPage::chartView(ChartSet::Chart chart) const
{
    return m_views.at(chart);
}

ChartSet::Chart ChartsPage::currentChart() const
{
    return ChartSet::all().value(std::max(0, m_list->currentRow()));
}

void ChartsPage::setCurrentChart(ChartSet::Chart chart)
{
    m_list->setCurrentRow(static_cast<int>(ChartSet::all().indexOf(chart)));
}

void ChartsPage::showChart(int row)
{
    if (row < 0)
        return;
    const ChartSet::Chart chart = ChartSet::all().value(row);
    m_stack->setCurrentWidget(m_views.at(chart));
    m_description->setText(ChartSet::description(chart));
}

void ChartsPage::exportChart()
{
    if (m_analysis.status == Analysis::Status::Ok && !m_analysis.plan.months.empty())
        ReportExportPrompt::run(this, m_analysis, ChartSet::id(currentChart()));
}

PresentationWindow* ChartsPage::present()
{
    auto* window
        = new PresentationWindow(m_charts, static_cast<int>(ChartSet::all().indexOf(currentChart())));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->showFullScreen();
    return window;
}

} // namespace cloudshift
