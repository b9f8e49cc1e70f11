#include "projectjson.h"

#include "scenario/scenariojson.h"

#include <nlohmann/json.hpp>

namespace cloudshift {

namespace {

    std::string str(const QString& text) { return text.toStdString(); }
    std::string dateText(const QDate& date) { return date.isValid() ? str(date.toString(Qt::ISODate)) : std::string(); }

    nlohmann::json totalsToJson(const std::map<QString, Micros>& totals)
    {
        nlohmann::json json = nlohmann::json::object();
        for (const auto& [currency, micros] : totals)
            json[str(currency)] = micros;
        return json;
    }

    std::map<QString, Micros> totalsFromJson(const nlohmann::json& json, const char* key, JsonFieldReader& reader,
        const QString& path)
    {
        std::map<QString, Micros> totals;
        const nlohmann::json* object = reader.object(json, key, path);
        if (!object)
            return totals;
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (!it->is_number_integer()) {
                reader.fail(JsonFieldReader::join(path, key) + QLatin1Char('.') + QString::fromStdString(it.key()),
                    QStringLiteral("expected a whole number (micro-units)"));
                break;
            }
            totals[QString::fromStdString(it.key())] = it->get<Micros>();
        }
        return totals;
    }

    std::optional<CostKind> costKindFromId(const QString& id)
    {
        for (CostKind kind : {CostKind::Unknown, CostKind::Actual, CostKind::Amortized, CostKind::Focus}) {
            if (costKindId(kind) == id)
                return kind;
        }
        return std::nullopt;
    }

} // namespace

nlohmann::json importSummaryToJson(const ImportSummary& s)
{
    nlohmann::json files = nlohmann::json::array();
    for (const ImportedFile& f : s.files)
        files.push_back({{"path", str(f.path)}, {"manifest", str(f.manifest)}, {"format", str(f.format)},
            {"format_name", str(f.formatName)}, {"schema_version", str(f.schemaVersion)},
            {"kind", str(costKindId(f.costKind))}, {"bytes", f.bytes}, {"rows", f.rows}, {"skipped", f.skippedRows}});
    nlohmann::json issues = nlohmann::json::array();
    for (const ImportDiagnostic& d : s.diagnostics)
        issues.push_back({{"file", str(d.file)}, {"line", d.line}, {"column", d.column},
            {"severity", d.severity == ImportDiagnostic::Severity::Error ? "error" : "warning"}, {"message", str(d.message)}});
    return {{"files", files}, {"totals_micros", totalsToJson(s.totalsByCurrency)},
        {"effective_totals_micros", totalsToJson(s.effectiveTotalsByCurrency)}, {"rows", s.rows},
        {"skipped_rows", s.skippedRows}, {"first_date", dateText(s.firstDate)}, {"last_date", dateText(s.lastDate)},
        {"issues", issues}, {"issues_not_listed", s.droppedDiagnostics}};
}

ImportSummary importSummaryFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path)
{
    ImportSummary s;
    if (const nlohmann::json* files = reader.array(json, "files", path)) {
        for (std::size_t i = 0; i < files->size() && reader.ok(); ++i) {
            const nlohmann::json& item = (*files)[i];
            const QString at = JsonFieldReader::index(JsonFieldReader::join(path, "files"), i);
            ImportedFile f;
            f.path = reader.text(item, "path", at);
            f.manifest = reader.text(item, "manifest", at);
            f.format = reader.text(item, "format", at);
            f.formatName = reader.text(item, "format_name", at);
            f.schemaVersion = reader.text(item, "schema_version", at);
            const QString kind = reader.text(item, "kind", at);
            if (const auto parsed = costKindFromId(kind))
                f.costKind = *parsed;
            else if (reader.ok())
                reader.fail(JsonFieldReader::join(at, "kind"), QStringLiteral("'%1' is not a cost kind").arg(kind));
            f.bytes = reader.integer(item, "bytes", at);
            f.rows = reader.integer(item, "rows", at);
            f.skippedRows = reader.integer(item, "skipped", at);
            s.files.push_back(f);
        }
    }
    s.totalsByCurrency = totalsFromJson(json, "totals_micros", reader, path);
    s.effectiveTotalsByCurrency = totalsFromJson(json, "effective_totals_micros", reader, path);
    s.rows = reader.integer(json, "rows", path);
    s.skippedRows = reader.integer(json, "skipped_rows", path);
    s.firstDate = reader.date(json, "first_date", path);
    s.lastDate = reader.date(json, "last_date", path);
    if (const nlohmann::json* issues = reader.array(json, "issues", path)) {
        for (std::size_t i = 0; i < issues->size() && reader.ok(); ++i) {
            const nlohmann::json& item = (*issues)[i];
            const QString at = JsonFieldReader::index(JsonFieldReader::join(path, "issues"), i);
            ImportDiagnostic d;
            d.file = reader.text(item, "file", at);
            d.line = reader.integer(item, "line", at);
            d.column = static_cast<int>(reader.integer(item, "column", at));
            d.severity = reader.text(item, "severity", at) == u"warning" ? ImportDiagnostic::Severity::Warning
                                                                        : ImportDiagnostic::Severity::Error;
            d.message = reader.text(item, "message", at);
            s.diagnostics.push_back(d);
        }
    }
    s.droppedDiagnostics = reader.integer(json, "issues_not_listed", path);
    return s;
}

