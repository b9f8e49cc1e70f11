#include "importpage.h"

#include "commands/projectdocument.h"
#include "commands/setcolumnmappingcommand.h"
#include "desktop/exportpicker.h"
#include "dialogs/columnmappingdialog.h"
#include "exportinspector.h"
#include "pages/exportpreviewpanel.h"
#include "pages/importprogresspanel.h"
#include "pages/importsummarypanel.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cloudshift {

ImportPage::ImportPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_inspector(new ExportInspector(this))
    , m_notice(new QLabel(this))
    , m_progress(new ImportProgressPanel(this))
    , m_preview(new ExportPreviewPanel(this))
    , m_summary(new ImportSummaryPanel(this))
{
    auto* addFiles = new QPushButton(tr("Add &Files…"), this);
    auto* addFolder = new QPushButton(tr("Add F&older…"), this);
    connect(addFiles, &QPushButton::clicked, this, [this] {
        if (const QStringList files = ExportPicker::chooseFiles(this); !files.isEmpty())
            Q_EMIT inputsChosen(files);
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        if (const QString folder = ExportPicker::chooseFolder(this); !folder.isEmpty())
            Q_EMIT inputsChosen({ folder });
    });
    auto* hint
        = new QLabel(tr("…or drop export files, folders or a manifest.json anywhere in the window."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* pickers = new QHBoxLayout;
    pickers->addWidget(addFiles);
    pickers->addWidget(addFolder);
    pickers->addWidget(hint, 1);

    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    auto* previewBox = new QGroupBox(tr("Preview"), this);
    (new QVBoxLayout(previewBox))->addWidget(m_preview);
    auto* summaryBox = new QGroupBox(tr("Imported"), this);
    (new QVBoxLayout(summaryBox))->addWidget(m_summary);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(summaryBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_notice);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);

    connect(m_preview, &ExportPreviewPanel::mapColumnsRequested, this, &ImportPage::mapColumns);
    connect(m_inspector, &ExportInspector::inspected, this, &ImportPage::onInspected);
    connect(m_progress, &ImportProgressPanel::cancelRequested, m_document, &ProjectDocument::cancelAnalysis);
    connect(m_document, &ProjectDocument::inputsChanged, this, [this] {
        if (m_dialog)
            m_dialog->reject(); // it maps a file that is no longer open
        m_offeredSignatures.clear();
        m_summary->clear();
        inspect();
    });
    connect(m_document, &ProjectDocument::columnMappingsChanged, this, &ImportPage::inspect);
    connect(m_document, &ProjectDocument::analysisStarted, this, [this] {
        m_notice->hide();
        m_failed = false;
        m_progress->start();
    });
    connect(m_document, &ProjectDocument::analysisProgress, m_progress, &ImportProgressPanel::setProgress);
    connect(m_document, &ProjectDocument::analysisChanged, this, &ImportPage::showDocumentAnalysis);
    connect(m_document, &ProjectDocument::analysisFailed, this, [this](const QString& message) {
        showDocumentAnalysis();
        m_failed = true;
        showNotice(tr("<b>The import failed:</b> %1").arg(message.toHtmlEscaped()));
    });
    connect(m_document, &ProjectDocument::analysisCancelled, this, [this] {
        showDocumentAnalysis();
        showNotice(tr("The import was cancelled."));
    });
}

ImportPage::~ImportPage() = default;

QString ImportPage::errorText() const
{
    return m_failed ? m_notice->text() : QString();
}

ColumnMappingDialog* ImportPage::mappingDialog() const
{
    return m_dialog;
}

bool ImportPage::isInspecting() const
{
    return m_inspector->isRunning();
}

void ImportPage::showDocumentAnalysis()
{
    // A failed or cancelled run leaves the document's last analysis (none for new inputs) in place.
    m_progress->finish();
    if (m_document->hasAnalysis())
        m_summary->setAnalysis(m_document->analysis());
    else
        m_summary->clear();
}

void ImportPage::showNotice(const QString& html)
{
    m_notice->setText(html);
    m_notice->show();
}

void ImportPage::inspect()
{
    if (m_document->inputs().isEmpty()) {
        m_preview->clear();
        return;
    }
    m_inspector->inspect(m_document->inputs(), m_document->columnMappings());
}

void ImportPage::onInspected(const ExportInspection& inspection)
{
    // Stay on the file the user was looking at when only the mappings changed; otherwise show the
    // first file that needs a mapping, or the first file.
    int current = 0;
    if (const int unmapped = inspection.firstUnmapped(); unmapped >= 0)
        current = unmapped;
    else if (inspection.inputs == m_preview->inspection().inputs && m_preview->currentPreview())
        current = static_cast<int>(m_preview->currentPreview() - m_preview->inspection().previews.data());
    m_preview->setInspection(inspection, current);
    Q_EMIT previewUpdated();

    // The mapping step opens by itself once per unknown header; after Cancel, the panel's button reopens it.
    const int unmapped = inspection.firstUnmapped();
    if (unmapped < 0)
        return;
    const ExportPreview& preview = inspection.previews[static_cast<std::size_t>(unmapped)];
    if (m_offeredSignatures.contains(preview.signature))
        return;
    m_offeredSignatures.insert(preview.signature);
    mapColumns(preview);
}

void ImportPage::mapColumns(const ExportPreview& preview)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const ColumnMappings& known = m_document->columnMappings();
    m_dialog = new ColumnMappingDialog(preview, known.value(preview.signature), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const ExportPreview& mapped = m_dialog->preview();
        m_document->undoStack()->push(new SetColumnMappingCommand(
            m_document, mapped.signature, m_dialog->mapping(), QFileInfo(mapped.path).fileName()));
    });
    // Window-modal and not blocking: the analysis and the preview keep running behind it.
    m_dialog->open();
}

} // namespace cloudshift
