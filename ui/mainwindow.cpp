#include "mainwindow.h"

#include "commands/projectdocument.h"
#include "commands/scenarioset.h"
#include "desktop/exportpicker.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/groupingrulesdialog.h"
#include "pages/chartspage.h"
#include "pages/comparepage.h"
#include "pages/importpage.h"
#include "pages/mappingpage.h"
#include "pages/riskpage.h"
#include "pages/overviewpage.h"
#include "pages/resourcespage.h"
#include "pages/scenariopage.h"
#include "pages/startpage.h"
#include "projectfileactions.h"
#include "recentfilesmenu.h"
#include "report/reportexportprompt.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>

namespace cloudshift {

namespace {

bool importIsClean(const ImportSummary& import)
{
    return import.skippedRows == 0
        && std::none_of(import.diagnostics.cbegin(), import.diagnostics.cend(),
            [](const ImportDiagnostic& d) { return d.severity == ImportDiagnostic::Severity::Error; });
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_stack(new QStackedWidget(this))
    , m_start(new StartPage(m_stack))
    , m_tabs(new QTabWidget(m_stack))
    , m_overview(new OverviewPage(m_tabs))
    , m_resources(new ResourcesPage(m_tabs))
    , m_import(new ImportPage(m_document, m_tabs))
    , m_charts(new ChartsPage(m_tabs))
    , m_risk(new RiskPage(m_document, m_tabs))
    , m_scenario(new ScenarioPage(m_document->scenarios(), m_document->undoStack(), m_tabs))
    , m_compare(new ComparePage(m_document->scenarios(), m_tabs))
{
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_resources, tr("&Resources"));
    m_tabs->addTab(new MappingPage(m_document, m_tabs), tr("&Mapping"));
    m_tabs->addTab(m_risk, tr("Ris&k"));
    m_tabs->addTab(m_scenario, tr("&Scenarios"));
    m_tabs->addTab(m_compare, tr("&Compare"));
    m_tabs->addTab(m_charts, tr("C&harts"));
    m_tabs->addTab(m_import, tr("&Import"));
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    createFileMenu();
    createEditMenu();
    createViewAndHelpMenus();
    createStatusBar();
    m_start->setRecentEntries(m_recentMenu->entries());

    connect(m_start, &StartPage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::importRequested, this, &MainWindow::chooseExports);
    connect(m_start, &StartPage::openRecentRequested, this, &MainWindow::openInputs);
    connect(m_start, &StartPage::openProjectRequested, m_fileActions->openAction(), &QAction::trigger);
    connect(m_resources, &ResourcesPage::moveResourceRequested, this, [this](const QString& id, const QString& name) {
        GroupingRulesDialog::promptMoveResource(m_document, id, name, this);
    });
    connect(m_import, &ImportPage::inputsChosen, this, &MainWindow::openInputs);
    connect(m_compare, &ComparePage::scenarioActivated, this, [this](int index) {
        m_document->scenarios()->setCurrentIndex(index);
        m_tabs->setCurrentWidget(m_scenario);
    });
    // The charts follow the scenario chosen on the Scenarios page, and its re-simulations.
    connect(m_document->scenarios(), &ScenarioSet::currentChanged, this, &MainWindow::showCurrentScenarioCharts);
    connect(m_document->scenarios(), &ScenarioSet::resultChanged, this, [this](int index) {
        if (index == m_document->scenarios()->currentIndex())
            showCurrentScenarioCharts();
    });
    connect(m_document, &ProjectDocument::analysisStarted, this, [this] { setBusy(true); });
    connect(m_document, &ProjectDocument::analysisProgress, this, [this](qint64 done, qint64 total) {
        // The bar counts permille: bytes of a multi-gigabyte export overflow its int range.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_document, &ProjectDocument::analysisChanged, this, &MainWindow::onAnalysisChanged);
    connect(m_document, &ProjectDocument::analysisFailed, this, &MainWindow::onAnalysisFailed);
    connect(m_document, &ProjectDocument::analysisCancelled, this, [this] {
        setBusy(false);
        showResults();
        m_statusLabel->setText(tr("Analysis cancelled"));
    });

    setWindowTitle(tr("CloudShift"));
    setAcceptDrops(true);
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1280, 820);
    restoreState(AppSettings::windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    connect(m_cancelButton, &QPushButton::clicked, m_document, &ProjectDocument::cancelAnalysis);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setBusy(false);
}

bool MainWindow::isShowingStartPage() const
{
    return m_stack->currentWidget() == m_start;
}

void MainWindow::openInputs(const QStringList& inputs)
{
    if (inputs.isEmpty())
        return;
    if (inputs.size() == 1 && ProjectFileActions::isProjectFile(inputs.constFirst())) {
        if (m_fileActions->open(inputs.constFirst())) {
            m_stack->setCurrentWidget(m_tabs);
            m_tabs->setCurrentWidget(m_overview);
        }
        return;
    }
    // The bundled demo is not a file the user chose; it has its own menu entry.
    if (!inputs.constFirst().startsWith(u':')) {
        m_recentMenu->addInputs(inputs);
        m_start->setRecentEntries(m_recentMenu->entries());
    }
    // The import page shows the preview and the progress; the overview follows when the import is clean.
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_import);
    m_revealOverview = true;
    m_document->openInputs(inputs);
}

void MainWindow::openDemo()
{
    openInputs({ demoExportPath() });
}

void MainWindow::offerRecovery()
{
    m_fileActions->offerUntitledRecovery();
    if (m_document->isAnalysing())
        m_stack->setCurrentWidget(m_tabs);
}

void MainWindow::chooseExports()
{
    openInputs(ExportPicker::chooseFiles(this));
}

void MainWindow::chooseExportFolder()
{
    if (const QString folder = ExportPicker::chooseFolder(this); !folder.isEmpty())
        openInputs({ folder });
}

void MainWindow::exportReport()
{
    // The charts page holds the analysis with the scenario chosen on the Scenarios page.
    if (const QString path = ReportExportPrompt::run(this, m_charts->analysis()); !path.isEmpty())
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::editWorkloadGrouping()
{
    auto* dialog = new GroupingRulesDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::findInPage()
{
    if (isShowingStartPage())
        return;
    if (m_tabs->currentWidget() == m_resources) {
        m_resources->focusFilter();
        return;
    }
    if (m_tabs->currentWidget() == m_scenario) {
        m_scenario->focusFilter();
        return;
    }
    m_tabs->setCurrentWidget(m_overview);
    m_overview->focusFilter();
}

AboutDialog* MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (busy) {
        // A busy indicator until the engine reports its first progress.
        m_progress->setRange(0, 0);
        m_statusLabel->setText(tr("Analysing…"));
    }
}

void MainWindow::showResults()
{
    const Analysis& analysis = m_document->analysis();
    m_resources->setAnalysis(analysis);
    m_charts->setAnalysis(analysis);
    showCurrentScenarioCharts();
    if (m_document->hasAnalysis())
        m_overview->setAnalysis(analysis);
    else
        m_overview->clear();
    m_exportAction->setEnabled(m_document->hasAnalysis());
}

void MainWindow::showCurrentScenarioCharts()
{
    const ScenarioSet* scenarios = m_document->scenarios();
    const int current = scenarios->currentIndex();
    if (m_document->hasAnalysis() && current >= 0 && current < scenarios->count())
    {
        m_charts->showScenario(m_document->request(), scenarios->scenario(current), scenarios->result(current));
        m_risk->showPlan(m_charts->analysis().plan, m_charts->analysis().scenario.name);
    }
}

void MainWindow::onAnalysisChanged()
{
    setBusy(false);
    showResults();
    const Analysis& analysis = m_document->analysis();
    const QLocale locale;
    m_statusLabel->setText(
        tr("%1 rows read, %2 resources in %3 workloads")
            .arg(locale.toString(analysis.import.rows), locale.toString(analysis.resourceCount),
                locale.toString(analysis.workloadCount)));
    // Rows skipped or errors keep the import page in front, where they are listed.
    if (m_revealOverview && importIsClean(analysis.import))
        m_tabs->setCurrentWidget(m_overview);
    m_revealOverview = false;
}

void MainWindow::onAnalysisFailed(const QString& /*message*/)
{
    setBusy(false);
    showResults();
    m_statusLabel->setText(tr("Analysis failed"));
    // The import page shows the reason, and the column-mapping step when that is the way out.
    m_tabs->setCurrentWidget(m_import);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // Files, folders and manifest.json alike: the engine expands folders and manifests to their parts.
    QStringList inputs;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            inputs << url.toLocalFile();
    }
    event->acceptProposedAction();
    openInputs(inputs);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    m_fileActions->discardRecovery();
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace cloudshift
