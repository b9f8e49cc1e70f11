#pragma once

#include "billing/importresult.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace cloudshift {

class ByteSource;
class CostAggregator;
class CsvReader;

/// Reads the rows of one large plain export file on two threads.
///
/// The caller's reader, just past the header, reads the first half; a second reader opened at the first
/// newline after the middle of the file reads the rest into its own aggregator and summary. The second
/// half is merged after the first, so totals, resources and their first-seen attributes, diagnostics
/// (with their line numbers) and their order are what one reader would give; only quantity sums, which
/// are doubles, may differ in the last bits.
///
/// The split is a guess (the newline could lie inside a quoted field) that the first reader checks: it
/// stops only when a record starts exactly there. Otherwise it reads on to the end, the second half is
/// dropped, and the file costs what one thread costs.
class ParallelImport
{
public:
    /// What the row loop works on for one part.
    struct Part
    {
        CsvReader& reader;
        ByteSource& progress; ///< for progressBytes() only: counts the bytes of both parts
        CostAggregator& aggregator;
        ImportSummary& summary;
        ImportedFile& file;
        bool callerThread; ///< only the caller's thread may report progress
    };
    /// Reads the part's rows until the reader ends; returns false when the part stopped early (an
    /// error that ends the file, or a cancel).
    using RowLoop = std::function<bool(Part& part)>;

    static constexpr std::int64_t kDefaultMinimumSplitBytes = 16 * 1024 * 1024;

    explicit ParallelImport(std::int64_t minimumSplitBytes = kDefaultMinimumSplitBytes);

    /// Runs `loop` over the rows after the header that `reader` just read from `source`, the file at
    /// `path`: on two threads when the file is plain and large enough, else on this one. Returns what
    /// the loop returns for the file as a whole.
    bool readRows(const QString& path, CsvReader& reader, ByteSource& source, CostAggregator& aggregator,
        ImportSummary& summary, ImportedFile& file, std::size_t maxDiagnostics, const RowLoop& loop);

    /// Whether the last readRows() read two parts and merged them.
    bool lastRunSplit() const { return m_split; }

private:
    std::int64_t findSplit(const QString& path, std::int64_t from, std::int64_t total) const;

    std::int64_t m_minimumSplitBytes;
    bool m_split = false;
};

} // namespace cloudshift
