#include "latencycommand.h"

#include "billing/bytesource.h"
#include "billing/csvreader.h"
#include "latency/latencyestimator.h"
#include "latency/latencyjson.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>
#include <vector>

namespace cloudshift {

namespace {

enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

int usageError(QTextStream& err, const QString& message)
{
    err << "cloudshift: " << message << "\nRun 'cloudshift --help' for usage.\n";
    err.flush();
    return UsageError;
}

int badInput(QTextStream& err, const QString& message)
{
    err << "cloudshift: " << message << '\n';
    err.flush();
    return BadInput;
}

QString field(const std::vector<std::string_view>& fields, int column)
{
    return column >= 0 && static_cast<std::size_t>(column) < fields.size()
        ? QString::fromUtf8(fields[static_cast<std::size_t>(column)].data(),
            static_cast<qsizetype>(fields[static_cast<std::size_t>(column)].size()))
              .trimmed()
        : QString();
}

// Reads the (from, to) pairs of a CSV file; on failure returns false with "file:line: message".
bool readPairs(const QString& path, std::vector<std::pair<QString, QString>>& pairs,
    std::vector<qint64>& lines, QString* error)
{
    QString openError;
    const std::unique_ptr<ByteSource> source = openByteSource(path, &openError);
    if (!source) {
        *error = QStringLiteral("%1: %2").arg(path, openError);
        return false;
    }
    CsvReader reader(*source);
    int fromColumn = -1;
    int toColumn = -1;
    bool header = true;
    for (;;) {
        const CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            *error = QStringLiteral("%1:%2:%3: %4")
                         .arg(path)
                         .arg(reader.errorLine())
                         .arg(reader.errorColumn())
                         .arg(reader.errorMessage());
            return false;
        }
        if (header) {
            for (int c = 0; c < static_cast<int>(reader.fields().size()); ++c) {
                const QString name = field(reader.fields(), c).toLower();
                if (name == u"from" && fromColumn < 0)
                    fromColumn = c;
                else if (name == u"to" && toColumn < 0)
                    toColumn = c;
            }
            if (fromColumn < 0 || toColumn < 0) {
                *error = QStringLiteral("%1:%2: the header needs the columns from and to")
                             .arg(path)
                             .arg(reader.recordLine());
                return false;
            }
            header = false;
            continue;
        }
        pairs.emplace_back(field(reader.fields(), fromColumn), field(reader.fields(), toColumn));
        lines.push_back(reader.recordLine());
    }
    if (header) {
        *error = QStringLiteral("%1: empty file (expected a header with the columns from and to)").arg(path);
        return false;
    }
    return true;
}

void printText(QTextStream& out, const LatencyEstimate& e)
{
    out << e.from << " → " << e.to << ": "
        << (e.isMeasured() ? QString::number(e.rttMs) : QString::number(e.rttMs, 'f', 1)) << " ms ";
    if (e.isMeasured())
        out << "measured (" << e.table << ", " << e.asOf << ")\n";
    else
        out << "modelled, 80 % band " << QString::number(e.lowMs, 'f', 1) << "-"
            << QString::number(e.highMs, 'f', 1) << " ms (fitted on tables up to " << e.asOf << ")\n";
    out << "  " << e.basis << '\n';
}

} // namespace

int latencyCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON.") });
    parser.addOption({ QStringLiteral("pairs"), QStringLiteral("CSV file with columns from,to."),
        QStringLiteral("FILE") });
    parser.addPositionalArgument(
        QStringLiteral("FROM"), QStringLiteral("cloud:region, e.g. azure:westeurope"));
    parser.addPositionalArgument(QStringLiteral("TO"), QStringLiteral("cloud:region, e.g. aws:eu-central-1"));
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    const LatencyEstimator estimator;

    if (!parser.isSet(QStringLiteral("pairs"))) {
        if (positional.size() != 2)
            return usageError(
                err, QStringLiteral("latency: give FROM and TO (cloud:region), or --pairs FILE.csv"));
        QString error;
        const std::optional<LatencyEstimate> e = estimator.estimate(positional[0], positional[1], &error);
        if (!e)
            return badInput(err, error);
        if (json)
            out << QString::fromStdString(nlohmann::json(*e).dump(2)) << '\n';
        else
            printText(out, *e);
        out.flush();
        return Success;
    }

    if (!positional.isEmpty())
        return usageError(err, QStringLiteral("latency: give either FROM TO or --pairs FILE.csv, not both"));
    const QString path = parser.value(QStringLiteral("pairs"));
    std::vector<std::pair<QString, QString>> pairs;
    std::vector<qint64> lines;
    QString error;
    if (!readPairs(path, pairs, lines, &error))
        return badInput(err, error);
    // Every row is resolved before anything is printed, so a bad row never leaves half an array behind.
    std::vector<LatencyEstimate> estimates;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const std::optional<LatencyEstimate> e = estimator.estimate(pairs[i].first, pairs[i].second, &error);
        if (!e)
            return badInput(err, QStringLiteral("%1:%2: %3").arg(path).arg(lines[i]).arg(error));
        estimates.push_back(*e);
    }
    if (json) {
        out << QString::fromStdString(nlohmann::json(estimates).dump(2)) << '\n';
    } else {
        for (const LatencyEstimate& e : estimates)
            printText(out, e);
    }
    out.flush();
    return Success;
}

} // namespace cloudshift
