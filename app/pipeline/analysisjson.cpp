#include "analysisjson.h"

#include "latency/latencyjson.h"
#include "risk/riskjson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace cloudshift {

namespace {

    std::string str(const QString& text) { return text.toStdString(); }

    // Micro-units as a decimal number; exact for any total a bill can reach (< 2^53 micro-units).
    double money(Micros value) { return microsToDouble(value); }

    double roundedPercent(double value) { return std::round(value * 100.0) / 100.0; }

    std::string isoDate(const QDate& date) { return date.isValid() ? str(date.toString(Qt::ISODate)) : std::string(); }

} // namespace

void to_json(nlohmann::json& json, const ImportDiagnostic& d)
{
    json = {{"file", str(d.file)}, {"line", d.line}, {"column", d.column},
        {"severity", d.severity == ImportDiagnostic::Severity::Error ? "error" : "warning"},
        {"message", str(d.message)}};
}

void to_json(nlohmann::json& json, const ImportedFile& f)
{
    // FOCUS files hold both kinds; their "cost" is BilledCost, the invoiced (actual) amount.
    const CostKind kind = f.costKind == CostKind::Focus ? CostKind::Actual : f.costKind;
    json = {{"path", str(f.path)}, {"format", str(f.format)}, {"format_name", str(f.formatName)},
        {"schema_version", str(f.schemaVersion)}, {"kind", str(costKindId(kind))}, {"bytes", f.bytes},
        {"rows", f.rows}, {"skipped", f.skippedRows}};
}

void to_json(nlohmann::json& json, const ImportSummary& s)
{
    nlohmann::json totals = nlohmann::json::array();
    for (const auto& [currency, total] : s.totalsByCurrency) {
        nlohmann::json entry = {{"currency", str(currency)}, {"cost", money(total)}};
        if (const auto it = s.effectiveTotalsByCurrency.find(currency); it != s.effectiveTotalsByCurrency.end())
            entry["effective_cost"] = money(it->second);
        totals.push_back(std::move(entry));
    }
    json = {{"files", s.files}, {"rows", s.rows}, {"skipped_rows", s.skippedRows}, {"totals", totals},
        {"first_date", isoDate(s.firstDate)}, {"last_date", isoDate(s.lastDate)}, {"issues", s.diagnostics},
        {"issues_not_listed", s.droppedDiagnostics}};
}

void to_json(nlohmann::json& json, const Offer& o)
{
    json = {{"cloud", str(cloudId(o.cloud))}, {"service", str(o.service)}, {"sku", str(o.sku)},
        {"region", str(o.region)}, {"usd_per_hour", o.usdPerHour}, {"confidence", str(confidenceId(o.confidence))},
        {"reason", str(o.reason)}, {"source", str(o.source)}, {"as_of", str(o.sourceDate)}};
}

void to_json(nlohmann::json& json, const CostSeries& s)
{
    nlohmann::json monthly = nlohmann::json::array();
    for (Micros value : s.monthly)
        monthly.push_back(money(value));
    json = {{"name", str(s.name)}, {"cloud", str(cloudId(s.cloud))}, {"monthly", monthly}, {"total", money(s.total)},
        {"saving", money(s.savingVsBaseline)}, {"saving_percent", roundedPercent(s.savingPercent)}};
}

void to_json(nlohmann::json& json, const WorkloadPlanRow& w)
{
    json = {{"name", str(w.workload)}, {"grouped_by", str(w.groupedBy)}, {"resources", w.resources},
        {"vms", w.vms}, {"vms_mapped_aws", w.vmsMappedAws}, {"vms_mapped_gcp", w.vmsMappedGcp},
        {"azure", money(w.azure)}, {"aws", money(w.aws)}, {"gcp", money(w.gcp)}, {"aws_saving", money(w.awsSaving)},
        {"gcp_saving", money(w.gcpSaving)}, {"aws_saving_percent", roundedPercent(w.awsSavingPercent)},
        {"gcp_saving_percent", roundedPercent(w.gcpSavingPercent)},
        {"aws_confidence", str(confidenceId(w.awsConfidence))}, {"gcp_confidence", str(confidenceId(w.gcpConfidence))},
        {"latency", w.latency}, {"risk", w.risk}};
}

void to_json(nlohmann::json& json, const ResourcePlanRow& r)
{
    json = {{"resource_id", str(r.resourceId)}, {"name", str(r.resourceName)}, {"workload", str(r.workload)},
        {"service_category", str(r.serviceCategory)}, {"azure_sku", str(r.azureSku)},
        {"azure_region", str(r.azureRegion)}, {"usage_hours", r.usageHours}, {"azure", money(r.azure)},
        {"aws", money(r.aws)}, {"gcp", money(r.gcp)}, {"aws_offer", r.awsOffer}, {"gcp_offer", r.gcpOffer}};
}

void to_json(nlohmann::json& json, const PlanResult& p)
{
    nlohmann::json months = nlohmann::json::array();
    for (const QDate& month : p.months)
        months.push_back(str(month.toString(QStringLiteral("yyyy-MM"))));
    nlohmann::json notes = nlohmann::json::array();
    for (const QString& note : p.notes)
        notes.push_back(str(note));
    json = {{"currency", str(p.currency)}, {"catalog_date", str(p.catalogDate)}, {"months", months},
        {"series", nlohmann::json::array({p.baseline, p.aws, p.gcp})}, {"workloads", p.workloads},
        {"carried_over", {{"aws", money(p.carriedOverAws)}, {"gcp", money(p.carriedOverGcp)}}}, {"notes", notes},
        {"risk", p.risk}};
}

nlohmann::json planResourcesToJson(const PlanResult& plan)
{
    return plan.resources;
}

} // namespace cloudshift
