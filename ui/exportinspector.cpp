#include "exportinspector.h"

#include "billing/importplan.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

namespace cloudshift {

struct ExportInspector::Job
{
    quint64 id = 0;
    std::atomic_bool stop { false };
    QFutureWatcher<ExportInspection>* watcher = nullptr;
};

namespace {

ExportInspection inspectInputs(
    const QStringList& inputs, const ColumnMappings& mappings, const std::atomic_bool& stop)
{
    ExportInspection inspection;
    inspection.inputs = inputs;
    std::vector<ImportDiagnostic> diagnostics;
    const std::vector<PlannedFile> files = planImportFiles(inputs, diagnostics);
    inspection.fileCount = static_cast<qsizetype>(files.size());
    for (const ImportDiagnostic& diagnostic : diagnostics)
        inspection.problems << diagnostic.toString();
    for (const PlannedFile& file : files) {
        if (stop || static_cast<int>(inspection.previews.size()) >= ExportInspector::kMaxPreviewedFiles)
            break;
        inspection.previews.push_back(previewExport(file.path, ExportInspector::kPreviewRows, mappings));
    }
    return inspection;
}

} // namespace

ExportInspector::ExportInspector(QObject* parent)
    : QObject(parent)
{
}

ExportInspector::~ExportInspector()
{
    for (const auto& job : m_jobs) {
        job->stop = true;
        disconnect(job->watcher, nullptr, this, nullptr);
    }
    for (const auto& job : m_jobs)
        job->watcher->waitForFinished();
}

quint64 ExportInspector::inspect(const QStringList& inputs, const ColumnMappings& mappings)
{
    if (m_current)
        m_current->stop = true;
    auto job = std::make_shared<Job>();
    job->id = ++m_lastJobId;
    job->watcher = new QFutureWatcher<ExportInspection>(this);
    connect(job->watcher, &QFutureWatcherBase::finished, this, [this, job] { onJobFinished(job); });
    job->watcher->setFuture(
        QtConcurrent::run([inputs, mappings, job] { return inspectInputs(inputs, mappings, job->stop); }));
    m_current = job;
    m_jobs.push_back(job);
    return job->id;
}

void ExportInspector::onJobFinished(const std::shared_ptr<Job>& job)
{
    const std::shared_ptr<Job> finishedJob = job; // `job` may be the connection's copy, erased below
    finishedJob->watcher->deleteLater();
    m_jobs.erase(std::remove(m_jobs.begin(), m_jobs.end(), finishedJob), m_jobs.end());
    if (finishedJob != m_current)
        return; // superseded: the inputs or the mappings changed meanwhile
    m_current.reset();
    Q_EMIT inspected(finishedJob->watcher->result());
}

} // namespace cloudshift
