#include "analysisworker.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <exception>

namespace cloudshift {

// Shared between the GUI thread and the pool thread running the engine, so the cancel flag lives as
// long as either side needs it.
struct AnalysisWorker::Job
{
    quint64 id = 0;
    std::atomic_bool cancel { false };
    // Touched by the pool thread only: progress is posted when the permille changes rather than for
    // every chunk the engine reads, so the event queue stays short.
    int lastPermille = -1;
    QFutureWatcher<Analysis>* watcher = nullptr;
};

AnalysisWorker::AnalysisWorker(QObject* parent)
    : QObject(parent)
{
}

AnalysisWorker::~AnalysisWorker()
{
    for (const auto& job : m_jobs)
        job->cancel = true;
    for (const auto& job : m_jobs) {
        disconnect(job->watcher, nullptr, this, nullptr);
        job->watcher->waitForFinished();
    }
}

quint64 AnalysisWorker::currentJobId() const
{
    return m_current ? m_current->id : 0;
}

quint64 AnalysisWorker::start(const AnalysisRequest& request)
{
    return startJob([request](const ProgressCallback& progress, const std::atomic_bool* cancel) {
        return runAnalysis(request, progress, cancel);
    });
}

quint64 AnalysisWorker::start(
    const AnalysisRequest& request, std::shared_ptr<const Inventory> inventory, const ImportSummary& import)
{
    return startJob([request, inventory, import](const ProgressCallback&, const std::atomic_bool*) {
        return analyseInventory(inventory, import, request);
    });
}

quint64 AnalysisWorker::startJob(const std::function<Analysis(const ProgressCallback&, const std::atomic_bool*)>& run)
{
    if (m_current)
        m_current->cancel = true;

    auto job = std::make_shared<Job>();
    job->id = ++m_lastJobId;
    job->watcher = new QFutureWatcher<Analysis>(this);
    connect(job->watcher, &QFutureWatcherBase::finished, this, [this, job] { onJobFinished(job); });

    const ProgressCallback progressCallback = [this, job](qint64 done, qint64 total) {
        const int permille = total > 0 ? static_cast<int>(done * 1000 / total) : 0;
        if (permille == job->lastPermille)
            return;
        job->lastPermille = permille;
        postProgress(job->id, done, total);
    };
    job->watcher->setFuture(QtConcurrent::run([run, progressCallback, job] {
        try {
            return run(progressCallback, &job->cancel);
        } catch (const std::exception& error) {
            // Running out of memory on a huge export must reach the user as a message, not end the
            // application from a pool thread.
            Analysis failed;
            failed.status = Analysis::Status::Failed;
            failed.error = QString::fromLocal8Bit(error.what());
            return failed;
        }
    }));

    m_current = job;
    m_jobs.push_back(job);
    Q_EMIT started(job->id);
    return job->id;
}

void AnalysisWorker::cancel()
{
    if (m_current)
        m_current->cancel = true;
}

void AnalysisWorker::postProgress(quint64 jobId, qint64 done, qint64 total)
{
    // Runs on the pool thread. The destructor waits for every job, so `this` is alive here; a queued
    // call still pending when the object is destroyed is discarded with it.
    QMetaObject::invokeMethod(
        this,
        [this, jobId, done, total] {
            if (m_current && m_current->id == jobId)
                Q_EMIT progress(done, total);
        },
        Qt::QueuedConnection);
}

void AnalysisWorker::onJobFinished(const std::shared_ptr<Job>& job)
{
    // Keep the job alive past the erase below: `job` may refer to the copy the connection holds.
    const std::shared_ptr<Job> finishedJob = job;
    const Analysis analysis = finishedJob->watcher->result();
    // This runs inside the watcher's own signal, so it is deleted later, not now.
    finishedJob->watcher->deleteLater();
    m_jobs.erase(std::remove(m_jobs.begin(), m_jobs.end(), finishedJob), m_jobs.end());
    if (finishedJob != m_current)
        return; // superseded by a later start(): the result is stale
    m_current.reset();

    if (finishedJob->cancel) {
        // The user asked to stop: whatever the engine managed before noticing is not shown.
        Q_EMIT cancelled();
        return;
    }
    switch (analysis.status) {
    case Analysis::Status::Ok:
        Q_EMIT finished(analysis);
        break;
    case Analysis::Status::Failed:
        Q_EMIT failed(analysis.error);
        break;
    case Analysis::Status::Cancelled:
        Q_EMIT cancelled();
        break;
    }
}

} // namespace cloudshift
