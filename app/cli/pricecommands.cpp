#include "pricecommands.h"

#include "catalog/catalog.h"
#include "catalog/catalogjson.h"
#include "catalog/catalogoverlay.h"
#include "catalog/pricefileimporter.h"
#include "cli/clioutput.h"
#include "cli/commandline.h"
#include "mapping/mappingcoverage.h"
#include "mapping/mappingjson.h"
#include "mapping/mappingtext.h"
#include "mapping/resourcepricer.h"
#include "mapping/vmmatcher.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QTextStream>

#include <cmath>
#include <nlohmann/json.hpp>

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

int badInput(const QString& message)
{
    err() << "cloudshift: " << message << '\n';
    err().flush();
    return BadInput;
}

void writeJson(const nlohmann::json& json)
{
    out() << QString::fromStdString(json.dump(2)) << '\n';
    out().flush();
}

std::string str(const QString& text)
{
    return text.toStdString();
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

const QCommandLineOption kJson { QStringLiteral("json"), QStringLiteral("Print JSON.") };

// Adds the options, parses, and returns a usage error code when the arguments do not parse.
std::optional<int> parse(
    QCommandLineParser& parser, const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(options);
    parser.addOption(kJson);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    return std::nullopt;
}

std::optional<OsType> osFrom(const QCommandLineParser& parser)
{
    const QString os = parser.value(QStringLiteral("os")).trimmed().toLower();
    if (os.isEmpty() || os == u"linux")
        return OsType::Linux;
    if (os == u"windows")
        return OsType::Windows;
    return std::nullopt;
}

QString osId(OsType os)
{
    return os == OsType::Windows ? QStringLiteral("windows") : QStringLiteral("linux");
}

// The region as the cloud's table spells it: Azure accepts any billing spelling.
std::optional<QString> resolveRegion(const Catalog& catalog, Cloud cloud, const QString& raw)
{
    QString region = raw.trimmed();
    if (cloud == Cloud::Azure)
        region = catalog.normalizeAzureRegion(raw).value_or(region);
    const VmTable& table = catalog.vmTable(cloud);
    const int index = table.regionIndex(region);
    if (index < 0)
        return std::nullopt;
    return table.regions().at(index);
}

} // namespace

int priceCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto code = parse(parser, arguments,
            { { QStringLiteral("cloud"), QStringLiteral("aws, gcp or azure."), QStringLiteral("CLOUD") },
                { QStringLiteral("region"), QStringLiteral("Region id."), QStringLiteral("REGION") },
                { QStringLiteral("sku"), QStringLiteral("VM size or instance type."), QStringLiteral("SKU") },
                { QStringLiteral("os"), QStringLiteral("linux (default) or windows."),
                    QStringLiteral("OS") } }))
        return *code;
    const std::optional<Cloud> cloud = cloudFromId(parser.value(QStringLiteral("cloud")));
    if (!cloud)
        return usageError(QStringLiteral("price: --cloud must be aws, gcp or azure"));
    const QString sku = parser.value(QStringLiteral("sku")).trimmed();
    if (sku.isEmpty() || parser.value(QStringLiteral("region")).trimmed().isEmpty())
        return usageError(QStringLiteral("price: --region and --sku are required"));
    const std::optional<OsType> os = osFrom(parser);
    if (!os)
        return usageError(QStringLiteral("price: --os must be linux or windows"));

    const Catalog& catalog = Catalog::embedded();
    const std::optional<QString> region
        = resolveRegion(catalog, *cloud, parser.value(QStringLiteral("region")));
    if (!region)
        return badInput(QStringLiteral("unknown %1 region '%2'; the catalog prices: %3")
                            .arg(cloudDisplayName(*cloud), parser.value(QStringLiteral("region")).trimmed(),
                                catalog.vmTable(*cloud).regions().join(QStringLiteral(", "))));
    const std::optional<VmType> type = catalog.vmType(*cloud, sku);
    if (!type)
        return badInput(QStringLiteral("unknown %1 SKU '%2'").arg(cloudDisplayName(*cloud), sku));
    const std::optional<CatalogVm> vm = catalog.vm(*cloud, *region, sku);
    if (!vm || !vm->price.linuxUsdPerHour)
        return badInput(
            QStringLiteral("%1 %2 has no price in %3").arg(cloudDisplayName(*cloud), type->sku, *region));

    double usd = *vm->price.linuxUsdPerHour;
    QString note;
    if (*os == OsType::Windows) {
        if (vm->price.windowsUsdPerHour) {
            usd = *vm->price.windowsUsdPerHour;
        } else {
            // The licence rule the mapper applies too, rounded to the catalog's micro-USD.
            usd = std::round((usd + VmMatcher::kWindowsUsdPerVcpuHour * type->vcpu) * 1e6) / 1e6;
            note = QStringLiteral(
                "Windows = Linux + %1 × %2 vCPU (licence rule; no Windows price in the catalog)")
                       .arg(number(VmMatcher::kWindowsUsdPerVcpuHour), number(type->vcpu));
        }
    }
    if (parser.isSet(kJson)) {
        nlohmann::json json = { { "cloud", str(cloudId(*cloud)) }, { "region", str(*region) },
            { "sku", str(type->sku) }, { "os", str(osId(*os)) }, { "usd_per_hour", usd },
            { "vcpu", type->vcpu }, { "memory_gib", type->memoryGiB }, { "source", str(vm->price.source) },
            { "as_of", str(vm->price.sourceDate) } };
        if (!note.isEmpty())
            json["note"] = str(note);
        writeJson(json);
        return Success;
    }
    out() << cloudDisplayName(*cloud) << ' ' << type->sku << " in " << *region << ", " << osId(*os) << ": "
          << number(usd) << " USD/hour (" << number(type->vcpu) << " vCPU, " << number(type->memoryGiB)
          << " GiB)\n"
          << "source: " << vm->price.source << ", as of " << vm->price.sourceDate << '\n';
    if (!note.isEmpty())
        out() << "note: " << note << '\n';
    out().flush();
    return Success;
}

