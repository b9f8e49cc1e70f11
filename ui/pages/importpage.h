#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;

namespace cloudshift {

struct ExportInspection;
struct ExportPreview;
class ColumnMappingDialog;
class ExportInspector;
class ExportPreviewPanel;
class ImportProgressPanel;
class ImportSummaryPanel;
class ProjectDocument;

/// Importing, from choosing the exports to the summary of what was read. It follows the document: new
/// inputs are previewed off the GUI thread, a header CloudShift does not recognise opens the
/// column-mapping step (confirmed as an undoable edit), the running import shows its progress with
/// Cancel, and the finished one its summary. A failure is shown above, with the engine's reason.
class ImportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPage(ProjectDocument* document, QWidget* parent = nullptr);
    ~ImportPage() override;

    /// Opens the column-mapping step for the previewed file (raises it when already open).
    void mapColumns(const ExportPreview& preview);

    /// The failure shown above the details; empty when the last analysis did not fail.
    QString errorText() const;
    bool isInspecting() const;

    ExportPreviewPanel* previewPanel() const { return m_preview; }
    ImportProgressPanel* progressPanel() const { return m_progress; }
    ImportSummaryPanel* summaryPanel() const { return m_summary; }
    /// The column-mapping dialog while it is open.
    ColumnMappingDialog* mappingDialog() const;

Q_SIGNALS:
    /// The user picked exports with the page's own buttons; the window opens them.
    void inputsChosen(const QStringList& inputs);
    /// A new preview of the inputs is shown.
    void previewUpdated();

private:
    void inspect();
    void onInspected(const ExportInspection& inspection);
    void showDocumentAnalysis();
    void showNotice(const QString& html);

    ProjectDocument* m_document;
    ExportInspector* m_inspector;
    QLabel* m_notice;
    ImportProgressPanel* m_progress;
    ExportPreviewPanel* m_preview;
    ImportSummaryPanel* m_summary;
    QPointer<ColumnMappingDialog> m_dialog;
    QSet<QString> m_offeredSignatures; ///< headers whose mapping step opened by itself for these inputs
    bool m_failed = false;
};

} // namespace cloudshift
