#pragma once

#include "billing/columnmapping.h"
#include "exportinspection.h"

#include <QObject>

#include <memory>
#include <vector>

namespace cloudshift {

/// Reads the headers and first rows of the user's inputs on the thread pool, so that a slow disk or a
/// large folder never stalls the window. Like AnalysisWorker, a new inspect() supersedes the previous
/// one, whose result is dropped by its id; the destructor stops and waits for running jobs.
class ExportInspector : public QObject
{
    Q_OBJECT

public:
    /// A partitioned export can have hundreds of parts with the same header; previewing the first ones
    /// is enough to show the user what is there.
    static constexpr int kMaxPreviewedFiles = 32;
    static constexpr int kPreviewRows = 20;

    explicit ExportInspector(QObject* parent = nullptr);
    ~ExportInspector() override;

    quint64 inspect(const QStringList& inputs, const ColumnMappings& mappings);
    bool isRunning() const { return m_current != nullptr; }

Q_SIGNALS:
    void inspected(const cloudshift::ExportInspection& inspection);

private:
    struct Job;
    void onJobFinished(const std::shared_ptr<Job>& job);

    std::vector<std::shared_ptr<Job>> m_jobs;
    std::shared_ptr<Job> m_current;
    quint64 m_lastJobId = 0;
};

} // namespace cloudshift
