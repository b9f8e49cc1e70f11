#pragma once

#include "simulation/planresult.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cloudshift {

class ProjectDocument;
class RiskFactorModel;
class RiskWorkloadModel;

/// Migration risk per workload: the 0-100 score, the data confidence (1-5) and the users' round trips
/// before and after, and below it the selected workload's factor table (score, weight, contribution,
/// evidence; the rubric as tooltip). Weights are edited in the factor table or reset with a button, each
/// change an undo command; the engine re-scores and the page shows the new analysis. The dependency list
/// (a CSV file) and the selected workload's user populations are set here too, each as an undo command.
///
/// The scores are those of the scenario shown (see showPlan()); until one is, of the analysed scenario.
class RiskPage : public QWidget
{
    Q_OBJECT

public:
    explicit RiskPage(ProjectDocument* document, QWidget* parent = nullptr);

    QTableView* workloadView() const { return m_workloadView; }
    QTableView* factorView() const { return m_factorView; }
    RiskWorkloadModel* workloadModel() const { return m_workloads; }
    RiskFactorModel* factorModel() const { return m_factors; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* usersButton() const { return m_users; }

    /// Reads a dependency CSV and pushes it as one undo command; false with *error naming the file, line
    /// and column when the file is bad (the list stays as it was).
    bool importDependencies(const QString& path, QString* error);
    QLabel* summary() const { return m_summary; }

    /// Shows the plan as assessed for a scenario (the one chosen on the Scenarios page) instead of the
    /// analysed one; the document's next analysis replaces it again.
    void showPlan(const PlanResult& plan, const QString& scenarioName);

    /// Selects the workload's row; false when it has no risk assessment.
    bool selectWorkload(const QString& workload);

private:
    void refresh();
    void showSelected();
    void resetWeights();
    void chooseDependencies();
    void editUsers();

    ProjectDocument* m_document;
    RiskWorkloadModel* m_workloads;
    QSortFilterProxyModel* m_sorted;
    RiskFactorModel* m_factors;
    QLabel* m_summary;
    QPushButton* m_reset;
    QPushButton* m_import;
    QPushButton* m_users;
    QTableView* m_workloadView;
    QTableView* m_factorView;
    QString m_selected; ///< kept across re-analyses
    PlanResult m_plan; ///< what the page shows: the analysis' plan or a scenario's re-assessment of it
    QString m_scenarioName;
};

} // namespace cloudshift