namespace {

int mapSku(const QCommandLineParser& parser)
{
    const QString sku = parser.value(QStringLiteral("azure-sku")).trimmed();
    const QString rawRegion = parser.value(QStringLiteral("region")).trimmed();
    if (rawRegion.isEmpty())
        return usageError(QStringLiteral("map: --region is required with --azure-sku"));
    const std::optional<OsType> os = osFrom(parser);
    if (!os)
        return usageError(QStringLiteral("map: --os must be linux or windows"));
    const Catalog& catalog = Catalog::embedded();
    const std::optional<QString> region = catalog.normalizeAzureRegion(rawRegion);
    if (!region)
        return badInput(QStringLiteral("unknown Azure region '%1'").arg(rawRegion));
    const std::optional<VmType> type = catalog.azureVmSize(sku);
    if (!type)
        return badInput(catalog.vmType(Cloud::Azure, sku)
                ? QStringLiteral("Azure size '%1' has no vCPU/memory in the catalog").arg(sku)
                : QStringLiteral("unknown Azure VM size '%1'").arg(sku));

    std::optional<double> azureUsd;
    if (const std::optional<CatalogVm> vm = catalog.vm(Cloud::Azure, *region, type->sku)) {
        azureUsd = *os == OsType::Windows ? vm->price.windowsUsdPerHour : vm->price.linuxUsdPerHour;
    }
    const VmMapper mapper(catalog);
    std::array<Offer, 2> offers;
    for (std::size_t t = 0; t < kTargetClouds.size(); ++t)
        offers[t] = mapper.map(type->sku, *region, *os, kTargetClouds[t]);
    if (parser.isSet(kJson)) {
        nlohmann::json json;
        json["azure"] = { { "sku", str(type->sku) }, { "region", str(*region) }, { "os", str(osId(*os)) },
            { "vcpu", type->vcpu }, { "memory_gib", type->memoryGiB },
            { "usd_per_hour", azureUsd ? nlohmann::json(*azureUsd) : nlohmann::json(nullptr) } };
        for (const Offer& offer : offers)
            json[str(cloudId(offer.cloud))] = vmOfferToJson(offer);
        writeJson(json);
        return Success;
    }
    out() << "Azure " << type->sku << " in " << *region << ", " << osId(*os) << ": " << number(type->vcpu)
          << " vCPU, " << number(type->memoryGiB) << " GiB"
          << (azureUsd ? QStringLiteral(", %1 USD/hour").arg(number(*azureUsd))
                       : QStringLiteral(", no Azure price"))
          << '\n';
    for (const Offer& offer : offers) {
        out() << '\n';
        writeOfferText(out(), offer);
    }
    out().flush();
    return Success;
}

int mapExports(const QCommandLineParser& parser)
{
    const Catalog& catalog = Catalog::embedded();
    ImportSummary summary;
    QString error;
    const Inventory inventory = MappingCoverage::inventoryOf(
        resolveInputs(parser.positionalArguments()), catalog, &summary, &error);
    printDiagnostics(err(), summary);
    if (!error.isEmpty())
        return badInput(error);
    const ResourcePricer pricer(catalog);
    const std::array<TargetCoverage, 2> coverage = MappingCoverage::measure(inventory, pricer);
    const bool details = parser.isSet(QStringLiteral("details"));
    if (parser.isSet(kJson)) {
        nlohmann::json json = { { "currency", str(inventory.currency) },
            { "resources", inventory.resources.size() }, { "catalog_date", str(catalog.catalogDate()) } };
        for (const TargetCoverage& c : coverage)
            json[str(cloudId(c.cloud))] = coverageToJson(c, details);
        if (details) {
            nlohmann::json resources = nlohmann::json::array();
            for (const Resource& resource : inventory.resources)
                resources.push_back(resourceLinesToJson(resource, pricer));
            json["resources"] = std::move(resources);
        }
        writeJson(json);
        return Success;
    }
    out() << "Mapping coverage of " << inventory.resources.size() << " resources (" << inventory.currency
          << "), price catalog " << catalog.catalogDate() << '\n';
    writeCoverageText(out(), coverage, details);
    out().flush();
    return Success;
}

} // namespace

int mapCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("EXPORT"), QStringLiteral("Azure export files or folders."));
    if (auto code = parse(parser, arguments,
            { { QStringLiteral("azure-sku"), QStringLiteral("Azure VM size."), QStringLiteral("SKU") },
                { QStringLiteral("region"), QStringLiteral("Azure region."), QStringLiteral("REGION") },
                { QStringLiteral("os"), QStringLiteral("linux (default) or windows."), QStringLiteral("OS") },
                { QStringLiteral("details"), QStringLiteral("List every line not mapped.") } }))
        return *code;
    const bool sku = parser.isSet(QStringLiteral("azure-sku"));
    if (sku == !parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("map: give either --azure-sku SKU --region REGION or export files"));
    return sku ? mapSku(parser) : mapExports(parser);
}

int catalogCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("ACTION"), QStringLiteral("import FILE..., sources or reset."));
    if (auto code = parse(parser, arguments,
            { { QStringLiteral("as-of"),
                QStringLiteral(
                    "Date the prices of a file without one were collected (EC2 instance records)."),
                QStringLiteral("YYYY-MM-DD") } }))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString asOf = parser.value(QStringLiteral("as-of"));
    if (!asOf.isEmpty() && !QDate::fromString(asOf, Qt::ISODate).isValid())
        return usageError(QStringLiteral("catalog: --as-of wants a date as YYYY-MM-DD, not '%1'").arg(asOf));
    const QString overlayPath = Catalog::overlayPath();
    if (action == u"reset" && positional.size() == 1) {
        QFile::remove(overlayPath);
        out() << "imported prices forgotten; the embedded catalog (" << Catalog::embedded().catalogDate()
              << ") is used\n";
        return Success;
    }
    if (action == u"sources" && positional.size() == 1) {
        const nlohmann::json json = catalogSourcesToJson(Catalog::embedded());
        if (parser.isSet(kJson))
            writeJson(json);
        for (const auto& s : json["sources"]) {
            if (!parser.isSet(kJson))
                out() << QString::fromStdString(s["as_of"]).leftJustified(12)
                      << QString::fromStdString(s["id"]) << (s["imported"].get<bool>() ? " (imported)" : "")
                      << "  " << QString::fromStdString(s["title"]) << '\n';
        }
        out().flush();
        return Success;
    }
    if (action != u"import" || positional.size() < 2)
        return usageError(
            QStringLiteral("catalog: use 'catalog import FILE...', 'catalog sources' or 'catalog reset'"));

    CatalogOverlay overlay;
    if (!overlay.load(overlayPath))
        return badInput(overlay.errorString());
    PriceFileImporter importer(Catalog::embedded());
    importer.setUndatedAsOf(asOf);
    nlohmann::json files = nlohmann::json::array();
    bool failed = false;
    for (const QString& path : positional.mid(1)) {
        const PriceImport result = importer.import(path, overlay);
        files.push_back(priceImportToJson(result));
        failed = failed || !result.ok();
        if (!result.ok())
            err() << "cloudshift: " << path << ": " << result.error << '\n';
        else if (!parser.isSet(kJson))
            out() << path << ": " << describePriceImport(result) << '\n';
    }
    if (!overlay.isEmpty() && !overlay.save(overlayPath))
        return badInput(overlay.errorString());
    if (parser.isSet(kJson))
        writeJson({ { "overlay", str(overlayPath) }, { "files", files } });
    else
        out() << "imported prices kept in " << overlayPath << '\n';
    out().flush();
    err().flush();
    return failed ? BadInput : Success;
}

} // namespace cloudshift
