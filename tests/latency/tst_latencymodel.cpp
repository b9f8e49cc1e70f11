// The distance model's accuracy on pairs it was not fitted on, and the compiled tables' fidelity to the
// public data they come from.
//
// tools/compile_latency.py fits the model twice: on every measured pair (shipped) and without fold 0
// (validationModel). Here the engine's own prediction code evaluates the validation model on fold 0 of
// each table, so the bounds below hold for held-out pairs and the engine computes exactly what the tool
// reported in model.json.
#include "latency/latencydata.h"
#include "latency/latencyestimator.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace cloudshift;

namespace {

// Nearest-rank quantile, as in the tool.
double quantile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const auto index
        = std::min(values.size() - 1, static_cast<std::size_t>(q * static_cast<double>(values.size())));
    return values[index];
}

QString sourceResources()
{
    return QStringLiteral(CLOUDSHIFT_SOURCE_DIR "/resources/latency");
}

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

} // namespace

class TestLatencyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heldOutFold_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<double>("maxMedianPct");
        QTest::addColumn<double>("maxP90Pct");
        // Stated bounds for pairs the model never saw. Measured in cross-validation (SOURCES.md): medians
        // 5-7 %, p90 17-25 %; a plain a + k·distance model without route factors gives 12-16 % / 30-40 %.
        QTest::newRow("azure") << "azure-2026-07" << 7.5 << 22.0;
        QTest::newRow("aws") << "aws-cloudping-2025-05" << 8.0 << 28.0;
        QTest::newRow("gcp") << "gcp-2023-11" << 7.0 << 24.0;
        QTest::newRow("skyplane") << "skyplane-2022-04" << 8.0 << 27.0;
    }

    void heldOutFold()
    {
        QFETCH(QString, table);
        QFETCH(double, maxMedianPct);
        QFETCH(double, maxP90Pct);
        const LatencyData& data = LatencyData::embedded();
        const LatencyEstimator estimator(data);
        const auto it = std::find_if(data.tables().begin(), data.tables().end(),
            [&](const MeasuredTable& t) { return t.id == table; });
        QVERIFY(it != data.tables().end());

        std::vector<double> errors;
        int inBand = 0;
        for (auto pair = it->rttMs.cbegin(); pair != it->rttMs.cend(); ++pair) {
            const QString from = pair.key().section(QLatin1Char('>'), 0, 0);
            const QString to = pair.key().section(QLatin1Char('>'), 1, 1);
            if (from == to || LatencyModel::foldOf(from, to, data.folds()) != data.heldOutFold())
                continue;
            const auto e = estimator.modelled(from, to, data.validationModel());
            if (!e)
                continue; // a region without coordinates: the model cannot place it
            const auto a = data.region(from);
            const auto b = data.region(to);
            const auto pathClass = from.section(QLatin1Char(':'), 0, 0) == to.section(QLatin1Char(':'), 0, 0)
                ? LatencyModel::PathClass::SameCloud
                : LatencyModel::PathClass::CrossCloud;
            // Unrounded, as the tool computes it.
            const auto p = data.validationModel().predict(pathClass, from, *a, to, *b);
            errors.push_back(std::abs(p.rttMs - *pair) / *pair);
            inBand += (*pair >= p.lowMs && *pair <= p.highMs) ? 1 : 0;
        }
        QVERIFY(errors.size() > 150);
        const double median = 100.0 * quantile(errors, 0.5);
        const double p90 = 100.0 * quantile(errors, 0.9);
        qInfo("%s: %zu held-out pairs, median %.2f %%, p90 %.2f %%, %.1f %% inside the band",
            qPrintable(table), errors.size(), median, p90,
            100.0 * inBand / static_cast<double>(errors.size()));
        QVERIFY2(median <= maxMedianPct, qPrintable(QString::number(median)));
        QVERIFY2(p90 <= maxP90Pct, qPrintable(QString::number(p90)));
        // The band is the 10th..90th percentile of out-of-fold ratios: about 80 % of held-out pairs fall in
        // it.
        QVERIFY(inBand >= static_cast<int>(0.7 * static_cast<double>(errors.size())));

        // The engine reproduces the tool's own evaluation of the same fold.
        const auto reported = std::find_if(data.crossValidation().begin(), data.crossValidation().end(),
            [&](const LatencyData::CrossValidation& cv) { return cv.table == table; });
        QVERIFY(reported != data.crossValidation().end());
        QCOMPARE(static_cast<int>(errors.size()), reported->heldOutPairs);
        QVERIFY(std::abs(reported->heldOutMedianPct - median) < 0.01);
        QVERIFY(std::abs(reported->heldOutP90Pct - p90) < 0.01);
        QVERIFY(reported->medianPct < reported->plainMedianPct);
    }

    // Every row of every public table comes back as measured, with the value of the newest table that has
    // the pair in either direction (asked direction first).
    void everyMeasuredRowIsLookedUpExactly()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(azure, "latency/azure_inter_region_2026-07.csv");
        const QString dir = QFileInfo(azure).absolutePath() + QLatin1Char('/');
        const std::vector<std::pair<const char*, const char*>> files { { "azure_inter_region_2026-07.csv",
                                                                           "azure:" },
            { "aws_inter_region_cloudping_2025-05.csv", "aws:" }, { "gcp_inter_region_2023-11.csv", "gcp:" },
            { "cross_cloud_skyplane_2022-04.csv", "" } };
        std::vector<std::map<std::pair<QString, QString>, double>> tables; // newest first
        for (const auto& [name, prefix] : files) {
            const QStringList lines = readLines(dir + QLatin1String(name));
            QVERIFY2(lines.size() > 100, name);
            QCOMPARE(lines.first(), QStringLiteral("from_region,to_region,rtt_ms,source,date"));
            std::map<std::pair<QString, QString>, double> rows;
            for (const QString& line : lines.mid(1)) {
                const QStringList cells = line.split(QLatin1Char(','));
                rows[{ QLatin1String(prefix) + cells[0], QLatin1String(prefix) + cells[1] }]
                    = cells[2].toDouble();
            }
            tables.push_back(std::move(rows));
        }
        const LatencyEstimator estimator;
        int checked = 0;
        for (const auto& rows : tables) {
            for (const auto& [pair, rtt] : rows) {
                double expected = -1.0;
                for (const auto& newer : tables) {
                    const auto direct = newer.find(pair);
                    const auto reverse = newer.find({ pair.second, pair.first });
                    if (direct != newer.end() || reverse != newer.end()) {
                        expected = direct != newer.end() ? direct->second : reverse->second;
                        break;
                    }
                }
                const auto e = estimator.measured(pair.first, pair.second);
                QVERIFY2(e, qPrintable(pair.first + QStringLiteral(" → ") + pair.second));
                if (e->rttMs != expected)
                    QFAIL(qPrintable(QStringLiteral("%1 → %2: %3, expected %4")
                                         .arg(pair.first, pair.second)
                                         .arg(e->rttMs)
                                         .arg(expected)));
                ++checked;
            }
        }
        QCOMPARE(checked, 2862 + 1024 + 1936 + 3620);
    }

    void compiledTablesAreInSync()
    {
        CLOUDSHIFT_REQUIRE_SHARED_FILE(regions, "latency/regions.csv");
        Q_UNUSED(regions);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 not found: cannot run tools/compile_latency.py");
        QTemporaryDir out;
        QVERIFY(out.isValid());
        QProcess tool;
        tool.start(python,
            { QStringLiteral(CLOUDSHIFT_SOURCE_DIR "/tools/compile_latency.py"), QStringLiteral("--data"),
                sharedDataDir(), QStringLiteral("--out"), out.path() });
        QVERIFY(tool.waitForFinished(300000));
        QVERIFY2(tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0,
            tool.readAllStandardError().constData());
        // A difference means resources/latency was edited by hand or the data changed: rerun the tool.
        const QStringList produced = QDir(out.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(QDir(sourceResources()).entryList(QDir::Files, QDir::Name), produced);
        for (const QString& name : produced) {
            QFile a(out.path() + QLatin1Char('/') + name), b(sourceResources() + QLatin1Char('/') + name);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(),
                qPrintable(name + QStringLiteral(" differs from the tool's output")));
        }
    }
};

QTEST_GUILESS_MAIN(TestLatencyModel)
#include "tst_latencymodel.moc"
