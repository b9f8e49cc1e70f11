// Times BillingImporter on export files and, in the same run, the cheapest passes over the same
// bytes (a plain read, a memchr line count, zlib inflate for .csv.gz). Shared build machines vary by
// ±30 % between runs, so compare the import/baseline ratios, not the absolute seconds.
//
//   bench_import FILE... [--repeat N]     (default 3 runs; median reported)

#include "baselinescan.h"
#include "billing/billingimporter.h"
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times BillingImporter against read/memchr baselines."));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs (default 3)."),
        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOption(repeatOption);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("Export files (.csv or .csv.gz)."), QStringLiteral("FILE..."));
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    bool repeatOk = false;
    const int repeat = parser.value(repeatOption).toInt(&repeatOk);
    if (files.isEmpty() || !repeatOk || repeat < 1) {
        std::fprintf(stderr, "usage: bench_import FILE... [--repeat N]\n");
        return 2;
    }
    qint64 inputBytes = 0;
    bool anyGzip = false;
    for (const QString& file : files) {
        const QFileInfo info(file);
        if (!info.isFile()) {
            std::fprintf(stderr, "bench_import: %s is not a file\n", qPrintable(file));
            return 2;
        }
        inputBytes += info.size();
        anyGzip = anyGzip || isGzipFile(file);
    }

    std::printf("input: %d file(s), %lld bytes on disk%s; %d run(s)\n", static_cast<int>(files.size()),
        static_cast<long long>(inputBytes), anyGzip ? " (gzip)" : "", repeat);
    // The first pass may come from disk; later passes, like the import, from the page cache.
    const Timed warmUp = timeScan([&] { return readEveryByte(files); });
    if (failed(warmUp, "warm-up read"))
        return 1;
    std::printf("warm-up read: %.3f s (not counted); RSS before importing %.1f MiB\n", warmUp.seconds,
        mebibytes(currentResidentKiB()));

    std::vector<double> importSeconds, readSeconds, lineSeconds, inflateSeconds;
    qint64 textBytes = inputBytes;
    for (int run = 1; run <= repeat; ++run) {
        const Timed read = timeScan([&] { return readEveryByte(files); });
        const Timed lines = timeScan([&] { return countLines(files); });
        const Timed inflated = anyGzip ? timeScan([&] { return inflateEveryByte(files); }) : Timed {};
        if (failed(read, "read") || failed(lines, "memchr") || (anyGzip && failed(inflated, "inflate")))
            return 1;

        QElapsedTimer timer;
        timer.start();
        BillingImporter importer;
        const BillingData data = importer.importInputs(files);
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!importer.fatalError().isEmpty()) {
            std::fprintf(stderr, "bench_import: import failed: %s\n", qPrintable(importer.fatalError()));
            return 1;
        }

        importSeconds.push_back(seconds);
        readSeconds.push_back(read.seconds);
        lineSeconds.push_back(lines.seconds);
        textBytes = lines.scan.bytes;
        std::printf("run %d/%d: import %.3f s, %.1f MB/s", run, repeat, seconds,
            megabytesPerSecond(inputBytes, seconds));
        if (anyGzip)
            std::printf(" (%.1f MB/s of text)", megabytesPerSecond(textBytes, seconds));
        std::printf(", rows %lld, resources %zu, meters %zu, cells %zu, diagnostics %zu\n",
            static_cast<long long>(data.summary.rows), data.resources.size(), data.meters.size(),
            data.cells.size(),
            data.summary.diagnostics.size() + static_cast<std::size_t>(data.summary.droppedDiagnostics));
        std::printf("         read %.3f s (%.0f MB/s), memchr %.3f s (%lld lines in %lld bytes of text)",
            read.seconds, megabytesPerSecond(read.scan.bytes, read.seconds), lines.seconds,
            static_cast<long long>(lines.scan.lines), static_cast<long long>(lines.scan.bytes));
        if (anyGzip) {
            inflateSeconds.push_back(inflated.seconds);
            std::printf(", inflate %.3f s (%.0f MB/s of text)", inflated.seconds,
                megabytesPerSecond(inflated.scan.bytes, inflated.seconds));
        }
        std::printf("; VmHWM %.1f MiB\n", mebibytes(peakResidentKiB()));
        if (run == 1) {
            for (const auto& [currency, total] : data.summary.totalsByCurrency)
                std::printf(
                    "         total %s %s\n", qPrintable(formatMoney(total, 6)), qPrintable(currency));
        }
    }

    const double importMedian = median(importSeconds);
    const double readMedian = median(readSeconds);
    const double lineMedian = median(lineSeconds);
    std::printf("median of %d: import %.3f s (%.1f MB/s", repeat, importMedian,
        megabytesPerSecond(inputBytes, importMedian));
    if (anyGzip)
        std::printf(", %.1f MB/s of text", megabytesPerSecond(textBytes, importMedian));
    std::printf("), read %.3f s, memchr %.3f s", readMedian, lineMedian);
    if (anyGzip)
        std::printf(", inflate %.3f s", median(inflateSeconds));
    std::printf("\nratios: import/read %.1fx, import/memchr %.1fx", importMedian / readMedian,
        importMedian / lineMedian);
    if (anyGzip)
        std::printf(", import/inflate %.2fx", importMedian / median(inflateSeconds));
    std::printf("\npeak RSS (VmHWM): %.1f MiB\n", mebibytes(peakResidentKiB()));
    return 0;
}
