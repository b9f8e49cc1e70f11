#include "mainwindow.h"

#include "commands/projectdocument.h"
#include "commands/setworkloadtagkeyscommand.h"
#include "pages/importpage.h"
#include "pages/overviewpage.h"
#include "pages/resourcespage.h"
#include "recentfilesmenu.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>

namespace cloudshift {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(m_tabs))
    , m_resources(new ResourcesPage(m_tabs))
    , m_import(new ImportPage(m_tabs))
{
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_resources, tr("&Resources"));
    m_tabs->addTab(m_import, tr("&Import"));
    setCentralWidget(m_tabs);
    createMenus();
    createStatusBar();

    connect(m_overview, &OverviewPage::openExportsRequested, this, &MainWindow::chooseExports);
    connect(m_overview, &OverviewPage::openDemoRequested, this, &MainWindow::openDemo);
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
        statusBar()->showMessage(tr("Analysis cancelled"), 5000);
    });

    setWindowTitle(tr("CloudShift"));
    setAcceptDrops(true);
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Exports…"), this, &MainWindow::chooseExports);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = new RecentFilesMenu(this);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this, &MainWindow::openInputs);
    file->addMenu(m_recentMenu);
    file->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export Report…"), this, &MainWindow::exportReport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find Workload"), this, &MainWindow::findInPage);
    find->setShortcut(QKeySequence::Find);
    m_groupingAction = edit->addAction(tr("Workload &Grouping…"), this, &MainWindow::editWorkloadGrouping);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CloudShift"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

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

void MainWindow::openInputs(const QStringList& inputs)
{
    if (inputs.isEmpty())
        return;
    // The bundled demo is not a file the user chose; it has its own menu entry.
    if (!inputs.constFirst().startsWith(u':'))
        m_recentMenu->addInputs(inputs);
    m_document->openInputs(inputs);
}

void MainWindow::openDemo()
{
    openInputs({ demoExportPath() });
}

void MainWindow::chooseExports()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Azure Billing Exports"),
        settings.value(QStringLiteral("lastExportDir")).toString(),
        tr("Azure billing exports (*.csv *.csv.gz);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastExportDir"), QFileInfo(files.constFirst()).absolutePath());
    openInputs(files);
}

void MainWindow::exportReport()
{
    const QString pdfFilter = tr("PDF report (*.pdf)");
    const QString pngFilter = tr("PNG chart image (*.png)");
    const QString svgFilter = tr("SVG chart image (*.svg)");
    QString filter = pdfFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), QString(),
        QStringList { pdfFilter, pngFilter, svgFilter }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == pngFilter ? u".png" : filter == svgFilter ? u".svg" : u".pdf";
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = writeReport(m_document->analysis(), path, &error);
    QApplication::restoreOverrideCursor();
    if (written)
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Report"), error);
}

void MainWindow::editWorkloadGrouping()
{
    bool accepted = false;
    const QString text = QInputDialog::getText(this, tr("Workload Grouping"),
        tr("Tag keys that name a workload, tried in order (comma-separated).\n"
           "Resources with none of them are grouped by resource group."),
        QLineEdit::Normal, m_document->workloadTagKeys().join(QStringLiteral(", ")), &accepted);
    if (!accepted)
        return;
    QStringList keys;
    for (const QString& key : text.split(u',', Qt::SkipEmptyParts)) {
        if (!key.trimmed().isEmpty())
            keys << key.trimmed();
    }
    if (keys != m_document->workloadTagKeys())
        m_document->undoStack()->push(new SetWorkloadTagKeysCommand(m_document, keys));
}

void MainWindow::findInPage()
{
    if (m_tabs->currentWidget() == m_resources) {
        m_resources->focusFilter();
        return;
    }
    m_tabs->setCurrentWidget(m_overview);
    m_overview->focusFilter();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CloudShift"),
        tr("<h3>CloudShift %1</h3><p>Plans workload migrations from Azure to AWS and Google Cloud: "
           "it prices your Azure billing exports on both clouds and charts the comparison.</p>"
           "<p>Everything runs offline; billing data never leaves this computer.</p>")
            .arg(QStringLiteral(CLOUDSHIFT_VERSION)));
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
    if (m_document->hasAnalysis()) {
        m_overview->setAnalysis(analysis);
        m_import->setAnalysis(analysis);
    } else {
        m_overview->clear();
        m_import->clear();
    }
    m_exportAction->setEnabled(m_document->hasAnalysis());
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
}

void MainWindow::onAnalysisFailed(const QString& message)
{
    setBusy(false);
    showResults();
    m_statusLabel->setText(tr("Analysis failed"));
    m_import->setError(message);
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
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    event->acceptProposedAction();
    openInputs(files);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace cloudshift
