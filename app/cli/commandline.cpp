#include "commandline.h"

#include "catalog/catalog.h"
#include "cli/clioutput.h"
#include "cli/helptext.h"
#include "mapping/mappingtext.h"
#include "cli/scenariooption.h"
#include "cli/latencycommand.h"
#include "cli/pricecommands.h"
#include "pipeline/analysis.h"
#include "pipeline/analysisjson.h"
#include "pipeline/planjson.h"
#include "pipeline/projectanalysis.h"
#include "pipeline/redaction.h"
#include "risk/dependencycsv.h"
#include "scenario/projectfile.h"
#include "charts/chartset.h"
#include "report/reportwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace cloudshift {

namespace {

    enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

    QTextStream& out()
    {
        static QTextStream stream(stdout);
        return stream;
    }
    QTextStream& err()
    {
        static QTextStream stream(stderr);
        return stream;
    }

    int usageError(const QString& message)
    {
        err() << "cloudshift: " << message << "\nRun 'cloudshift --help' for usage.\n";
        err().flush();
        return UsageError;
    }

    void writeJson(const nlohmann::json& json)
    {
        out() << QString::fromStdString(json.dump(2)) << '\n';
        out().flush();
    }

    struct CommonOptions
    {
        QStringList inputs;
        AnalysisRequest request;
    };

