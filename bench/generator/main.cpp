// cloudshift-genexport: writes a synthetic Azure EA cost-details export (schema 2024-08-01) for the
// demo and for import benchmarks. Exit codes follow the cloudshift CLI: 1 bad input, 2 usage error.

#include "exportgenerator.h"
#include "fixeddecimal.h"
#include "generatoroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace cloudshift;

namespace {

int usageError(const QString& message)
{
    QTextStream(stderr) << "cloudshift-genexport: " << message << "\n";
    return 2;
}

bool parsePositive(const QString& text, qint64 maximum, qint64* value)
{
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok);
    if (!ok || parsed < 1 || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloudshift-genexport"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic Azure EA cost-details export (schema 2024-08-01) for Larkspur Freight Ltd.\n"
        "The same options and seed always give the same bytes."));
    parser.addHelpOption();
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."),
        QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption resources(QStringLiteral("resources"),
        QStringLiteral("Resources per batch (default 320)."), QStringLiteral("N"), QStringLiteral("320"));
    const QCommandLineOption months(QStringLiteral("months"), QStringLiteral("Billing months (default 12)."),
        QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("First month (default 2025-01)."),
        QStringLiteral("YYYY-MM"), QStringLiteral("2025-01"));
    const QCommandLineOption granularity(QStringLiteral("granularity"),
        QStringLiteral("One line per resource, meter and month or day (default monthly)."),
        QStringLiteral("monthly|daily"), QStringLiteral("monthly"));
    const QCommandLineOption targetBytes(QStringLiteral("target-bytes"),
        QStringLiteral("Add batches of resources until the file reaches about N bytes (stops after the line "
                       "that crosses N)."),
        QStringLiteral("N"));
    const QCommandLineOption prices(QStringLiteral("prices"),
        QStringLiteral("Azure VM price table (default %1).")
            .arg(QStringLiteral(CLOUDSHIFT_DEFAULT_VM_PRICES)),
        QStringLiteral("PATH"), QStringLiteral(CLOUDSHIFT_DEFAULT_VM_PRICES));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Output file, or - for standard output."), QStringLiteral("FILE"),
        QStringLiteral("-"));
    parser.addOptions({ seed, resources, months, start, granularity, targetBytes, prices, out });
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    GeneratorOptions options;
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed needs a non-negative integer"));
    qint64 number = 0;
    if (!parsePositive(parser.value(resources), 10000000, &number))
        return usageError(QStringLiteral("--resources needs an integer from 1 to 10000000"));
    options.resources = int(number);
    if (!parsePositive(parser.value(months), 1200, &number))
        return usageError(QStringLiteral("--months needs an integer from 1 to 1200"));
    options.months = int(number);
    options.start = QDate::fromString(parser.value(start) + QStringLiteral("-01"), Qt::ISODate);
    if (!options.start.isValid() || parser.value(start).size() != 7)
        return usageError(QStringLiteral("--start needs YYYY-MM"));
    const QString grain = parser.value(granularity);
    if (grain != QStringLiteral("monthly") && grain != QStringLiteral("daily"))
        return usageError(QStringLiteral("--granularity is monthly or daily"));
    options.daily = grain == QStringLiteral("daily");
    if (parser.isSet(targetBytes)) {
        if (!parsePositive(parser.value(targetBytes), qint64(1) << 50, &options.targetBytes))
            return usageError(QStringLiteral("--target-bytes needs a positive integer"));
    }
    options.prices = parser.value(prices);
    options.output = parser.value(out);

    ExportGenerator generator(options);
    ExportGenerator::Summary summary;
    QString error;
    if (!generator.run(&summary, &error)) {
        QTextStream(stderr) << "cloudshift-genexport: " << error << "\n";
        return 1;
    }
    QTextStream report(stderr);
    report << "file:      " << options.output << "\n"
           << "bytes:     " << summary.bytes << "\n"
           << "lines:     " << summary.lines << " (plus the header)\n"
           << "resources: " << summary.resources << " in " << summary.batches << " batch(es)\n"
           << "dates:     " << summary.firstDate.toString(Qt::ISODate) << " to "
           << summary.lastDate.toString(Qt::ISODate) << "\n"
           << "cost:      "
           << QString::fromLatin1(FixedDecimal::format(summary.cost, FixedDecimal::costScale)) << " USD\n";
    return 0;
}
