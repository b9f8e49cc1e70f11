#pragma once

#include <QString>
#include <QStringList>

namespace cloudshift {

/// A tool outside CloudShift run over the same files, for ratios measured in the same run.
struct ExternalResult
{
    bool ran = false;
    QString skipped; ///< why it did not run (tool not found, failed), when !ran
    double seconds = 0.0;
    qint64 peakKiB = -1; ///< the tool's peak resident memory, when known
    QString detail; ///< what it printed that shows it did the work (a line count, a total)
};

/// `wc -l FILE...`, timed from start to exit. Only plain files are given to it: a line count of gzip
/// bytes means nothing.
ExternalResult runWordCount(const QStringList& files);

/// DuckDB reading the files with read_csv and summing them per resource × meter × month on two
/// threads, through `node` and the npm package @duckdb/node-api installed under `moduleDir` (outside
/// the repository). The time is the query's alone, measured inside node.
ExternalResult runDuckDb(const QStringList& files, const QString& moduleDir);

} // namespace cloudshift
