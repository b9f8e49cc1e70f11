// Times BillingImporter on export files and, in the same run, the cheapest passes over the same
// bytes (a plain read, a memchr line count, inflate for .csv.gz), `wc -l`, and DuckDB doing the same
// aggregation when node and @duckdb/node-api are found. Shared build machines vary by ±30 % between
// runs, so compare the ratios, not the absolute seconds: each run's ratios are taken from measurements
// made one right after the other, and with --each the files take turns, round by round.
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

// One benchmark set (a file, or all files together) and what its runs measured.
struct BenchSet
{
    QStringList files;
    QStringList plainFiles; ///< the ones wc -l can count
    qint64 inputBytes = 0;
    bool anyGzip = false;
    qint64 textBytes = 0;
    std::vector<double> importSeconds, readSeconds, lineSeconds, inflateSeconds, wcSeconds, duckSeconds;
    // Each run's ratios, from measurements taken one right after the other: on a shared machine
    // whose speed drifts over minutes, their median is steadier than a ratio of two medians.
    std::vector<double> wcRatios, duckRatios;
    qint64 duckPeakKiB = -1;
    qint64 importPeakKiB = -1;
};

QString label(const BenchSet& set, bool named)
{
    if (!named)
        return QString();
    QStringList names;
    for (const QString& file : set.files)
        names << QFileInfo(file).fileName();
    return QStringLiteral(" [%1]").arg(names.join(u' '));
}

bool prepare(BenchSet& set, const Options& options)
{
    for (const QString& file : set.files) {
        set.inputBytes += QFileInfo(file).size();
        const bool gzip = isGzipFile(file);
        set.anyGzip = set.anyGzip || gzip;
        if (!gzip)
            set.plainFiles << file;
    }
    set.textBytes = set.inputBytes;
    std::printf("input: %s, %lld bytes on disk%s; %d run(s)\n", qPrintable(set.files.join(u' ')),
        static_cast<long long>(set.inputBytes),
        set.anyGzip ? (Inflater::hasIsal() ? " (gzip, ISA-L)" : " (gzip, zlib)") : "", options.repeat);
    // The first pass may come from disk; later passes, like the import, from the page cache.
    const Timed warmUp = timeScan([&] { return readEveryByte(set.files); });
    if (failed(warmUp, "warm-up read"))
        return false;
    std::printf("warm-up read: %.3f s (not counted); RSS %.1f MiB\n", warmUp.seconds, mebibytes(currentResidentKiB()));
    return true;
}

bool runOnce(BenchSet& set, int run, const Options& options, bool named)
{
    const QStringList& files = set.files;
    const Timed read = timeScan([&] { return readEveryByte(files); });
    const Timed lines = timeScan([&] { return countLines(files); });
    const Timed inflated = set.anyGzip ? timeScan([&] { return inflateEveryByte(files); }) : Timed{};
    if (failed(read, "read") || failed(lines, "memchr") || (set.anyGzip && failed(inflated, "inflate")))
        return false;
    const ExternalResult wc = options.external && !set.plainFiles.isEmpty() ? runWordCount(set.plainFiles) : ExternalResult{};
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
    set.importPeakKiB = std::max(set.importPeakKiB, runPeak);
    if (!importer.fatalError().isEmpty()) {
        std::fprintf(stderr, "bench_import: import failed: %s\n", qPrintable(importer.fatalError()));
        return false;
    }

    set.importSeconds.push_back(seconds);
    set.readSeconds.push_back(read.seconds);
    set.lineSeconds.push_back(lines.seconds);
    set.textBytes = lines.scan.bytes;
    std::printf("run %d/%d%s: import %.3f s, %.1f MB/s", run, options.repeat, qPrintable(label(set, named)), seconds,
        megabytesPerSecond(set.inputBytes, seconds));
    if (set.anyGzip)
        std::printf(" (%.1f MB/s of text)", megabytesPerSecond(set.textBytes, seconds));
    std::printf(", rows %lld, resources %zu, meters %zu, cells %zu, diagnostics %zu\n",
        static_cast<long long>(data.summary.rows), data.resources.size(), data.meters.size(), data.cells.size(),
        data.summary.diagnostics.size() + static_cast<std::size_t>(data.summary.droppedDiagnostics));
    std::printf("         read %.3f s (%.0f MB/s), memchr %.3f s (%lld lines in %lld bytes of text)", read.seconds,
        megabytesPerSecond(read.scan.bytes, read.seconds), lines.seconds, static_cast<long long>(lines.scan.lines),
        static_cast<long long>(lines.scan.bytes));
    if (set.anyGzip) {
        set.inflateSeconds.push_back(inflated.seconds);
        std::printf(", inflate %.3f s (%.0f MB/s of text)", inflated.seconds,
            megabytesPerSecond(inflated.scan.bytes, inflated.seconds));
    }
    std::printf("\n         RSS before %.1f MiB, peak %.1f MiB%s, after (result held) %.1f MiB\n",
        mebibytes(residentBefore), mebibytes(runPeak), peakReset ? " during the import" : " since start",
        mebibytes(currentResidentKiB()));
    if (wc.ran) {
        set.wcSeconds.push_back(wc.seconds);
        set.wcRatios.push_back(seconds / wc.seconds);
        std::printf("         wc -l %.3f s (%s), import/wc-l %.1fx\n", wc.seconds, qPrintable(wc.detail), seconds / wc.seconds);
    }
    if (duck.ran) {
        set.duckSeconds.push_back(duck.seconds);
        set.duckRatios.push_back(duck.seconds / seconds);
        set.duckPeakKiB = std::max(set.duckPeakKiB, duck.peakKiB);
        std::printf("         DuckDB %.3f s, peak RSS %.1f MiB (%s), DuckDB/import %.1fx\n", duck.seconds,
            mebibytes(duck.peakKiB), qPrintable(duck.detail), duck.seconds / seconds);
    }
    if (run == 1) {
        for (const auto& [currency, total] : data.summary.totalsByCurrency)
            std::printf("         total %s %s\n", qPrintable(formatMoney(total, 6)), qPrintable(currency));
        if (!wc.ran && options.external && !set.plainFiles.isEmpty())
            std::printf("         wc -l skipped: %s\n", qPrintable(wc.skipped));
        if (!duck.ran && options.external)
            std::printf("         DuckDB skipped: %s\n", qPrintable(duck.skipped));
    }
    return true;
}