nlohmann::json groupingToJson(const GroupingSettings& grouping)
{
    nlohmann::json rules = nlohmann::json::array();
    for (const GroupingRule& rule : grouping.rules)
        rules.push_back({{"kind", str(groupingRuleKindId(rule.kind))}, {"pattern", str(rule.pattern)},
            {"syntax", str(groupingSyntaxId(rule.syntax))}, {"workload", str(rule.workload)}});
    nlohmann::json moves = nlohmann::json::array();
    for (const auto& [id, workload] : grouping.manualMoves)
        moves.push_back({{"resource", str(id)}, {"workload", str(workload)}});
    return {{"rules", rules}, {"manual_moves", moves}};
}

GroupingSettings groupingFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path)
{
    GroupingSettings grouping;
    if (const nlohmann::json* rules = reader.array(json, "rules", path)) {
        for (std::size_t i = 0; i < rules->size() && reader.ok(); ++i) {
            const nlohmann::json& item = (*rules)[i];
            const QString at = JsonFieldReader::index(JsonFieldReader::join(path, "rules"), i);
            GroupingRule rule;
            const QString kind = reader.text(item, "kind", at);
            const QString syntax = reader.text(item, "syntax", at);
            rule.pattern = reader.text(item, "pattern", at);
            rule.workload = reader.text(item, "workload", at);
            if (!reader.ok())
                break;
            if (const auto parsed = groupingRuleKindFromId(kind))
                rule.kind = *parsed;
            else
                reader.fail(JsonFieldReader::join(at, "kind"),
                    QStringLiteral("'%1' is not a rule kind (tag, resource_group, subscription, name)").arg(kind));
            if (const auto parsed = groupingSyntaxFromId(syntax))
                rule.syntax = *parsed;
            else
                reader.fail(JsonFieldReader::join(at, "syntax"), QStringLiteral("'%1' is not wildcard or regex").arg(syntax));
            grouping.rules.push_back(rule);
        }
    }
    if (const nlohmann::json* moves = reader.array(json, "manual_moves", path)) {
        for (std::size_t i = 0; i < moves->size() && reader.ok(); ++i) {
            const QString at = JsonFieldReader::index(JsonFieldReader::join(path, "manual_moves"), i);
            const QString id = reader.text((*moves)[i], "resource", at);
            grouping.manualMoves[id] = reader.text((*moves)[i], "workload", at);
        }
    }
    return grouping;
}

nlohmann::json mappingOverrideToJson(const MappingOverride& o)
{
    return {{"resource", str(o.resourceId)}, {"workload", str(o.workload)}, {"cloud", str(cloudId(o.cloud))},
        {"region", str(o.choice.region)}, {"vm_sku", str(o.choice.vmSku)}};
}

MappingOverride mappingOverrideFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path)
{
    MappingOverride o;
    o.resourceId = reader.text(json, "resource", path);
    o.workload = reader.text(json, "workload", path);
    const QString cloud = reader.text(json, "cloud", path);
    o.choice.region = reader.text(json, "region", path);
    o.choice.vmSku = reader.text(json, "vm_sku", path);
    const auto parsed = cloudFromId(cloud);
    if (reader.ok() && (!parsed || *parsed == Cloud::Azure))
        reader.fail(JsonFieldReader::join(path, "cloud"), QStringLiteral("'%1' is not a target cloud (aws, gcp)").arg(cloud));
    else if (parsed)
        o.cloud = *parsed;
    if (reader.ok() && o.resourceId.isEmpty() == o.workload.isEmpty())
        reader.fail(path, QStringLiteral("give either a resource or a workload"));
    return o;
}

Scenario projectScenarioFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path)
{
    Scenario scenario;
    if (!reader.ok())
        return scenario;
    QString why;
    if (!scenarioFromJson(json, scenario, &why))
        reader.fail(path, why);
    else if (scenario.name.isEmpty())
        reader.fail(JsonFieldReader::join(path, "name"), QStringLiteral("missing"));
    return scenario;
}

Assumptions assumptionsFromJson(const nlohmann::json& json, JsonFieldReader& reader, const QString& path)
{
    if (!reader.ok())
        return {};
    if (!json.is_object()) {
        reader.fail(path, QStringLiteral("expected an object"));
        return {};
    }
    Scenario holder;
    QString why;
    if (!scenarioFromJson(nlohmann::json{{"assumptions", json}}, holder, &why))
        reader.fail(path, why);
    return holder.assumptions;
}

} // namespace cloudshift
