#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace cloudshift {

struct Analysis;
class ProjectDocument;

/// File ▸ Save Redacted Copy… and File ▸ Export Redacted Report…: the project or the report with every
/// subscription, resource, group, tag value, workload and file name replaced by an alias
/// (pipeline/redaction.h), to share outside the organisation. The document itself is not changed: its
/// file, name and undo history stay as they were.
class RedactedExportActions : public QObject
{
    Q_OBJECT

public:
    /// `currentAnalysis` gives what the report shows (the analysis with the scenario chosen).
    RedactedExportActions(ProjectDocument* document, QWidget* window, std::function<const Analysis&()> currentAnalysis);

    QAction* saveCopyAction() const { return m_saveCopy; }
    QAction* exportReportAction() const { return m_exportReport; }

    /// Saves the redacted project to `path`, or asks where when empty. Errors are shown in a message box.
    bool saveRedactedCopy(const QString& path = {});
    /// Writes the redacted report (PDF, PNG, SVG or CSV by suffix) to `path`, or asks where when empty.
    bool exportRedactedReport(const QString& path = {});

private:
    void updateActions();

    ProjectDocument* m_document;
    QWidget* m_window;
    std::function<const Analysis&()> m_currentAnalysis;
    QAction* m_saveCopy;
    QAction* m_exportReport;
};

} // namespace cloudshift
