#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace cloudshift {

class ImportPage;
class OverviewPage;
class ProjectDocument;
class RecentFilesMenu;
class ResourcesPage;

/// The application window: hosts the pages, the menus and the status bar. It holds no figures and no
/// logic of its own; the document runs the analysis and the pages present it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens exports (files, folders or ":/demo/..." resources) as a new document and analyses them.
    void openInputs(const QStringList& inputs);
    void openDemo();

    ProjectDocument* document() const { return m_document; }
    OverviewPage* overviewPage() const { return m_overview; }
    ResourcesPage* resourcesPage() const { return m_resources; }
    ImportPage* importPage() const { return m_import; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void chooseExports();
    void exportReport();
    void editWorkloadGrouping();
    void findInPage();
    void showAbout();
    void setBusy(bool busy);
    void showResults();
    void onAnalysisChanged();
    void onAnalysisFailed(const QString& message);

    ProjectDocument* m_document;
    QTabWidget* m_tabs;
    OverviewPage* m_overview;
    ResourcesPage* m_resources;
    ImportPage* m_import;
    RecentFilesMenu* m_recentMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_groupingAction = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace cloudshift
