#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolBar;
class QUndoStack;

namespace cloudshift {

struct PlacementEdit;
class ScenarioAssumptionsPanel;
class ScenarioListModel;
class ScenarioPlacementModel;
class ScenarioSet;
class WorkloadSortFilterProxy;

/// Shapes one scenario: which scenario (new, duplicate, rename, delete), each workload's placement in
/// an editable table with bulk edits of the selection, the assumptions beside it, and the engine's
/// headline figures below. Every change is an undo command on the document's stack.
class ScenarioPage : public QWidget
{
    Q_OBJECT

public:
    ScenarioPage(ScenarioSet* scenarios, QUndoStack* undoStack, QWidget* parent = nullptr);

    QComboBox* scenarioChooser() const { return m_chooser; }
    QTableView* table() const { return m_view; }
    ScenarioPlacementModel* placementModel() const { return m_model; }
    WorkloadSortFilterProxy* proxy() const { return m_proxy; }
    ScenarioAssumptionsPanel* assumptionsPanel() const { return m_assumptions; }
    QLabel* summaryLabel() const { return m_summary; }
    /// The edit menus of the toolbar and the context menu ("Set target", "Set pricing"...).
    QMenu* targetMenu() const { return m_targetMenu; }

    /// Applies an edit to the selected workloads as one undo step (the bulk-edit actions).
    void applyToSelection(const PlacementEdit& edit);
    void newScenario();
    void duplicateScenario();
    /// Asks for a name unless one is given (tests give one).
    void renameScenario(const QString& name = {});
    void deleteScenario();
    void focusFilter();

private:
    QToolBar* createScenarioBar();
    QToolBar* createEditBar();
    void createEditMenus();
    void chooseWave();
    void chooseSpotShare();
    void showContextMenu(const QPoint& position);
    void refreshState();
    void refreshSummary();

    ScenarioSet* m_scenarios;
    QUndoStack* m_undoStack;
    ScenarioListModel* m_listModel;
    ScenarioPlacementModel* m_model;
    WorkloadSortFilterProxy* m_proxy;
    QComboBox* m_chooser = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    ScenarioAssumptionsPanel* m_assumptions = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QMenu* m_targetMenu = nullptr;
    QMenu* m_pricingMenu = nullptr;
    QMenu* m_strategyMenu = nullptr;
    QList<QAction*> m_editActions; ///< enabled while the scenario's placements can be edited
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace cloudshift
