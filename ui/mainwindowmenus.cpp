// The main window's menus: File, Edit, View and Help, and the shortcuts of their actions.
#include "mainwindow.h"

#include "commands/projectdocument.h"
#include "desktop/thememenu.h"
#include "pages/chartspage.h"
#include "pages/startpage.h"
#include "projectfileactions.h"
#include "recentfilesmenu.h"
#include "redactedexportactions.h"

#include <QApplication>
#include <QMenuBar>
#include <QUndoStack>

namespace cloudshift {

namespace {

// Some platforms bind nothing to a standard key (Quit on the generic Unix theme); the action then gets
// the shortcut users expect there.
void setStandardShortcut(QAction* action, QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    action->setShortcuts(keys);
}

} // namespace

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // the disabled project actions say why
    QAction* import = file->addAction(tr("&Import Exports…"), this, &MainWindow::chooseExports);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import Export &Folder…"), this, &MainWindow::chooseExportFolder);
    m_recentMenu = new RecentFilesMenu(this);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this, &MainWindow::openInputs);
    file->addMenu(m_recentMenu);
    file->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    file->addSeparator();
    m_fileActions = new ProjectFileActions(m_document, this);
    connect(m_fileActions, &ProjectFileActions::projectFileUsed, this, [this](const QString& path) {
        m_recentMenu->addInputs({ path });
        m_start->setRecentEntries(m_recentMenu->entries());
    });
    file->addAction(m_fileActions->openAction());
    file->addAction(m_fileActions->saveAction());
    file->addAction(m_fileActions->saveAsAction());
    auto* redacted = new RedactedExportActions(m_document, this, [this]() -> const Analysis& { return m_charts->analysis(); });
    file->addAction(redacted->saveCopyAction());
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export Report…"), this, &MainWindow::exportReport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    file->addAction(redacted->exportReportAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    setStandardShortcut(quit, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    setStandardShortcut(redo, QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find Workload"), this, &MainWindow::findInPage);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    edit->addAction(tr("Workload &Grouping…"), this, &MainWindow::editWorkloadGrouping);
}

void MainWindow::createViewAndHelpMenus()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    setStandardShortcut(fullScreen, QKeySequence::FullScreen, QKeySequence(Qt::Key_F11));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    m_themeMenu = new ThemeMenu(this);
    view->addMenu(m_themeMenu);
    QAction* present = view->addAction(tr("&Presentation"), this, [this] {
        if (!isShowingStartPage())
            m_charts->present();
    });
    present->setObjectName(QStringLiteral("presentAction"));
    present->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About CloudShift"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

} // namespace cloudshift
