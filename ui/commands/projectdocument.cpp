#include "projectdocument.h"

#include "analysisworker.h"
#include "settings/columnmappingstore.h"

#include <QUndoStack>

namespace cloudshift {

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_worker(new AnalysisWorker(this))
{
    connect(m_worker, &AnalysisWorker::started, this, &ProjectDocument::analysisStarted);
    connect(m_worker, &AnalysisWorker::progress, this, &ProjectDocument::analysisProgress);
    connect(m_worker, &AnalysisWorker::finished, this, &ProjectDocument::onFinished);
    connect(m_worker, &AnalysisWorker::failed, this, &ProjectDocument::analysisFailed);
    connect(m_worker, &AnalysisWorker::cancelled, this, &ProjectDocument::analysisCancelled);
    m_request.columnMappings = ColumnMappingStore::load();
}

ProjectDocument::~ProjectDocument() = default;

void ProjectDocument::openInputs(const QStringList& inputs)
{
    m_undoStack->clear();
    m_request.inputs = inputs;
    // Another window may have learned a mapping since this one started.
    m_request.columnMappings = ColumnMappingStore::load();
    // The previous exports' results no longer describe the document, whatever becomes of this run.
    m_analysis = Analysis {};
    m_hasAnalysis = false;
    Q_EMIT inputsChanged();
    reanalyse();
}

void ProjectDocument::setWorkloadTagKeys(const QStringList& keys)
{
    if (keys == m_request.workloadTagKeys)
        return;
    m_request.workloadTagKeys = keys;
    Q_EMIT workloadTagKeysChanged();
    reanalyse();
}

void ProjectDocument::setColumnMapping(const QString& signature, const std::optional<ColumnMapping>& mapping)
{
    if (mapping)
        m_request.columnMappings.insert(signature, *mapping);
    else
        m_request.columnMappings.remove(signature);
    ColumnMappingStore::store(signature, mapping);
    Q_EMIT columnMappingsChanged();
    reanalyse();
}

bool ProjectDocument::isAnalysing() const
{
    return m_worker->isRunning();
}

void ProjectDocument::cancelAnalysis()
{
    m_worker->cancel();
}

void ProjectDocument::reanalyse()
{
    if (m_request.inputs.isEmpty())
        return;
    m_worker->start(m_request);
}

void ProjectDocument::onFinished(const Analysis& analysis)
{
    m_analysis = analysis;
    m_hasAnalysis = true;
    Q_EMIT analysisChanged();
}

} // namespace cloudshift
