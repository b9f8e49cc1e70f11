// Times BillingImporter on export files and, in the same run, the cheapest passes over the same
// bytes (a plain read, a memchr line count, inflate for .csv.gz), `wc -l`, and DuckDB doing the same
// aggregation when node and @duckdb/node-api are found. Shared build machines vary by ±30 % between
// runs, so compare the ratios, not the absolute seconds.
//
//   bench_import FILE... [--repeat N] [--each] [--duckdb DIR] [--no-external]

#include "baselinescan.h"
#include "billing/billingimporter.h"
#include "billing/freedmemory.h"
#include "billing/inflater.h"
#include "externalbaseline.h"
#include "processmemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace cloudshift;

namespace {

struct Timed
{
    ScanResult scan;
    double seconds = 0.0;
};

Timed timeScan(const std::function<ScanResult()>& scan)
{
    QElapsedTimer timer;
    timer.start();
    Timed timed;
    timed.scan = scan();
    timed.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return timed;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// Decimal megabytes, as `dd` and the perf notes count them.
double megabytesPerSecond(qint64 bytes, double seconds)
{
    return seconds > 0.0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
}

double mebibytes(qint64 kib)
{
    return static_cast<double>(kib) / 1024.0;
}

bool failed(const Timed& timed, const char* what)
{
    if (timed.scan.ok)
        return false;
    std::fprintf(stderr, "bench_import: %s baseline failed: %s\n", what, qPrintable(timed.scan.error));
    return true;
}

struct Options
{
    int repeat = 3;
    bool external = true;
    QString duckDbDir;
};

// The medians of one benchmark set, kept to compare a plain file with its gzip copy.
struct Outcome
{
    QStringList files;
    bool gzip = false;
    qint64 textBytes = 0;
    double importSeconds = 0.0;
};

bool benchmark(const QStringList& files, const Options& options, Outcome* outcome)
{
    qint64 inputBytes = 0;
    bool anyGzip = false;
    QStringList plainFiles;
    for (const QString& file : files) {
        inputBytes += QFileInfo(file).size();
        const bool gzip = isGzipFile(file);
        anyGzip = anyGzip || gzip;
        if (!gzip)
            plainFiles << file;
    }
    std::printf("input: %d file(s), %lld bytes on disk%s; %d run(s)\n", static_cast<int>(files.size()),
        static_cast<long long>(inputBytes), anyGzip ? (Inflater::hasIsal() ? " (gzip, ISA-L)" : " (gzip, zlib)") : "",
        options.repeat);
    // The first pass may come from disk; later passes, like the import, from the page cache.
    const Timed warmUp = timeScan([&] { return readEveryByte(files); });
    if (failed(warmUp, "warm-up read"))
        return false;
    std::printf("warm-up read: %.3f s (not counted); RSS before importing %.1f MiB\n", warmUp.seconds,
        mebibytes(currentResidentKiB()));

    std::vector<double> importSeconds, readSeconds, lineSeconds, inflateSeconds, wcSeconds, duckSeconds;
    qint64 textBytes = inputBytes;
    qint64 duckPeakKiB = -1;
    qint64 importPeakKiB = -1;
    for (int run = 1; run <= options.repeat; ++run) {
        const Timed read = timeScan([&] { return readEveryByte(files); });
        const Timed lines = timeScan([&] { return countLines(files); });
        const Timed inflated = anyGzip ? timeScan([&] { return inflateEveryByte(files); }) : Timed{};
        if (failed(read, "read") || failed(lines, "memchr") || (anyGzip && failed(inflated, "inflate")))
            return false;
        const ExternalResult wc = options.external && !plainFiles.isEmpty() ? runWordCount(plainFiles) : ExternalResult{};
        const ExternalResult duck = options.external ? runDuckDb(files, options.duckDbDir) : ExternalResult{};

        // Each run's peak on its own: what earlier runs and the baselines left resident is counted in
        // the run's starting size, not as a peak of its own.
        releaseFreedMemory(); // what the previous run's result left in the heap, as a fresh process would start
        const qint64 residentBefore = currentResidentKiB();
        const bool peakReset = resetPeakResident();
        QElapsedTimer timer;
        timer.start();
        BillingImporter importer;
        const BillingData data = importer.importInputs(files);
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const qint64 runPeak = peakResidentKiB();
        importPeakKiB = std::max(importPeakKiB, runPeak);
        if (!importer.fatalError().isEmpty()) {
            std::fprintf(stderr, "bench_import: import failed: %s\n", qPrintable(importer.fatalError()));
            return false;
        }

        importSeconds.push_back(seconds);
        readSeconds.push_back(read.seconds);
        lineSeconds.push_back(lines.seconds);
        textBytes = lines.scan.bytes;
        std::printf("run %d/%d: import %.3f s, %.1f MB/s", run, options.repeat, seconds, megabytesPerSecond(inputBytes, seconds));
        if (anyGzip)
            std::printf(" (%.1f MB/s of text)", megabytesPerSecond(textBytes, seconds));
        std::printf(", rows %lld, resources %zu, meters %zu, cells %zu, diagnostics %zu\n",
            static_cast<long long>(data.summary.rows), data.resources.size(), data.meters.size(), data.cells.size(),
            data.summary.diagnostics.size() + static_cast<std::size_t>(data.summary.droppedDiagnostics));
        std::printf("         read %.3f s (%.0f MB/s), memchr %.3f s (%lld lines in %lld bytes of text)", read.seconds,
            megabytesPerSecond(read.scan.bytes, read.seconds), lines.seconds, static_cast<long long>(lines.scan.lines),
            static_cast<long long>(lines.scan.bytes));
        if (anyGzip) {
            inflateSeconds.push_back(inflated.seconds);
            std::printf(", inflate %.3f s (%.0f MB/s of text)", inflated.seconds,
                megabytesPerSecond(inflated.scan.bytes, inflated.seconds));
        }
        std::printf("\n         RSS before %.1f MiB, peak %.1f MiB%s, after (result held) %.1f MiB\n",
            mebibytes(residentBefore), mebibytes(runPeak), peakReset ? " during the import" : " since start",
            mebibytes(currentResidentKiB()));
        if (wc.ran) {
            wcSeconds.push_back(wc.seconds);
            std::printf("         wc -l %.3f s (%s)\n", wc.seconds, qPrintable(wc.detail));
        }
        if (duck.ran) {
            duckSeconds.push_back(duck.seconds);
            duckPeakKiB = std::max(duckPeakKiB, duck.peakKiB);
            std::printf("         DuckDB %.3f s, peak RSS %.1f MiB (%s)\n", duck.seconds, mebibytes(duck.peakKiB),
                qPrintable(duck.detail));
        }
        if (run == 1) {
            for (const auto& [currency, total] : data.summary.totalsByCurrency)
                std::printf("         total %s %s\n", qPrintable(formatMoney(total, 6)), qPrintable(currency));
            if (!wc.ran && options.external && !plainFiles.isEmpty())
                std::printf("         wc -l skipped: %s\n", qPrintable(wc.skipped));
            if (!duck.ran && options.external)
                std::printf("         DuckDB skipped: %s\n", qPrintable(duck.skipped));
        }
    }

    const double importMedian = median(importSeconds);
    std::printf("median of %d: import %.3f s (%.1f MB/s", options.repeat, importMedian,
        megabytesPerSecond(inputBytes, importMedian));
    if (anyGzip)
        std::printf(", %.1f MB/s of text", megabytesPerSecond(textBytes, importMedian));
    std::printf("), read %.3f s, memchr %.3f s", median(readSeconds), median(lineSeconds));
    if (anyGzip)
        std::printf(", inflate %.3f s", median(inflateSeconds));
    if (!wcSeconds.empty())
        std::printf(", wc -l %.3f s", median(wcSeconds));
    if (!duckSeconds.empty())
        std::printf(", DuckDB %.3f s", median(duckSeconds));
    std::printf("\nratios: import/read %.1fx, import/memchr %.1fx", importMedian / median(readSeconds),
        importMedian / median(lineSeconds));
    if (anyGzip)
        std::printf(", import/inflate %.2fx", importMedian / median(inflateSeconds));
    if (!wcSeconds.empty())
        std::printf(", import/wc-l %.1fx (target <= 6)", importMedian / median(wcSeconds));
    if (!duckSeconds.empty())
        std::printf(", DuckDB/import %.1fx (target >= 3)", median(duckSeconds) / importMedian);
    std::printf("\npeak RSS (VmHWM) of the imports: %.1f MiB (target <= 150)", mebibytes(importPeakKiB));
    if (duckPeakKiB > 0)
        std::printf("; DuckDB %.1f MiB", mebibytes(duckPeakKiB));
    std::printf("\n");
    *outcome = Outcome{files, anyGzip, textBytes, importMedian};
    return true;
}

// With --each, a plain file and its gzip copy (same text) are compared: text MB/s of one over the other.
void compareGzipWithPlain(const std::vector<Outcome>& outcomes)
{
    for (const Outcome& gzip : outcomes) {
        if (!gzip.gzip)
            continue;
        for (const Outcome& plain : outcomes) {
            if (plain.gzip || plain.textBytes != gzip.textBytes)
                continue;
            std::printf("gzip/plain speed: %s at %.2fx of %s (target >= 0.7)\n", qPrintable(gzip.files.join(u' ')),
                plain.importSeconds / gzip.importSeconds, qPrintable(plain.files.join(u' ')));
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times BillingImporter against read/memchr/wc/DuckDB baselines."));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs (default 3)."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption eachOption(QStringLiteral("each"),
        QStringLiteral("Benchmark each file on its own; a plain file and its gzip copy are compared."));
    const QCommandLineOption duckOption(QStringLiteral("duckdb"),
        QStringLiteral("Folder whose node_modules holds @duckdb/node-api (default: $CLOUDSHIFT_DUCKDB_DIR)."),
        QStringLiteral("DIR"), qEnvironmentVariable("CLOUDSHIFT_DUCKDB_DIR"));
    const QCommandLineOption noExternalOption(QStringLiteral("no-external"), QStringLiteral("Skip wc -l and DuckDB."));
    parser.addOptions({repeatOption, eachOption, duckOption, noExternalOption});
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("Export files (.csv or .csv.gz)."), QStringLiteral("FILE..."));
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    Options options;
    bool repeatOk = false;
    options.repeat = parser.value(repeatOption).toInt(&repeatOk);
    options.external = !parser.isSet(noExternalOption);
    options.duckDbDir = parser.value(duckOption);
    if (files.isEmpty() || !repeatOk || options.repeat < 1) {
        std::fprintf(stderr, "usage: bench_import FILE... [--repeat N] [--each] [--duckdb DIR] [--no-external]\n");
        return 2;
    }
    for (const QString& file : files) {
        if (!QFileInfo(file).isFile()) {
            std::fprintf(stderr, "bench_import: %s is not a file\n", qPrintable(file));
            return 2;
        }
    }
    std::vector<QStringList> sets;
    if (parser.isSet(eachOption)) {
        for (const QString& file : files)
            sets.push_back({file});
    } else {
        sets.push_back(files);
    }
    std::vector<Outcome> outcomes;
    for (const QStringList& set : sets) {
        Outcome outcome;
        if (!benchmark(set, options, &outcome))
            return 1;
        outcomes.push_back(outcome);
        std::printf("\n");
    }
    compareGzipWithPlain(outcomes);
    return 0;
}
