#include "parallelimport.h"

#include "billing/bytesource.h"
#include "billing/costaggregator.h"
#include "billing/csvreader.h"
#include "billing/freedmemory.h"

#include <QFile>

#include <atomic>
#include <cstring>
#include <exception>
#include <thread>
#include <vector>

namespace cloudshift {

namespace {

    // The second half of the file, read by the worker; its progress is read by the caller's thread.
    class RangeSource : public ByteSource
    {
    public:
        RangeSource(const QString& path, std::int64_t offset)
            : m_file(path)
        {
            m_ok = m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) && m_file.seek(offset);
            m_total = m_file.size() - offset;
        }
        bool ok() const { return m_ok; }

        std::int64_t read(char* buffer, std::int64_t maxBytes) override
        {
            const qint64 n = m_file.read(buffer, maxBytes);
            if (n > 0)
                m_done.fetch_add(n, std::memory_order_relaxed);
            return n;
        }
        std::int64_t progressBytes() const override { return m_done.load(std::memory_order_relaxed); }
        std::int64_t totalBytes() const override { return m_total; }
        QString error() const override { return m_file.errorString(); }

    private:
        QFile m_file;
        bool m_ok = false;
        std::int64_t m_total = 0;
        std::atomic<std::int64_t> m_done{0};
    };

    // What the caller's row loop sees as its source: progress counts the bytes of both halves.
    class CombinedProgress : public ByteSource
    {
    public:
        CombinedProgress(ByteSource& first, const ByteSource& second)
            : m_first(first)
            , m_second(second)
        {
        }
        std::int64_t read(char* buffer, std::int64_t maxBytes) override { return m_first.read(buffer, maxBytes); }
        std::int64_t progressBytes() const override { return m_first.progressBytes() + m_second.progressBytes(); }
        std::int64_t totalBytes() const override { return m_first.totalBytes(); }
        QString error() const override { return m_first.error(); }

    private:
        ByteSource& m_first;
        const ByteSource& m_second;
    };

    // Appends what the second half found after what the first found, as one reader would have: its
    // lines were counted from the split, and the cap on kept diagnostics applies to both together.
    void appendSummary(ImportSummary& into, ImportSummary& later, std::int64_t lineOffset, std::size_t maxDiagnostics)
    {
        for (ImportDiagnostic& diagnostic : later.diagnostics) {
            if (into.diagnostics.size() >= maxDiagnostics) {
                ++into.droppedDiagnostics;
                continue;
            }
            if (diagnostic.line > 0)
                diagnostic.line += lineOffset;
            into.diagnostics.push_back(std::move(diagnostic));
        }
        into.droppedDiagnostics += later.droppedDiagnostics;
        for (const auto& [currency, total] : later.totalsByCurrency)
            into.totalsByCurrency[currency] += total;
        for (const auto& [currency, total] : later.effectiveTotalsByCurrency)
            into.effectiveTotalsByCurrency[currency] += total;
        for (const auto& [currency, total] : later.exactTotals)
            into.exactTotals[currency] += total;
        for (const auto& [currency, total] : later.exactEffectiveTotals)
            into.exactEffectiveTotals[currency] += total;
        if (later.firstDate.isValid() && (!into.firstDate.isValid() || later.firstDate < into.firstDate))
            into.firstDate = later.firstDate;
        if (later.lastDate.isValid() && (!into.lastDate.isValid() || later.lastDate > into.lastDate))
            into.lastDate = later.lastDate;
        into.rows += later.rows;
        into.skippedRows += later.skippedRows;
    }

} // namespace

ParallelImport::ParallelImport(std::int64_t minimumSplitBytes)
    : m_minimumSplitBytes(minimumSplitBytes)
{
}

std::int64_t ParallelImport::findSplit(const QString& path, std::int64_t from, std::int64_t total) const
{
    // The first newline after the middle of what is left; -1 when there is none.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from + (total - from) / 2))
        return -1;
    std::vector<char> buffer(64 * 1024);
    for (std::int64_t offset = file.pos();;) {
        const qint64 n = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (n <= 0)
            return -1;
        if (const void* newline = std::memchr(buffer.data(), '\n', static_cast<std::size_t>(n)))
            return offset + (static_cast<const char*>(newline) - buffer.data()) + 1;
        offset += n;
    }
}

bool ParallelImport::readRows(const QString& path, CsvReader& reader, ByteSource& source, CostAggregator& aggregator,
    ImportSummary& summary, ImportedFile& file, std::size_t maxDiagnostics, const RowLoop& loop)
{
    m_split = false;
    const std::int64_t start = reader.nextOffset();
    const std::int64_t total = source.totalBytes();
    const std::int64_t split = source.isPlainFile() && total - start >= m_minimumSplitBytes
            && std::thread::hardware_concurrency() >= 2
        ? findSplit(path, start, total)
        : -1;
    Part whole{reader, source, aggregator, summary, file, true};
    if (split <= start || split >= total)
        return loop(whole);
    RangeSource second(path, split);
    if (!second.ok())
        return loop(whole);

    CsvReader secondReader(second, CsvReader::Resume{reader.delimiter(), split, 1}, reader.maxRecordBytes());
    std::atomic_bool abandon{false};
    secondReader.setAbandonFlag(&abandon);
    CostAggregator secondAggregator;
    secondAggregator.setResourceLimit(aggregator.resourceLimit());
    ImportSummary secondSummary;
    ImportedFile secondFile;
    secondFile.path = file.path;
    bool secondComplete = false;
    std::exception_ptr secondFailure;
    std::thread worker([&] {
        try {
            Part part{secondReader, second, secondAggregator, secondSummary, secondFile, false};
            secondComplete = loop(part);
        } catch (...) {
            secondFailure = std::current_exception();
        }
    });

    reader.setStopOffset(split);
    CombinedProgress progress(source, second);
    Part first{reader, progress, aggregator, summary, file, true};
    bool firstComplete = false;
    try {
        firstComplete = loop(first);
    } catch (...) {
        abandon = true;
        worker.join();
        throw;
    }
    // Unless the first reader stopped right at the split, its rows already run to the end (or it
    // stopped for good): the second half is not needed.
    const bool joined = reader.stoppedAtLimit();
    if (!joined)
        abandon = true;
    worker.join();
    if (!joined)
        return firstComplete;
    if (secondFailure)
        std::rethrow_exception(secondFailure);

    appendSummary(summary, secondSummary, reader.nextLine() - 1, maxDiagnostics);
    file.rows += secondFile.rows;
    file.skippedRows += secondFile.skippedRows;
    aggregator.merge(std::move(secondAggregator), reader.nextLine() - 1);
    releaseFreedMemory();
    m_split = true;
    return firstComplete && secondComplete;
}

} // namespace cloudshift