    // Parses the verb's arguments; returns an exit code on error.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, CommonOptions& options)
    {
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        parser.addOption({QStringLiteral("group-by"), QStringLiteral("Tag keys naming workloads."), QStringLiteral("KEYS")});
        parser.addPositionalArgument(QStringLiteral("EXPORT"), QStringLiteral("Azure export files or folders."));
        if (!parser.parse(arguments))
            return usageError(parser.errorText());
        options.inputs = resolveInputs(parser.positionalArguments());
        if (options.inputs.isEmpty())
            return usageError(QStringLiteral("%1: no export given").arg(arguments.value(0)));
        options.request.inputs = options.inputs;
        if (parser.isSet(QStringLiteral("group-by")))
            options.request.workloadTagKeys = parser.value(QStringLiteral("group-by")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return std::nullopt;
    }

    QCommandLineOption redactOption()
    {
        return {QStringLiteral("redact"), QStringLiteral("Replace identifying names by aliases.")};
    }

    QCommandLineOption dependenciesOption()
    {
        return {QStringLiteral("dependencies"), QStringLiteral("CSV of flows: from,to,gb_per_month,calls_per_second."),
            QStringLiteral("FILE.csv")};
    }

    // The dependency list named by --dependencies into the request; false (and a message) on a bad file.
    bool readDependencies(const QCommandLineParser& parser, AnalysisRequest& request)
    {
        if (!parser.isSet(QStringLiteral("dependencies")))
            return true;
        QString error;
        const auto flows = readDependencyCsv(parser.value(QStringLiteral("dependencies")), &error);
        if (!flows) {
            err() << "cloudshift: " << error << '\n';
            return false;
        }
        request.dependencies = *flows;
        return true;
    }

    bool isProjectPath(const QString& path)
    {
        return path.endsWith(QStringLiteral(".cloudshift"), Qt::CaseInsensitive);
    }

    Analysis analyse(const CommonOptions& options, bool importOnly = false)
    {
        Analysis analysis = importOnly ? importExports(options.request) : runAnalysis(options.request);
        printDiagnostics(err(), analysis.import);
        if (analysis.status != Analysis::Status::Ok)
            err() << "cloudshift: " << analysis.error << '\n';
        err().flush();
        return analysis;
    }

    int importCommand(const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
        parser.addOption({QStringLiteral("save-project"), QStringLiteral("Save the import as a project."),
            QStringLiteral("FILE.cloudshift")});
        parser.addOption(dependenciesOption());
        parser.addOption(redactOption());
        CommonOptions options;
        if (auto code = parse(parser, arguments, options))
            return *code;
        if (!readDependencies(parser, options.request))
            return BadInput;
        const QString projectPath = parser.value(QStringLiteral("save-project"));
        if (parser.isSet(QStringLiteral("save-project")) && !isProjectPath(projectPath))
            return usageError(QStringLiteral("import: --save-project needs a FILE.cloudshift"));
        if (parser.isSet(QStringLiteral("redact")) && projectPath.isEmpty())
            return usageError(QStringLiteral("import: --redact applies to the project saved with --save-project"));
        const Analysis analysis = analyse(options, true);
        if (analysis.status != Analysis::Status::Ok)
            return BadInput;
        if (!projectPath.isEmpty()) {
            QString error;
            const Project project = projectFromImport(analysis, options.request);
            if (!saveProject(parser.isSet(QStringLiteral("redact")) ? redactProject(project) : project, projectPath, &error)) {
                err() << "cloudshift: " << error << '\n';
                return BadInput;
            }
        }
        if (parser.isSet(QStringLiteral("json"))) {
            nlohmann::json json = analysis.import;
            json["resources"] = analysis.resourceCount;
            if (!projectPath.isEmpty())
                json["project"] = QFileInfo(projectPath).absoluteFilePath().toStdString();
            writeJson(json);
        } else {
            printImportSummary(out(), analysis.import, analysis.resourceCount);
            if (!projectPath.isEmpty())
                out() << "project:   " << QFileInfo(projectPath).absoluteFilePath() << '\n';
        }
        return Success;
    }

    int planCommand(const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
        parser.addOption({QStringLiteral("details"), QStringLiteral("Include every resource with its offers.")});
        parser.addOption({QStringLiteral("scenario"), QStringLiteral("Scenario file or built-in name."), QStringLiteral("NAME|FILE")});
        parser.addOption(dependenciesOption());
        parser.addOption(redactOption());
        CommonOptions options;
        if (auto code = parse(parser, arguments, options))
            return *code;
        if (!readDependencies(parser, options.request))
            return BadInput;
        const bool fromProject = std::any_of(options.inputs.cbegin(), options.inputs.cend(), isProjectPath);
        if (fromProject && options.inputs.size() > 1)
            return usageError(QStringLiteral("plan: a project is planned on its own, without exports"));
        if (fromProject && parser.isSet(QStringLiteral("group-by")))
            return usageError(QStringLiteral("plan: --group-by does not apply to a project; its grouping is saved in it"));
        std::optional<Project> project;
        Analysis analysis;
        if (fromProject) {
            QString error;
            project = loadProject(options.inputs.first(), &error);
            if (!project) {
                err() << "cloudshift: " << error << '\n';
                return BadInput;
            }
            if (parser.isSet(QStringLiteral("dependencies")))
                project->dependencies = options.request.dependencies;
            analysis = analyseProject(*project);
        } else {
            analysis = analyse(options);
        }
        if (analysis.status != Analysis::Status::Ok)
            return BadInput;
        if (parser.isSet(QStringLiteral("scenario"))) {
            QString error;
            const QString value = parser.value(QStringLiteral("scenario"));
            const auto scenario = project ? resolveProjectScenarioOption(value, *project, options.inputs.first(), analysis, &error)
                                          : resolveScenarioOption(value, analysis, &error);
            if (!scenario) {
                err() << "cloudshift: " << error << '\n';
                return BadInput;
            }
            // Planned again from the imported inventory: latency, risk and cross-cloud flows depend on the
            // scenario's placements and waves, not only its cash flow.
            AnalysisRequest request = project ? analysisRequestFor(*project) : options.request;
            request.scenario = *scenario;
            analysis = analyseInventory(analysis.inventory, analysis.import, request);
        }
        if (parser.isSet(QStringLiteral("redact")))
            analysis = redactAnalysis(analysis, project ? analysisRequestFor(*project) : options.request);
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(planToJson(analysis, parser.isSet(QStringLiteral("details"))));
        } else {
            printScenario(out(), analysis.scenarioResult);
            out() << '\n';
            printPlan(out(), analysis.plan);
            out() << "\nShare of the bill mapped at each confidence:";
            writeCoverageText(out(), analysis.mappingCoverage, false);
        }
        return Success;
    }

