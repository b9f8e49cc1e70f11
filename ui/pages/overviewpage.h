#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace cloudshift {

struct Analysis;
class MonthlyCostChartView;
class MonthlyCostModel;
class SummaryCard;
class WorkloadSortFilterProxy;
class WorkloadTableModel;

/// The comparison at a glance: headline cards (Azure today, all to AWS, all to Google Cloud, what was
/// imported), the monthly cost chart and the workload table with a filter.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setAnalysis(const Analysis& analysis);
    void clear();
    /// Puts the cursor in the workload filter (Edit ▸ Find).
    void focusFilter();

    MonthlyCostChartView* chartView() const { return m_chartView; }
    QTableView* workloadView() const { return m_workloadView; }
    WorkloadSortFilterProxy* workloadProxy() const { return m_workloadProxy; }
    SummaryCard* baselineCard() const { return m_baselineCard; }
    SummaryCard* awsCard() const { return m_awsCard; }
    SummaryCard* gcpCard() const { return m_gcpCard; }
    SummaryCard* dataCard() const { return m_dataCard; }

private:
    QWidget* createWelcome();
    QWidget* createResults();

    MonthlyCostModel* m_monthlyModel;
    WorkloadTableModel* m_workloadModel;
    WorkloadSortFilterProxy* m_workloadProxy;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_welcome = nullptr;
    QWidget* m_results = nullptr;
    SummaryCard* m_baselineCard = nullptr;
    SummaryCard* m_awsCard = nullptr;
    SummaryCard* m_gcpCard = nullptr;
    SummaryCard* m_dataCard = nullptr;
    MonthlyCostChartView* m_chartView = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_workloadView = nullptr;
    QLabel* m_notes = nullptr;
};

} // namespace cloudshift
