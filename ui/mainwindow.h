#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace cloudshift {

class AboutDialog;
class ChartsPage;
class RiskPage;
class ComparePage;
class ImportPage;
class OverviewPage;
class ProjectDocument;
class ProjectFileActions;
class RecentFilesMenu;
class ResourcesPage;
class ScenarioPage;
class StartPage;
class ThemeMenu;

/// The application window: the start page until something is opened, then the pages in tabs, with the
/// menus and the status bar. It holds no figures and no logic of its own; the document runs the
/// analysis and the pages present it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens exports (files, folders, manifest.json or ":/demo/..." resources) as a new document and
    /// analyses them.
    void openInputs(const QStringList& inputs);
    void openDemo();
    /// Offers the recovery copy of a project never saved, when CloudShift stopped with one.
    void offerRecovery();
    ProjectFileActions* fileActions() const { return m_fileActions; }
    /// Help ▸ About, shown without blocking; it deletes itself when closed.
    AboutDialog* showAbout();

    ProjectDocument* document() const { return m_document; }
    StartPage* startPage() const { return m_start; }
    QTabWidget* tabs() const { return m_tabs; }
    OverviewPage* overviewPage() const { return m_overview; }
    ResourcesPage* resourcesPage() const { return m_resources; }
    ImportPage* importPage() const { return m_import; }
    ChartsPage* chartsPage() const { return m_charts; }
    ScenarioPage* scenarioPage() const { return m_scenario; }
    ComparePage* comparePage() const { return m_compare; }
    ThemeMenu* themeMenu() const { return m_themeMenu; }
    bool isShowingStartPage() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createFileMenu();
    void createEditMenu();
    void createViewAndHelpMenus();
    void createStatusBar();
    void chooseExports();
    void chooseExportFolder();
    void exportReport();
    void editWorkloadGrouping();
    void findInPage();
    void setBusy(bool busy);
    void showResults();
    void showCurrentScenarioCharts();
    void onAnalysisChanged();
    void onAnalysisFailed(const QString& message);

    ProjectDocument* m_document;
    QStackedWidget* m_stack;
    StartPage* m_start;
    QTabWidget* m_tabs;
    OverviewPage* m_overview;
    ResourcesPage* m_resources;
    ImportPage* m_import;
    ChartsPage* m_charts;
    RiskPage* m_risk;
    ScenarioPage* m_scenario;
    ComparePage* m_compare;
    RecentFilesMenu* m_recentMenu = nullptr;
    ProjectFileActions* m_fileActions = nullptr;
    ThemeMenu* m_themeMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    /// Set by openInputs(): the overview comes forward once those inputs are analysed cleanly.
    bool m_revealOverview = false;
};

} // namespace cloudshift
