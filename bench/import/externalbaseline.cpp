#include "externalbaseline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace cloudshift {

namespace {

    // The DuckDB script lives next to this file in the source tree.
    QString duckDbScript()
    {
        return QStringLiteral(CLOUDSHIFT_BENCH_IMPORT_DIR "/duckdb_aggregate.js");
    }

    ExternalResult skipped(const QString& why)
    {
        ExternalResult result;
        result.skipped = why;
        return result;
    }

} // namespace

ExternalResult runWordCount(const QStringList& files)
{
    const QString wc = QStandardPaths::findExecutable(QStringLiteral("wc"));
    if (wc.isEmpty())
        return skipped(QStringLiteral("wc not found"));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(wc, QStringList{QStringLiteral("-l")} + files);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return skipped(QStringLiteral("wc failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    ExternalResult result;
    result.ran = true;
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QStringList lines = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed().split(u'\n');
    result.detail = lines.isEmpty() ? QString() : lines.last().simplified().section(u' ', 0, 0) + QStringLiteral(" lines");
    return result;
}

ExternalResult runDuckDb(const QStringList& files, const QString& moduleDir)
{
    if (moduleDir.isEmpty())
        return skipped(QStringLiteral("no --duckdb folder given (or CLOUDSHIFT_DUCKDB_DIR)"));
    if (!QFileInfo::exists(moduleDir + QStringLiteral("/node_modules/@duckdb/node-api/package.json")))
        return skipped(QStringLiteral("@duckdb/node-api is not installed under %1").arg(moduleDir));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return skipped(QStringLiteral("node not found"));
    QStringList arguments{duckDbScript(), moduleDir};
    for (const QString& file : files)
        arguments << QFileInfo(file).absoluteFilePath();
    QProcess process;
    process.start(node, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return skipped(QStringLiteral("DuckDB failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    ExternalResult result;
    result.ran = answer.contains(QStringLiteral("seconds"));
    if (!result.ran)
        return skipped(QStringLiteral("DuckDB printed no result"));
    result.seconds = answer.value(QStringLiteral("seconds")).toDouble();
    result.peakKiB = static_cast<qint64>(answer.value(QStringLiteral("peak_kib")).toDouble(-1));
    result.detail = QStringLiteral("rows %1, cells %2, total %3")
                        .arg(static_cast<qint64>(answer.value(QStringLiteral("rows")).toDouble()))
                        .arg(static_cast<qint64>(answer.value(QStringLiteral("cells")).toDouble()))
                        .arg(answer.value(QStringLiteral("total")).toString());
    return result;
}

} // namespace cloudshift
