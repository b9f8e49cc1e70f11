#include "projectfileactions.h"

#include "commands/projectdocument.h"
#include "scenario/projectfile.h"
#include "scenario/projectrecovery.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace cloudshift {

namespace {

// Often enough that a crash loses little, rarely enough that writing a large inventory stays unnoticed.
constexpr int kAutosaveMs = 2 * 60 * 1000;

QString fileFilter()
{
    return QCoreApplication::translate("cloudshift", "CloudShift projects (*.cloudshift)");
}

} // namespace

ProjectFileActions::ProjectFileActions(ProjectDocument* document, QMainWindow* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_open(new QAction(tr("Open &Project…"), this))
    , m_save(new QAction(tr("&Save Project"), this))
    , m_saveAs(new QAction(tr("Save Project &As…"), this))
    , m_autosave(new QTimer(this))
    , m_recoveryDirectory(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
          + QStringLiteral("/recovery"))
{
    m_open->setObjectName(QStringLiteral("openProjectAction"));
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_open, &QAction::triggered, this, &ProjectFileActions::chooseAndOpen);
    connect(m_save, &QAction::triggered, this, &ProjectFileActions::save);
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });

    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ProjectFileActions::writeRecoveryCopyNow);
    m_autosave->start();

    connect(document->undoStack(), &QUndoStack::cleanChanged, this, &ProjectFileActions::updateTitle);
    connect(document, &ProjectDocument::projectPathChanged, this, &ProjectFileActions::updateTitle);
    connect(document, &ProjectDocument::inputsChanged, this, &ProjectFileActions::updateTitle);
    connect(document, &ProjectDocument::analysisChanged, this, &ProjectFileActions::updateActions);
    connect(document, &ProjectDocument::inputsChanged, this, &ProjectFileActions::updateActions);
    updateTitle();
    updateActions();
}

ProjectFileActions::~ProjectFileActions() = default;

bool ProjectFileActions::isProjectFile(const QString& path)
{
    return path.endsWith(QStringLiteral(".cloudshift"), Qt::CaseInsensitive);
}

void ProjectFileActions::updateActions()
{
    const bool canSave = m_document->hasAnalysis();
    m_save->setEnabled(canSave);
    m_saveAs->setEnabled(canSave);
}

void ProjectFileActions::updateTitle()
{
    QString name;
    if (!m_document->projectPath().isEmpty())
        name = QFileInfo(m_document->projectPath()).fileName();
    else if (!m_document->inputs().isEmpty())
        name = tr("Untitled");
    // "[*]" is where Qt shows the modified marker; it follows the history's clean state.
    m_window->setWindowTitle(name.isEmpty() ? tr("CloudShift") : tr("%1[*] — CloudShift").arg(name));
    m_window->setWindowModified(!name.isEmpty() && !m_document->undoStack()->isClean());
}

QString ProjectFileActions::recoveryDirectoryFor(const QString& projectPath) const
{
    // Beside the project when it has a file; the application's own folder for one never saved.
    return projectPath.isEmpty() ? m_recoveryDirectory : QString();
}

void ProjectFileActions::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), QString(), fileFilter());
    if (!path.isEmpty())
        open(path);
}

bool ProjectFileActions::open(const QString& path)
{
    bool recover = false;
    if (const auto copy = findRecoveryCopy(path)) {
        recover = QMessageBox::question(m_window, tr("Recover Unsaved Changes"),
                      tr("CloudShift stopped with unsaved changes to %1 (kept at %2). Recover them?")
                          .arg(QFileInfo(path).fileName(),
                              QFileInfo(*copy).lastModified().toString(Qt::TextDate)),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    }
    QString error;
    if (!openFile(path, recover, &error)) {
        QMessageBox::warning(m_window, tr("Open Project"), error);
        return false;
    }
    return true;
}

bool ProjectFileActions::openFile(const QString& path, bool recover, QString* error)
{
    std::optional<Project> project;
    bool recovered = false;
    if (recover && findRecoveryCopy(path)) {
        project = loadRecoveryCopy(path, error);
        recovered = project.has_value();
    }
    if (!project)
        project = loadProject(path, error);
    if (!project)
        return false;
    if (!recovered)
        discardRecoveryCopy(path); // declined or unreadable: it would be offered again on every open
    m_document->openProject(*project, QFileInfo(path).absoluteFilePath(), recovered);
    Q_EMIT projectFileUsed(QFileInfo(path).absoluteFilePath());
    return true;
}

bool ProjectFileActions::save()
{
    return saveAs(m_document->projectPath());
}

bool ProjectFileActions::saveAs(const QString& path)
{
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(m_window, tr("Save Project"), QString(), fileFilter());
        if (target.isEmpty())
            return false;
        if (!isProjectFile(target))
            target += QStringLiteral(".cloudshift");
    }
    const QString previous = m_document->projectPath();
    QString error;
    if (!m_document->saveProjectAs(target, &error)) {
        QMessageBox::warning(m_window, tr("Save Project"), error);
        return false;
    }
    if (previous.isEmpty())
        discardRecoveryCopy(QString(), m_recoveryDirectory);
    Q_EMIT projectFileUsed(m_document->projectPath());
    return true;
}

bool ProjectFileActions::writeRecoveryCopyNow()
{
    if (!m_document->hasAnalysis() || m_document->undoStack()->isClean())
        return false;
    const QString path = m_document->projectPath();
    const QString directory = recoveryDirectoryFor(path);
    if (!directory.isEmpty())
        QDir().mkpath(directory);
    QString error;
    // The inventory is shared, so taking the project costs nothing; the write itself is atomic, so a
    // crash while writing leaves the previous copy.
    return cloudshift::writeRecoveryCopy(m_document->project(), path, &error, directory);
}

bool ProjectFileActions::maybeSave()
{
    if (!m_document->hasAnalysis() || m_document->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::question(m_window, tr("Unsaved Changes"),
        tr("Save the changes to %1 before closing?")
            .arg(m_document->projectPath().isEmpty() ? tr("this project")
                                                     : QFileInfo(m_document->projectPath()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void ProjectFileActions::discardRecovery()
{
    const QString path = m_document->projectPath();
    discardRecoveryCopy(path, recoveryDirectoryFor(path));
}

void ProjectFileActions::offerUntitledRecovery()
{
    if (!findRecoveryCopy(QString(), m_recoveryDirectory))
        return;
    const auto answer = QMessageBox::question(m_window, tr("Recover Unsaved Project"),
        tr("CloudShift stopped with a project that was never saved. Recover it?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    QString error;
    if (answer == QMessageBox::Yes) {
        if (auto project = loadRecoveryCopy(QString(), &error, m_recoveryDirectory)) {
            m_document->openProject(*project, QString(), true);
            return;
        }
        QMessageBox::warning(m_window, tr("Recover Unsaved Project"), error);
    }
    discardRecoveryCopy(QString(), m_recoveryDirectory);
}

} // namespace cloudshift
