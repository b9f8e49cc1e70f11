// Renders every export of the report writer from the bundled demo and prints, per file, its size and
// the median render time over the runs (the analysis is done once, before timing, and not counted).
#include "charts/chartset.h"
#include "pipeline/analysis.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cloudshift;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    const int runs = std::max(1, QApplication::arguments().value(1, QStringLiteral("5")).toInt());

    QElapsedTimer timer;
    timer.start();
    AnalysisRequest request;
    request.inputs = { demoExportPath() };
    const Analysis analysis = runAnalysis(request);
    if (analysis.status != Analysis::Status::Ok) {
        std::fprintf(stderr, "analysis failed: %s\n", qPrintable(analysis.error));
        return 1;
    }
    std::printf("analysis of the demo: %lld ms\n\n%-24s %12s %12s\n", static_cast<long long>(timer.elapsed()),
        "file", "bytes", "median ms");

    QTemporaryDir dir;
    struct Job
    {
        QString file;
        QString chart;
        QSize size;
    };
    std::vector<Job> jobs;
    for (const QString& id : ChartSet::ids()) {
        jobs.push_back({ id + QStringLiteral(".png"), id, { 1600, 900 } });
        jobs.push_back({ id + QStringLiteral("@2x.png"), id, { 3200, 1800 } });
        jobs.push_back({ id + QStringLiteral(".svg"), id, { 1600, 900 } });
    }
    jobs.push_back({ QStringLiteral("report.pdf"), {}, { 1600, 900 } });
    jobs.push_back({ QStringLiteral("projection.csv"), {}, { 1600, 900 } });

    for (const Job& job : jobs) {
        const QString path = dir.filePath(job.file);
        std::vector<qint64> times;
        for (int run = 0; run < runs; ++run) {
            QString error;
            timer.restart();
            if (!writeReport(analysis, path, &error, job.size, job.chart)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            times.push_back(timer.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        std::printf("%-24s %12lld %12.1f\n", qPrintable(job.file),
            static_cast<long long>(QFileInfo(path).size()),
            static_cast<double>(times[times.size() / 2]) / 1e6);
    }
    return 0;
}
