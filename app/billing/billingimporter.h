#pragma once

#include "billing/billingdata.h"
#include "billing/columnmapping.h"
#include "billing/importlimits.h"
#include "billing/importplan.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cloudshift {

class ByteSource;
class CostAggregator;
struct ExportSchema;

/// Reads Azure cost exports (files, folders of part files, ":/" resources; plain or gzip) into BillingData.
///
/// Streams every file once, detects each file's format from its header row, and aggregates rows into
/// resource × meter × month cells. A bad row is reported with file, line and column and skipped; the
/// rest of the file is kept. Totals per currency are the exact sum of the cost column of the rows read.
class BillingImporter
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    BillingImporter(Progress progress = {}, const std::atomic_bool* cancel = nullptr);

    /// Column mappings the user confirmed for headers CloudShift does not recognise, by header signature.
    void setColumnMappings(ColumnMappings mappings) { m_mappings = std::move(mappings); }
    /// Bounds on records, fields, resources (see ImportLimits); the defaults suit any real export.
    void setLimits(const ImportLimits& limits) { m_limits = limits; }
    const ImportLimits& limits() const { return m_limits; }

    /// Imports all inputs into one dataset. Check summary().diagnostics for problems; fatalError() is set
    /// when nothing usable could be read or when cancelled.
    BillingData importInputs(const QStringList& inputs);

    const QString& fatalError() const { return m_fatalError; }
    bool wasCancelled() const { return m_cancelled; }

    /// Diagnostics kept in full; later ones are only counted.
    static constexpr int kMaxDiagnostics = 100;

private:
    bool importFile(const PlannedFile& planned, CostAggregator& aggregator, ImportSummary& summary);
    bool readRows(class CsvReader& reader, const ExportSchema& schema, ImportedFile& file, CostAggregator& aggregator,
        ImportSummary& summary, ByteSource& source, bool callerThread);
    void report(ImportSummary& summary, ImportDiagnostic::Severity severity, const QString& file, qint64 line, int column,
        const QString& message);
    bool cancelled();
    void reportResourceLimit(ImportSummary& summary, const QString& path, std::int64_t line, int column);

    Progress m_progress;
    ColumnMappings m_mappings;
    ImportLimits m_limits;
    bool m_resourceLimitReached = false;
    const std::atomic_bool* m_cancel = nullptr;
    QString m_fatalError;
    bool m_cancelled = false;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
};

} // namespace cloudshift