    int reportCommand(int argc, char** argv, const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("out"), QStringLiteral("Output file (.pdf, .png, .svg, .csv)."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("chart"), QStringLiteral("Chart of a .png/.svg."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("dpi"), QStringLiteral("Resolution a .png/.svg is laid out for."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("scenario"), QStringLiteral("Scenario file or built-in name."), QStringLiteral("NAME|FILE")});
        parser.addOption({QStringLiteral("size"), QStringLiteral("Image size for .png/.svg, e.g. 1600x900."),
            QStringLiteral("WxH"), QStringLiteral("1600x900")});
        parser.addOption(redactOption());
        CommonOptions options;
        if (auto code = parse(parser, arguments, options))
            return *code;
        const QString outPath = parser.value(QStringLiteral("out"));
        if (outPath.isEmpty())
            return usageError(QStringLiteral("report: --out FILE is required"));
        const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        const QSize imageSize(size.value(0).toInt(), size.value(1).toInt());
        if (size.size() != 2 || imageSize.width() < 64 || imageSize.height() < 64 || imageSize.width() > 16384
            || imageSize.height() > 16384)
            return usageError(QStringLiteral("report: --size must be WIDTHxHEIGHT between 64 and 16384"));

        const int dpi = parser.isSet(QStringLiteral("dpi")) ? parser.value(QStringLiteral("dpi")).toInt() : 0;
        if (parser.isSet(QStringLiteral("dpi")) && (dpi < 24 || dpi > 2400))
            return usageError(QStringLiteral("report: --dpi must be a number between 24 and 2400"));
        const QString chart = parser.value(QStringLiteral("chart"));
        if (!chart.isEmpty() && !ChartSet::fromId(chart))
            return usageError(QStringLiteral("report: unknown chart '%1'; use one of %2")
                                  .arg(chart, ChartSet::ids().join(QStringLiteral(", "))));
        // Charts are widgets: render them on the offscreen platform when there is no display.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        Analysis analysis = analyse(options);
        if (analysis.status != Analysis::Status::Ok)
            return BadInput;
        QString error;
        if (parser.isSet(QStringLiteral("scenario"))) {
            const auto scenario = resolveScenarioOption(parser.value(QStringLiteral("scenario")), analysis, &error);
            if (!scenario) {
                err() << "cloudshift: " << error << '\n';
                return BadInput;
            }
            ScenarioResult result = simulateScenario(analysis.simulation, *scenario);
            analysis = withScenario(std::move(analysis), options.request, *scenario, std::move(result));
        }
        if (parser.isSet(QStringLiteral("redact")))
            analysis = redactAnalysis(analysis, options.request);
        if (!writeReport(analysis, outPath, &error, imageSize, chart, dpi)) {
            err() << "cloudshift: " << error << '\n';
            return BadInput;
        }
        out() << "wrote " << QFileInfo(outPath).absoluteFilePath() << '\n';
        return Success;
    }

} // namespace

bool isCommandLineInvocation(const QStringList& arguments)
{
    static const QStringList verbs{QStringLiteral("import"), QStringLiteral("plan"), QStringLiteral("report"),
        QStringLiteral("latency"), QStringLiteral("price"), QStringLiteral("map"), QStringLiteral("catalog"),
        QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("-v")};
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    if (verbs.contains(first))
        return true;
    // Anything else that is neither "open" nor something to open (a file, a folder, ":demo") is a
    // mistyped command: answer it on the terminal instead of starting the GUI.
    const bool opensSomething = first == u"open" || first.startsWith(QLatin1Char(':')) || QFileInfo::exists(first);
    return !opensSomething;
}

QStringList resolveInputs(const QStringList& inputs)
{
    QStringList resolved;
    for (const QString& input : inputs)
        resolved << (input == u":demo" ? demoExportPath() : input);
    return resolved;
}

QStringList guiInputs(const QStringList& arguments)
{
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty() && rest.first() == u"open")
        rest.removeFirst();
    return resolveInputs(rest);
}

int runCommandLine(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> core;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString verb = arguments.value(1);
    QCoreApplication::setApplicationName(QStringLiteral("cloudshift"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDSHIFT_VERSION));

    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        out() << helpText();
        return Success;
    }
    if (verb == u"report")
        return reportCommand(argc, argv, arguments.mid(1));
    core = std::make_unique<QCoreApplication>(argc, argv);
    if (verb == u"--version" || verb == u"-v") {
        out() << "cloudshift " << CLOUDSHIFT_VERSION << "\nQt " << qVersion() << "\nprice catalog "
              << Catalog::embedded().catalogDate() << '\n';
        return Success;
    }
    if (verb == u"import")
        return importCommand(arguments.mid(1));
    if (verb == u"plan")
        return planCommand(arguments.mid(1));
    if (verb == u"latency")
        return latencyCommand(arguments.mid(1), out(), err());
    if (verb == u"price")
        return priceCommand(arguments.mid(1));
    if (verb == u"map")
        return mapCommand(arguments.mid(1));
    if (verb == u"catalog")
        return catalogCommand(arguments.mid(1));
    return usageError(QStringLiteral("unknown command '%1'").arg(verb));
}

} // namespace cloudshift
