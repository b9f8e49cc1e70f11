#pragma once

#include "pipeline/analysis.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

template <typename T> class QFutureWatcher;

namespace cloudshift {

/// Runs runAnalysis() on the thread pool, one job at a time from the GUI's point of view.
///
/// start() supersedes any running job: the old job is told to cancel and its result, should it still
/// arrive, is dropped by its job id. Signals are delivered on the worker object's thread.
class AnalysisWorker : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisWorker(QObject* parent = nullptr);
    /// Cancels every job and waits for them: the engine must not outlive the data it reports to.
    ~AnalysisWorker() override;

    /// Starts analysing; returns the new job's id.
    quint64 start(const AnalysisRequest& request);
    /// Starts planning from an inventory already imported (a project, or new grouping of the same
    /// exports): no file is read again.
    quint64 start(const AnalysisRequest& request, std::shared_ptr<const Inventory> inventory, const ImportSummary& import);
    /// Asks the current job to stop; cancelled() follows once the engine has returned.
    void cancel();
    bool isRunning() const { return m_current != nullptr; }
    quint64 currentJobId() const;

Q_SIGNALS:
    void started(quint64 jobId);
    /// Bytes read of all inputs.
    void progress(qint64 done, qint64 total);
    void finished(const cloudshift::Analysis& analysis);
    void failed(const QString& message);
    void cancelled();

private:
    struct Job;
    void onJobFinished(const std::shared_ptr<Job>& job);
    void postProgress(quint64 jobId, qint64 done, qint64 total);
    quint64 startJob(const std::function<Analysis(const ProgressCallback&, const std::atomic_bool*)>& run);

    std::vector<std::shared_ptr<Job>> m_jobs; ///< running jobs, superseded ones included
    std::shared_ptr<Job> m_current;
    quint64 m_lastJobId = 0;
};

} // namespace cloudshift
