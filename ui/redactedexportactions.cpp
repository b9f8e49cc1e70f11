#include "redactedexportactions.h"

#include "commands/projectdocument.h"
#include "pipeline/projectanalysis.h"
#include "pipeline/redaction.h"
#include "report/reportexportprompt.h"
#include "report/reportwriter.h"
#include "scenario/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace cloudshift {

RedactedExportActions::RedactedExportActions(
    ProjectDocument* document, QWidget* window, std::function<const Analysis&()> currentAnalysis)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_currentAnalysis(std::move(currentAnalysis))
    , m_saveCopy(new QAction(tr("Save Re&dacted Copy…"), this))
    , m_exportReport(new QAction(tr("Export Redacted Re&port…"), this))
{
    m_saveCopy->setObjectName(QStringLiteral("saveRedactedCopyAction"));
    m_saveCopy->setToolTip(tr("Save the project with subscriptions, resources, groups and tags replaced by aliases"));
    m_exportReport->setObjectName(QStringLiteral("exportRedactedReportAction"));
    m_exportReport->setToolTip(tr("Export the report with subscriptions, resources, groups and tags replaced by aliases"));
    connect(m_saveCopy, &QAction::triggered, this, [this] { saveRedactedCopy(); });
    connect(m_exportReport, &QAction::triggered, this, [this] { exportRedactedReport(); });
    connect(document, &ProjectDocument::analysisChanged, this, &RedactedExportActions::updateActions);
    connect(document, &ProjectDocument::inputsChanged, this, &RedactedExportActions::updateActions);
    updateActions();
}

void RedactedExportActions::updateActions()
{
    const bool ready = m_document->hasAnalysis();
    m_saveCopy->setEnabled(ready);
    m_exportReport->setEnabled(ready);
}

bool RedactedExportActions::saveRedactedCopy(const QString& path)
{
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(m_window, tr("Save Redacted Copy"), QString(),
            tr("CloudShift projects (*.cloudshift)"));
        if (target.isEmpty())
            return false;
        if (!target.endsWith(QStringLiteral(".cloudshift"), Qt::CaseInsensitive))
            target += QStringLiteral(".cloudshift");
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = saveProject(redactProject(m_document->project()), target, &error);
    QApplication::restoreOverrideCursor();
    if (!saved)
        QMessageBox::warning(m_window, tr("Save Redacted Copy"), error);
    return saved;
}

bool RedactedExportActions::exportRedactedReport(const QString& path)
{
    // Planned again from the redacted project: the same figures under the aliases.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Analysis redacted = redactAnalysis(m_currentAnalysis(), analysisRequestFor(m_document->project()));
    QApplication::restoreOverrideCursor();
    if (path.isEmpty())
        return !ReportExportPrompt::run(m_window, redacted).isEmpty();
    QString error;
    if (writeReport(redacted, path, &error, {1600, 900}))
        return true;
    QMessageBox::warning(m_window, tr("Export Redacted Report"), error);
    return false;
}

} // namespace cloudshift
