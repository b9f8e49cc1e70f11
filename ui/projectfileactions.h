#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QTimer;

namespace cloudshift {

class ProjectDocument;

/// File ▸ Open Project, Save and Save As for `.cloudshift` projects, with what goes around them: the
/// window title with its modified marker, a recovery copy written on a timer while changes are
/// unsaved, the offer to recover it when the project is opened again, and the question on closing.
/// The main window only adds the actions to its menu.
class ProjectFileActions : public QObject
{
    Q_OBJECT

public:
    ProjectFileActions(ProjectDocument* document, QMainWindow* window);
    ~ProjectFileActions() override;

    static bool isProjectFile(const QString& path);

    QAction* openAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QTimer* autosaveTimer() const { return m_autosave; }
    /// Where the recovery copy of a project never saved goes.
    QString recoveryDirectory() const { return m_recoveryDirectory; }
    void setRecoveryDirectory(const QString& directory) { m_recoveryDirectory = directory; }

    /// Opens a project; offers its recovery copy when one is newer. Reports errors in a message box.
    bool open(const QString& path);
    /// Opens without asking: the recovery copy when `recover` and one exists, else the file.
    bool openFile(const QString& path, bool recover, QString* error);
    /// Saves to the project's file, or asks where when it has none.
    bool save();
    /// Saves to `path`, or asks where when empty.
    bool saveAs(const QString& path = {});
    /// Writes the recovery copy now if there are unsaved changes (the timer calls it); waits for it.
    bool writeRecoveryCopyNow();
    /// Before closing: asks to save unsaved changes. False when the user cancels.
    bool maybeSave();
    /// After a normal close: the recovery copy is not needed any more.
    void discardRecovery();
    /// At start: offers the recovery copy of a project that was never saved, if CloudShift stopped with one.
    void offerUntitledRecovery();

Q_SIGNALS:
    /// A project was opened or saved under `path` (for the recent files).
    void projectFileUsed(const QString& path);

private:
    void chooseAndOpen();
    void updateTitle();
    void updateActions();
    QString recoveryDirectoryFor(const QString& projectPath) const;

    ProjectDocument* m_document;
    QMainWindow* m_window;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QTimer* m_autosave;
    QString m_recoveryDirectory;
};

} // namespace cloudshift
