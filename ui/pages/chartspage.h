#pragma once

#include "charts/chartset.h"
#include "pipeline/analysis.h"

#include <QWidget>

#include <map>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace cloudshift {

class ChartView;
class PresentationWindow;

/// Every chart of the current scenario: a list of the charts on the left, the chosen one on the right
/// with a line saying what it shows, and the way into the presentation mode (full screen, one chart per
/// page). The charts read the page's ChartSet, which the analysis (or the scenario chosen on the
/// Scenarios page) fills.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPage(QWidget* parent = nullptr);
    ~ChartsPage() override;

    void setAnalysis(const Analysis& analysis);
    /// The analysis the charts show, with the scenario chosen last: what File ▸ Export Report writes.
    const Analysis& analysis() const { return m_analysis; }
    /// Shows another scenario of the same analysis (its placements and simulated result), with latency
    /// and risk re-assessed for its placements; `request` is the one the analysis was made with.
    void showScenario(const AnalysisRequest& request, const Scenario& scenario, const ScenarioResult& result);

    ChartSet* chartSet() const { return m_charts; }
    QListWidget* chartList() const { return m_list; }
    ChartView* chartView(ChartSet::Chart chart) const;
    ChartSet::Chart currentChart() const;
    void setCurrentChart(ChartSet::Chart chart);

    /// Opens the presentation on the current chart; it closes with Escape.
    PresentationWindow* present();

private:
    void showChart(int row);
    void exportChart();

    Analysis m_analysis;
    Analysis m_analysed; ///< as setAnalysis() received it, before any other scenario was shown
    ChartSet* m_charts;
    QListWidget* m_list;
    QLabel* m_description;
    QStackedWidget* m_stack;
    std::map<ChartSet::Chart, ChartView*> m_views;
};

} // namespace cloudshift