void report(const BenchSet& set, const Options& options)
{
    const double importMedian = median(set.importSeconds);
    std::printf("%s\nmedian of %d: import %.3f s (%.1f MB/s", qPrintable(set.files.join(u' ')), options.repeat,
        importMedian, megabytesPerSecond(set.inputBytes, importMedian));
    if (set.anyGzip)
        std::printf(", %.1f MB/s of text", megabytesPerSecond(set.textBytes, importMedian));
    std::printf("), read %.3f s, memchr %.3f s", median(set.readSeconds), median(set.lineSeconds));
    if (set.anyGzip)
        std::printf(", inflate %.3f s", median(set.inflateSeconds));
    if (!set.wcSeconds.empty())
        std::printf(", wc -l %.3f s", median(set.wcSeconds));
    if (!set.duckSeconds.empty())
        std::printf(", DuckDB %.3f s", median(set.duckSeconds));
    std::printf("\nratios of the medians: import/read %.1fx, import/memchr %.1fx", importMedian / median(set.readSeconds),
        importMedian / median(set.lineSeconds));
    if (set.anyGzip)
        std::printf(", import/inflate %.2fx", importMedian / median(set.inflateSeconds));
    if (!set.wcSeconds.empty())
        std::printf(", import/wc-l %.1fx", importMedian / median(set.wcSeconds));
    if (!set.duckSeconds.empty())
        std::printf(", DuckDB/import %.1fx", median(set.duckSeconds) / importMedian);
    if (!set.wcRatios.empty() || !set.duckRatios.empty()) {
        std::printf("\nmedian of the per-run ratios:");
        if (!set.wcRatios.empty())
            std::printf(" import/wc-l %.1fx (target <= 6)", median(set.wcRatios));
        if (!set.duckRatios.empty())
            std::printf("%s DuckDB/import %.1fx (target >= 3)", set.wcRatios.empty() ? "" : ",", median(set.duckRatios));
    }
    std::printf("\npeak RSS (VmHWM) of the imports: %.1f MiB (target <= 150)", mebibytes(set.importPeakKiB));
    if (set.duckPeakKiB > 0)
        std::printf("; DuckDB %.1f MiB", mebibytes(set.duckPeakKiB));
    std::printf("\n\n");
}

// With --each, a plain file and its gzip copy (same text) are compared, run by run: the plain import
// over the gzip import of the same round, since the two ran one after the other.
void compareGzipWithPlain(const std::vector<BenchSet>& sets)
{
    for (const BenchSet& gzip : sets) {
        if (!gzip.anyGzip)
            continue;
        for (const BenchSet& plain : sets) {
            if (plain.anyGzip || plain.textBytes != gzip.textBytes)
                continue;
            std::vector<double> ratios;
            QStringList each;
            for (std::size_t run = 0; run < gzip.importSeconds.size() && run < plain.importSeconds.size(); ++run) {
                ratios.push_back(plain.importSeconds[run] / gzip.importSeconds[run]);
                each << QString::number(ratios.back(), 'f', 2);
            }
            std::printf("gzip/plain speed: %s at %.2fx of %s, median of the runs' ratios %s (target >= 0.7)\n",
                qPrintable(gzip.files.join(u' ')), median(ratios), qPrintable(plain.files.join(u' ')),
                qPrintable(each.join(QStringLiteral(", "))));
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
    std::vector<BenchSet> sets;
    if (parser.isSet(eachOption)) {
        for (const QString& file : files)
            sets.push_back(BenchSet{{file}});
    } else {
        sets.push_back(BenchSet{files});
    }
    for (BenchSet& set : sets) {
        if (!prepare(set, options))
            return 1;
    }
    // Rounds run every set once, so sets compared with each other are measured minutes apart at most.
    std::printf("\n");
    const bool named = sets.size() > 1;
    for (int run = 1; run <= options.repeat; ++run) {
        for (BenchSet& set : sets) {
            if (!runOnce(set, run, options, named))
                return 1;
        }
    }
    std::printf("\n");
    for (const BenchSet& set : sets)
        report(set, options);
    compareGzipWithPlain(sets);
    return 0;
}
